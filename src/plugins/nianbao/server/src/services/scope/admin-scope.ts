/**
 * What an administrator's roles let them read, as the content manager decides it: the permission
 * manager's query for `read` (conditions such as 「本机关及下属机关」 included). The plugin's own admin
 * routes use it, so a report outside the administrator's scope is a 403 there as in the content
 * manager, and is left out of the plugin's lists.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AGENCY_UID, REPORT_UID } from '../../../../shared/constants';

const READ = 'plugin::content-manager.explorer.read';

export interface AbilityContext {
  state: { userAbility?: unknown };
}

type Where = Record<string, unknown>;

/** The where-clause of the `uid` records this administrator may read; false when none. */
export function readableWhere(strapi: Core.Strapi, ctx: AbilityContext, uid: typeof REPORT_UID | typeof AGENCY_UID): Where | false {
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability: ctx.state.userAbility, action: READ, model: uid });
  if (!manager.isAllowed) return false;
  return (manager.getQuery() as Where | undefined) ?? {};
}

export const OUT_OF_SCOPE = '这份年报不属于您所在的机关及下属机关，不能查看或操作';

/** A 404 for a report that does not exist, a 403 for one outside the administrator's scope. */
export async function assertReportInScope(strapi: Core.Strapi, ctx: AbilityContext, documentId: string): Promise<void> {
  const where = readableWhere(strapi, ctx, REPORT_UID);
  const reports = strapi.db.query(REPORT_UID);
  if (where !== false && (await reports.count({ where: { $and: [{ documentId }, where] } }))) return;
  if (!(await reports.count({ where: { documentId } }))) throw new errors.NotFoundError('找不到该年报');
  // A PolicyError, since Strapi turns any other 403 thrown behind its authorization into a bare 「Forbidden」.
  throw new errors.PolicyError(OUT_OF_SCOPE);
}

/** Whether the agency (by id) is one this administrator may read. */
export async function agencyInScope(strapi: Core.Strapi, ctx: AbilityContext, id: number): Promise<boolean> {
  const where = readableWhere(strapi, ctx, AGENCY_UID);
  return where !== false && (await strapi.db.query(AGENCY_UID).count({ where: { $and: [{ id }, where] } })) > 0;
}
