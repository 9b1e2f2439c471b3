import type { Core } from '@strapi/strapi';
import { registerPublishedOnlyGraphqlQueries, registerPublishedOnlyReads } from './access/published-only';
import { registerAgencyWriteGuard } from './guards/agency-writes';
import { registerReportWriteGuard } from './guards/report-writes';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { grantPublicReads } from './bootstrap/public-permissions';
import { ensureWorkflowRoles } from './workflow/review';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnlyReads(strapi);
    registerPublishedOnlyGraphqlQueries(strapi);
    registerAgencyWriteGuard(strapi);
    registerReportWriteGuard(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicReads(strapi);
    await applyAdminLabels(strapi);
    await ensureWorkflowRoles(strapi);
  },
};
