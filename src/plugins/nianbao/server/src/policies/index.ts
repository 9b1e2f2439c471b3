/** The plugin's route policies. */
import type { Core } from '@strapi/strapi';
import { assertReportInScope, type AbilityContext } from '../services/scope/admin-scope';

export default {
  /** The route's :documentId is a report the administrator may read (「本机关及下属机关」 and the like). */
  'report-in-scope': async (ctx: AbilityContext & { params: { documentId: string } }, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
    await assertReportInScope(strapi, ctx, ctx.params.documentId);
    return true;
  },
};
