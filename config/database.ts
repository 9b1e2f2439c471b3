import path from 'path';
import type { Core } from '@strapi/strapi';

/** SQLite under .tmp/ by default; PostgreSQL with DATABASE_CLIENT=postgres and DATABASE_URL. */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'strapi'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  if (client !== 'sqlite') throw new Error(`不支持的数据库类型 DATABASE_CLIENT=${client}（可选 sqlite、postgres）`);
  // An empty DATABASE_FILENAME would open the project folder itself (STRAPI-NOTES §2.3).
  const filename = env('DATABASE_FILENAME', '') || path.join('.tmp', 'data.db');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(filename) },
      useNullAsDefault: true,
    },
  };
};
