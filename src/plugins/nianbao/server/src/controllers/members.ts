/** 机关与人员: which agencies an administrator belongs to (their scope under 「本机关及下属机关」). */
import type { Core } from '@strapi/strapi';
import { agenciesOf, setAgenciesOf } from '../services/scope/memberships';
import { membersBody, userRoute } from '../validation/members-request';
import { routeParams } from '../validation/params';

interface Ctx {
  params: Record<string, string>;
  request: { body?: unknown };
  body: unknown;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async agencies(ctx: Ctx) {
    const { id } = routeParams(userRoute, ctx.params);
    ctx.body = { data: { agencies: await agenciesOf(strapi, id) } };
  },

  async setAgencies(ctx: Ctx) {
    const { id } = routeParams(userRoute, ctx.params);
    ctx.body = { data: { agencies: await setAgenciesOf(strapi, id, membersBody(ctx.request.body)) } };
  },
});
