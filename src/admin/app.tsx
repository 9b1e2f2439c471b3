import type { StrapiApp } from '@strapi/strapi/admin';

const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['zh-Hans'],
  },
  register() {
    // 简体中文 unless the user chose otherwise: the admin reads this key when it first renders.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
  },
  bootstrap(_app: StrapiApp) {},
};
