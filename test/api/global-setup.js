// Compiles the app (config and src) into dist once; each suite then boots from dist.
const { compileStrapi } = require('@strapi/strapi');

module.exports = async () => {
  process.env.NODE_ENV = 'test';
  await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: false });
};
