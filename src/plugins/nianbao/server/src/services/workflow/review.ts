/** Moving a report through the workflow, and returning an edited approved report to 拟稿. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findReportRow } from '../checks/stored-report';
import { actorOf } from './actor';
import { audit } from './audit';
import { transition, type Capability, type HistoryEntry, type Stage, type WorkflowAction } from '../../../../shared/transitions';
import { AGENCY_UID, CATALOG_UID, OPEN_DAY_UID, OWN_AGENCIES_CONDITION, OWN_AGENCY_RECORDS_CONDITION, PLUGIN_ACTIONS, PLUGIN_ID, REPORT_UID, type PluginAction } from '../../../../shared/constants';

export const REVIEWER_ROLE = { code: 'nianbao-reviewer', name: '年报审核人', description: '审核本机关及下属机关的年报：审核通过或退回修改' };
export const EDITOR_ROLE = { code: 'nianbao-editor', name: '年报编辑', description: '拟稿并提交审核（本机关及下属机关）' };
export const OFFICE_ROLE = { code: 'nianbao-office', name: '政务公开办', description: '查看、审核全部机关的年报，管理机关与人员' };

/** Every administrator may draft and submit; whoever holds the permission 审核/退回 reviews. */
export const capabilitiesOf = (mayReview: boolean): Capability[] => (mayReview ? ['editor', 'reviewer'] : ['editor']);

interface RoleStart {
  /** The content manager's actions on reports, catalog entries and open-day events. */
  content: string[];
  /** Limited to the administrator's agencies and their descendants (「本机关及下属机关」). */
  scoped: boolean;
  plugin: PluginAction[];
}

/** What each workflow role starts with; Settings → Roles changes it. */
const ROLE_STARTS: Record<string, RoleStart> = {
  [EDITOR_ROLE.code]: { content: ['create', 'read', 'update', 'delete'], scoped: true, plugin: ['import', 'deadlines', 'rollups'] },
  [REVIEWER_ROLE.code]: { content: ['create', 'read', 'update', 'delete', 'publish'], scoped: true, plugin: ['review', 'schedule', 'import', 'deadlines', 'rollups'] },
  [OFFICE_ROLE.code]: { content: ['create', 'read', 'update', 'delete', 'publish'], scoped: false, plugin: ['review', 'schedule', 'import', 'deadlines', 'members', 'rollups'] },
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

const fieldsOf = (strapi: Core.Strapi, uid: string) => Object.keys((strapi.contentTypes as unknown as Record<string, { attributes: Record<string, unknown> }>)[uid].attributes);

function startingPermissions(strapi: Core.Strapi, start: RoleStart) {
  const conditions = (condition: string) => (start.scoped ? [condition] : []);
  const records = [REPORT_UID, CATALOG_UID, OPEN_DAY_UID].flatMap((subject) =>
    start.content.map((verb) => ({
      action: `plugin::content-manager.explorer.${verb}`,
      subject,
      properties: verb === 'delete' || verb === 'publish' ? {} : { fields: fieldsOf(strapi, subject) },
      conditions: conditions(OWN_AGENCIES_CONDITION),
    })),
  );
  // Agencies are the 政务公开办's to create and change; the others read theirs (the relation picker shows only those).
  const agencyVerbs = start.scoped ? ['read'] : ['create', 'read', 'update', 'delete'];
  const agencies = agencyVerbs.map((verb) => ({
    action: `plugin::content-manager.explorer.${verb}`,
    subject: AGENCY_UID,
    properties: verb === 'delete' ? {} : { fields: fieldsOf(strapi, AGENCY_UID) },
    conditions: conditions(OWN_AGENCY_RECORDS_CONDITION),
  }));
  return { content: [...records, ...agencies], plugin: start.plugin.map((key) => ({ action: PLUGIN_ACTIONS[key].id, subject: null, properties: {}, conditions: [] })) };
}

/** The plugin actions there were before the roles' starting sets were recorded (the roll-ups came after). */
const ACTIONS_BEFORE_RECORD: PluginAction[] = ['review', 'schedule', 'import', 'deadlines', 'members'];

/**
 * Bootstrap: the roles the workflow speaks of — 年报编辑 and 年报审核人 scoped to their agencies,
 * 政务公开办 over all — with their content-manager permissions and the plugin's. Each plugin action
 * in a role's starting set is given to it once: an action added in a later version reaches the roles
 * of an existing deployment, and one an administrator took away in Settings → Roles stays away.
 */
export async function ensureWorkflowRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  // The admin creates its default roles (super admin first) only when there are none, and our
  // plugin boots before it: let it make them now, or ours would make it skip the super admin.
  await roles.createRolesIfNoneExist();
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'role-starts' });
  const given = ((await store.get({})) as Record<string, PluginAction[]> | null) ?? {};
  for (const role of [EDITOR_ROLE, REVIEWER_ROLE, OFFICE_ROLE]) {
    const startSet = ROLE_STARTS[role.code];
    const start = startingPermissions(strapi, startSet);
    const existing = await strapi.db.query('admin::role').findOne({ where: { code: role.code } });
    if (existing) {
      const held = await strapi.db.query('admin::permission').count({ where: { role: existing.id, action: { $startsWith: 'plugin::nianbao.' } } });
      const before = given[role.code] ?? (held ? ACTIONS_BEFORE_RECORD : []);
      const fresh = start.plugin.filter((_, i) => !before.includes(startSet.plugin[i]));
      if (fresh.length) await strapi.service('admin::permission').createMany(fresh.map((p) => ({ ...p, role: existing.id })));
      given[role.code] = [...new Set([...before, ...startSet.plugin])];
      continue;
    }
    const created = await roles.create(role);
    await roles.assignPermissions(created.id, [...start.content, ...start.plugin]);
    given[role.code] = [...startSet.plugin];
  }
  await store.set({ value: given });
}
