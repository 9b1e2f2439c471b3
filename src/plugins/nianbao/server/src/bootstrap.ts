import type { Core } from '@strapi/strapi';
import { ensureOneReportPerAgencyYear } from './middlewares/guards/report-uniqueness';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { grantPublicReads } from './bootstrap/public-permissions';
import { ensureWorkflowRoles } from './services/workflow/review';
import { registerPluginActions } from './bootstrap/plugin-permissions';
import { registerAgencyConditions } from './bootstrap/agency-conditions';
import { dropStampsOnWrites } from './services/views/published-stamps';
import { nianbao } from './services';

/** What the database and the other plugins must hold once they are up: the index, roles, permissions, labels; and the view's stamps follow writes. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureOneReportPerAgencyYear(strapi);
  await grantPublicReads(strapi);
  await applyAdminLabels(strapi);
  await registerPluginActions(strapi);
  await registerAgencyConditions(strapi);
  await ensureWorkflowRoles(strapi);
  dropStampsOnWrites(strapi, nianbao(strapi, 'views').stamps);
};
