import type { Core } from '@strapi/strapi';

// Outermost: Strapi's own error messages in Chinese (after strapi::errors has formatted them). Just
// inside strapi::errors: a database fault is a 503, whatever the layers below made of it.
const config: Core.Config.Middlewares = [
  'plugin::nianbao.chinese-errors',
  'strapi::logger',
  'strapi::errors',
  'plugin::nianbao.database-faults',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
