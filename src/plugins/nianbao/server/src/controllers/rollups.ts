/**
 * Roll-ups: the public file of published figures, and the admin's page data (with each agency's
 * tables to drill into), the root agency within the administrator's scope.
 */
import type { Core } from '@strapi/strapi';
import { nianbao } from '../services';
import { agencyInScope, type AbilityContext } from '../services/scope/admin-scope';
import { ROLLUP_FORMATS, rollupFile } from '../services/rollups/rollup-files';
import { FORMATS, contentDisposition } from '../services/export/formats';
import { PUBLIC_CACHE } from '../services/workflow/public-state';
import { adminRollupRoute, rollupRoute, routeParams } from '../validation/params';

interface Ctx extends AbilityContext {
  params: Record<string, string>;
  body: unknown;
  set: (name: string, value: string) => void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rollups = nianbao(strapi, 'rollups');
  return {
    async file(ctx: Ctx) {
      const { agency, year, ext } = routeParams(rollupRoute, ctx.params, ROLLUP_FORMATS);
      const file = await rollupFile(await rollups.rollup(agency, year), ext);
      ctx.set('Content-Type', file.type);
      ctx.set('Cache-Control', PUBLIC_CACHE);
      ctx.set('Content-Disposition', contentDisposition(FORMATS[ext].inline, file.title, `rollup-${year}`, ext));
      ctx.body = file.body;
    },

    async admin(ctx: Ctx) {
      const { agency, year } = routeParams(adminRollupRoute, ctx.params);
      ctx.body = { data: await rollups.rollup(agency, year, { drill: true, mayRead: (id) => agencyInScope(strapi, ctx, id) }) };
    },
  };
};
