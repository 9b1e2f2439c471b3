// One more Strapi instance on the same database, running the scheduler's tick until nothing is due.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '../..');

(async () => {
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  let idle = 0;
  while (idle < 3) {
    const outcome = await strapi.plugin('nianbao').service('scheduling').tick();
    idle = Object.keys(outcome).length ? 0 : idle + 1;
  }
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
