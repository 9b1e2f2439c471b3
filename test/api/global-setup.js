// Compiles the app (config and src) into dist once; each suite then boots from dist.
const { compileApp } = require('../../scripts/compile');

module.exports = async () => {
  process.env.NODE_ENV = 'test';
  await compileApp(process.cwd(), { ignoreDiagnostics: false });
};
