/** Moving a report through the workflow, and returning an edited approved report to 拟稿. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findReportRow } from '../checks/stored-report';
import { actorOf } from './actor';
import { audit } from './audit';
import { transition, type Capability, type HistoryEntry, type Stage, type WorkflowAction } from '../../../../shared/transitions';
import { AGENCY_UID, CATALOG_UID, OPEN_DAY_UID, PLUGIN_ACTIONS, REPORT_UID, type PluginAction } from '../../../../shared/constants';

export const REVIEWER_ROLE = { code: 'nianbao-reviewer', name: '年报审核人', description: '审核年报：审核通过或退回修改' };
export const EDITOR_ROLE = { code: 'nianbao-editor', name: '年报编辑', description: '拟稿并提交审核' };

/** Every administrator may draft and submit; whoever holds the permission 审核/退回 reviews. */
export const capabilitiesOf = (mayReview: boolean): Capability[] => (mayReview ? ['editor', 'reviewer'] : ['editor']);

/** The plugin's permissions each workflow role starts with; Settings → Roles changes them. */
const ROLE_ACTIONS: Record<string, PluginAction[]> = {
  [EDITOR_ROLE.code]: ['import', 'deadlines'],
  [REVIEWER_ROLE.code]: ['review', 'schedule', 'import', 'deadlines'],
};

export const historyOf = (row: { workflowHistory?: unknown }): HistoryEntry[] =>
  Array.isArray(row.workflowHistory) ? (row.workflowHistory as HistoryEntry[]) : [];

export const stageOf = (row: { reviewStage?: unknown } | null | undefined): Stage => ((row?.reviewStage as Stage) ?? 'draft');

async function record(strapi: Core.Strapi, rowId: number, history: HistoryEntry[], entry: HistoryEntry) {
  await strapi.db.query(REPORT_UID).update({ where: { id: rowId }, data: { reviewStage: entry.to, workflowHistory: [...history, entry] } });
}

export async function applyTransition(
  strapi: Core.Strapi,
  documentId: string,
  action: WorkflowAction,
  options: { capabilities: Capability[]; comment?: string; actor?: string },
): Promise<HistoryEntry> {
  const draft = await findReportRow(strapi, documentId, 'draft');
  if (!draft) throw new errors.NotFoundError('找不到该年报');
  const from = stageOf(draft);
  const result = transition(from, action, options.capabilities, options.comment);
  if (!result.ok) throw new errors.ValidationError(result.message);
  const entry: HistoryEntry = { action, from, to: result.to, by: options.actor ?? actorOf(strapi), at: new Date().toISOString(), ...(options.comment?.trim() ? { comment: options.comment.trim() } : {}) };
  await record(strapi, draft.id, historyOf(draft), entry);
  await audit(strapi, action, documentId, { from, to: result.to, comment: entry.comment ?? null }, entry.by);
  return entry;
}

/** An edit of a submitted or approved report sends it back to 拟稿: what was approved is no longer what is there. */
export async function returnAfterEdit(strapi: Core.Strapi, draft: { id: number; reviewStage?: unknown; workflowHistory?: unknown }): Promise<void> {
  const from = stageOf(draft);
  if (from === 'draft') return;
  await record(strapi, draft.id, historyOf(draft), { action: 'edit', from, to: 'draft', by: actorOf(strapi), at: new Date().toISOString(), comment: '内容已修改，需重新提交审核' });
}

/**
 * Bootstrap: the two roles the workflow speaks of, so that administrators can be given them, with
 * their content-manager permissions and the plugin's. A role made before the plugin's actions
 * existed (it holds none of them) is given its starting set once.
 */
export async function ensureWorkflowRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  // The admin creates its default roles (super admin first) only when there are none, and our
  // plugin boots before it: let it make them now, or ours would make it skip the super admin.
  await roles.createRolesIfNoneExist();
  for (const role of [EDITOR_ROLE, REVIEWER_ROLE]) {
    const existing = await strapi.db.query('admin::role').findOne({ where: { code: role.code } });
    const plugin = ROLE_ACTIONS[role.code].map((key) => ({ action: PLUGIN_ACTIONS[key].id, subject: null, properties: {}, conditions: [] }));
    if (existing) {
      const held = await strapi.db.query('admin::permission').count({ where: { role: existing.id, action: { $startsWith: 'plugin::nianbao.' } } });
      if (!held) await strapi.service('admin::permission').createMany(plugin.map((p) => ({ ...p, role: existing.id })));
      continue;
    }
    const created = await roles.create(role);
    const editable = [REPORT_UID, AGENCY_UID, CATALOG_UID, OPEN_DAY_UID];
    const content = editable.flatMap((subject) => {
      const fields = Object.keys((strapi.contentTypes as unknown as Record<string, { attributes: Record<string, unknown> }>)[subject].attributes);
      return ['create', 'read', 'update'].map((verb) => ({ action: `plugin::content-manager.explorer.${verb}`, subject, properties: { fields } }));
    });
    await roles.assignPermissions(created.id, [...content, ...plugin]);
  }
}
