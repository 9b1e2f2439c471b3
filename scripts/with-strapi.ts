/** Strapi loaded for a command-line script (compiled first when out of date), quiet, and stopped afterwards. */
import path from 'path';
import type { Core } from '@strapi/strapi';

const ROOT = path.resolve(__dirname, '..');

export async function withStrapi<T>(run: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  const { createStrapi } = require('@strapi/strapi');
  const { distDir } = await require('./compile').compileApp(ROOT);
  const strapi: Core.Strapi = await createStrapi({ appDir: ROOT, distDir, autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'error';
  try {
    return await run(strapi);
  } finally {
    await strapi.destroy();
  }
}
