import type { Core } from '@strapi/strapi';
import { registerPublishedOnlyGraphqlQueries, registerPublishedOnlyReads } from './access/published-only';
import { registerDocumentGuards } from './guards';
import { ensureOneReportPerAgencyYear } from './guards/report-uniqueness';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { grantPublicReads } from './bootstrap/public-permissions';
import { ensureWorkflowRoles } from './workflow/review';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnlyReads(strapi);
    registerPublishedOnlyGraphqlQueries(strapi);
    registerDocumentGuards(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureOneReportPerAgencyYear(strapi);
    await grantPublicReads(strapi);
    await applyAdminLabels(strapi);
    await ensureWorkflowRoles(strapi);
  },
};
