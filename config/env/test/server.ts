import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: '127.0.0.1',
  port: 0,
  app: { keys: env.array('APP_KEYS', ['test-key-a', 'test-key-b']) },
  cron: { enabled: false },
  logger: { config: { level: 'error' } },
} as Core.Config.Server);
