import type { Core } from '@strapi/strapi';
import { ensureOneReportPerAgencyYear } from './middlewares/guards/report-uniqueness';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { grantPublicReads } from './bootstrap/public-permissions';
import { ensureWorkflowRoles } from './services/workflow/review';

/** What the database and the other plugins must hold once they are up: the index, roles, permissions, labels. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureOneReportPerAgencyYear(strapi);
  await grantPublicReads(strapi);
  await applyAdminLabels(strapi);
  await ensureWorkflowRoles(strapi);
};
