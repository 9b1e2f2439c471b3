/**
 * Readiness for a supervisor or load balancer: 204 when the database answers a query, else the
 * database-faults middleware's 503 (Strapi's own `/_health` says only that the process answers).
 */
import type { Core } from '@strapi/strapi';
import { databaseAnswers, unavailable } from '../middlewares/database-faults';

type Ctx = Parameters<typeof unavailable>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ready(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    if (await databaseAnswers(strapi)) {
      ctx.status = 204;
      return;
    }
    unavailable(ctx);
  },
});
