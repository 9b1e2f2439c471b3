// The browser tests drive the real admin panel, so it must be built (and the app compiled).
const { compileApp } = require('../../scripts/compile');
const { buildAdminIfNeeded } = require('../../scripts/admin-build');

module.exports = async () => {
  process.env.NODE_ENV = 'test';
  buildAdminIfNeeded();
  await compileApp(process.cwd());
};
