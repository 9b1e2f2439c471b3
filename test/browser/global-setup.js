// The browser tests drive the real admin panel, so it must be built (and the app compiled).
const { compileStrapi } = require('@strapi/strapi');
const { buildAdminIfNeeded } = require('../../scripts/admin-build');

module.exports = async () => {
  process.env.NODE_ENV = 'test';
  buildAdminIfNeeded();
  await compileStrapi({ appDir: process.cwd() });
};
