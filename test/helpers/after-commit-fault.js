/**
 * Run by test/api/faults.test.ts in plain Node (outside jest's sandbox, as the server runs): boots
 * the compiled app on a temporary SQLite file, makes the work after a commit fail, writes, and says
 * whether the process is still alive and the write stored. Without the plugin's handler Node ends
 * the process on the unhandled rejection, and nothing is printed.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const file = path.join(os.tmpdir(), `nianbao-fault-${process.pid}.db`);
Object.assign(process.env, { NODE_ENV: 'test', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const logged = [];
  const error = strapi.log.error.bind(strapi.log);
  strapi.log.error = (message, ...rest) => {
    logged.push(String(message));
    return error(message, ...rest);
  };
  strapi.eventHub.subscribe(async () => {
    throw new Error('after-commit canary');
  });
  await strapi.documents('api::agency.agency').create({ data: { name: '提交后出错局', type: 'other' } });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const stored = await strapi.db.query('api::agency.agency').count({ where: { name: '提交后出错局' } });
  process.stdout.write(`${JSON.stringify({ alive: true, stored, logged: logged.filter((m) => m.includes('after-commit canary')).length })}\n`);
  await strapi.destroy();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  process.exit(0);
})();
