import path from 'path';
import { mergeConfig, type UserConfig } from 'vite';

/** The admin reads the pure core from its TypeScript source, by the same name the server uses (strapi build runs in the app root). */
export default (config: UserConfig) =>
  mergeConfig(config, {
    resolve: { alias: { '#format': path.resolve(process.cwd(), 'src/format/index.ts') } },
  });
