import type { Core } from '@strapi/strapi';
import { AUDIT_UID, JOB_UID, PUBLICATION_UID } from '../../shared/constants';
import { registerViewGraphql } from './graphql';
import { registerPublishedOnlyGraphqlQueries, registerPublishedOnlyReads } from './middlewares/access/published-only';
import { registerDocumentGuards } from './middlewares/guards';
import { keepServingThroughRejections } from './bootstrap/process-faults';

/** Everything that must be in place before any request or document-service call: reads, writes, types. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  keepServingThroughRejections(strapi);
  // The statistical tables are JSON edited in a grid shaped like the national template.
  strapi.customFields.register({ name: 'stats-table', plugin: 'nianbao', type: 'json', inputSize: { default: 12, isResizable: false } });
  registerViewGraphql(strapi);
  // Jobs, snapshots and the audit log are internal: no GraphQL types or queries for them.
  for (const uid of [JOB_UID, PUBLICATION_UID, AUDIT_UID]) {
    strapi.plugin('graphql')?.service('extension').shadowCRUD(uid).disable();
  }
  registerPublishedOnlyReads(strapi);
  registerPublishedOnlyGraphqlQueries(strapi);
  registerDocumentGuards(strapi);
};
