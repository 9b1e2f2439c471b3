/**
 * Writes from the admin stay inside the administrator's agencies: after a create, update or clone
 * of a report, catalog entry or open-day event, in the same transaction, the written document's
 * agency must be one they may read (「本机关及下属机关」, or all for the 政务公开办); otherwise the write
 * is undone. The content manager checks conditions on what exists, not on the agency a create or
 * an update connects, so this step closes that. API tokens and scripts are not scoped.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ActionHandler } from './document-actions';
import { agencyInScope, type AbilityContext } from '../../services/scope/admin-scope';

const adminRequest = (strapi: Core.Strapi): AbilityContext | null => {
  const ctx = strapi.requestContext.get() as (AbilityContext & { state: { auth?: { strategy?: { name?: string } } } }) | undefined;
  return ctx?.state?.auth?.strategy?.name === 'admin' && ctx.state.userAbility ? ctx : null;
};

export const withinAgencyScope =
  (strapi: Core.Strapi, uid: string, handler: ActionHandler | 'pass'): ActionHandler =>
  (ctx, next) => {
    const request = adminRequest(strapi);
    const write = () => (handler === 'pass' ? next() : handler(ctx, next));
    if (!request) return write();
    return strapi.db.transaction(async () => {
      const written = (await write()) as { documentId?: string } | null;
      const documentId = written?.documentId ?? ctx.params.documentId;
      const row = documentId ? await strapi.db.query(uid as never).findOne({ where: { documentId }, populate: { agency: { select: ['id'] } } }) : null;
      const agencyId = (row as { agency?: { id: number } | null } | null)?.agency?.id;
      if (agencyId != null && !(await agencyInScope(strapi, request, agencyId))) {
        throw new errors.PolicyError('只能为您所在的机关及下属机关录入和修改，所选机关不在其中');
      }
      return written;
    });
  };
