import type { Core } from '@strapi/strapi';
import routes from './routes';
import checks from './controllers/checks';
import views from './controllers/views';
import { registerViewGraphql } from './graphql';
import { closePdfBrowser } from '../../../export/pdf';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerViewGraphql(strapi);
  },
  async destroy() {
    await closePdfBrowser();
  },
  routes,
  controllers: { checks, views },
};
