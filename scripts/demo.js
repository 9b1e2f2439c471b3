#!/usr/bin/env node
/**
 * npm run demo: writes .env with random secrets when missing, builds what is out of date, loads
 * the example report, creates the demo administrator and serves Strapi on http://localhost:1337.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { buildAdminIfNeeded } = require('./admin-build');
const { compileApp } = require('./compile');

const ROOT = path.resolve(__dirname, '..');
process.chdir(ROOT);

function ensureEnvFile() {
  const file = path.join(ROOT, '.env');
  if (fs.existsSync(file)) return;
  const secret = () => crypto.randomBytes(24).toString('base64');
  const lines = [
    'HOST=0.0.0.0',
    'PORT=1337',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    '# 使用 PostgreSQL：DATABASE_CLIENT=postgres 与 DATABASE_URL=postgres://user@host:5432/db',
  ];
  fs.writeFileSync(file, lines.join('\n') + '\n', { mode: 0o600 });
  console.log('已生成 .env（随机密钥）');
}

async function main() {
  ensureEnvFile();
  process.env.NODE_ENV = process.env.NODE_ENV || 'development';
  buildAdminIfNeeded();

  const { createStrapi } = require('@strapi/strapi');
  const { distDir } = await compileApp(ROOT);
  const strapi = await createStrapi({ appDir: ROOT, distDir, autoReload: false }).load();

  const demo = strapi.plugin('nianbao').service('demo');
  const { reportDocumentId, published, drafts } = await demo.seedExample();
  await demo.ensureDemoAdmin();
  const departments = await demo.ensureDemoDepartments();
  const DEMO_ADMIN = demo.admin;

  await strapi.start();
  const base = `http://localhost:${strapi.config.get('server.port')}`;
  console.log(`
公开年报演示已启动
  管理后台   ${base}/admin
  登录       ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}
  REST       ${base}/api/annual-reports?populate=*
  示例年报   ${base}/api/annual-reports/${reportDocumentId}?populate=*
  标准视图   ${base}/api/nianbao/reports/${reportDocumentId}.html
  GraphQL    ${base}/graphql
  汇总       ${base}/api/nianbao/rollups/${encodeURIComponent('演示县人民政府')}/2023.json（.csv、.xlsx）
  统计数据   ${base}/api/nianbao/statistics/2023.csv（.json、.xlsx）
已通过导入程序载入 data/samples 中的报告：
  已发布     ${published.join('、')}
  草稿       ${drafts.join('、') || '无'}（有错误，留给编辑修改）
演示县人民政府的两个部门，各有一名只能看到本部门年报的编辑（年报编辑，本机关及下属机关）：
${departments.map((d) => `  ${d.agency}   ${d.email} / ${d.password}`).join('\n')}
按 Ctrl+C 停止。`);
}

main().catch((error) => {
  console.error('演示启动失败：', error);
  process.exit(1);
});
