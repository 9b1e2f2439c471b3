import type { Core } from '@strapi/strapi';
import routes from './routes';
import checks from './controllers/checks';
import views from './controllers/views';
import imports from './controllers/imports';
import schedule from './controllers/schedule';
import workflow from './controllers/workflow';
import { registerViewGraphql } from './graphql';
import chineseErrors from './middlewares/chinese-errors';
import { closePdfBrowser } from '../../../export/pdf';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // The statistical tables are JSON edited in a grid shaped like the national template.
    strapi.customFields.register({ name: 'stats-table', plugin: 'nianbao', type: 'json', inputSize: { default: 12, isResizable: false } });
    registerViewGraphql(strapi);
    // Jobs, snapshots and the audit log are internal: no GraphQL types or queries for them.
    for (const uid of ['api::publish-job.publish-job', 'api::publication.publication', 'api::audit-entry.audit-entry']) {
      strapi.plugin('graphql')?.service('extension').shadowCRUD(uid).disable();
    }
  },
  async destroy() {
    await closePdfBrowser();
  },
  routes,
  middlewares: { 'chinese-errors': chineseErrors },
  controllers: { checks, views, imports, schedule, workflow },
};
