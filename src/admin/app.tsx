import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    locales: ['zh-Hans'],
  },
  bootstrap(_app: StrapiApp) {},
};
