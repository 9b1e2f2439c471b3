/** Builds the admin panel (and compiles the app) when its inputs are newer than the last build. */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

// A file's own time, or the newest time of anything below a folder.
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

function adminBuildIsCurrent() {
  const index = path.join(ROOT, 'dist/build/index.html');
  if (!fs.existsSync(index)) return false;
  const inputs = ['src/admin', 'src/plugins', 'src/format', 'package-lock.json'].map((p) => newestMtime(path.join(ROOT, p)));
  return Math.max(...inputs) < fs.statSync(index).mtimeMs;
}

function buildAdminIfNeeded(log = console.log) {
  if (adminBuildIsCurrent()) return;
  log('正在构建管理后台（首次约需 1–2 分钟）…');
  const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin/strapi.js');
  const build = spawnSync(process.execPath, [strapiBin, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`管理后台构建失败（退出码 ${build.status}）`);
}

module.exports = { buildAdminIfNeeded };
