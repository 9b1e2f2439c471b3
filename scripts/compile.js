/**
 * Compiles the app into dist as Strapi does, after removing what an earlier compile left there:
 * tsc never deletes output, so a moved or deleted module (a content type, a package.json) would
 * otherwise keep loading. The admin build (dist/build) is kept.
 */
const fs = require('fs');
const path = require('path');

async function compileApp(root, options = {}) {
  const dist = path.join(root, 'dist');
  for (const stale of ['src', 'config', 'tsconfig.tsbuildinfo']) fs.rmSync(path.join(dist, stale), { recursive: true, force: true });
  const { compileStrapi } = require('@strapi/strapi');
  return compileStrapi({ appDir: root, ...options });
}

module.exports = { compileApp };
