/**
 * The demo's content: the published sample reports, loaded through the importer as a user would
 * load them, the example agency's details, open-day event and catalog entries, and a demo
 * administrator. Safe to run again: everything is matched before it is created.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { needsAcknowledgement } from '#format';
import { acknowledge } from '../checks/acknowledgements';
import { checkRow, findReportRow } from '../checks/stored-report';
import { importReport } from '../import/import-report';
import { applyTransition, stageOf } from '../workflow/review';
import { publicationsOf } from '../workflow/publications';
import { EDITOR_ROLE } from '../workflow/review';
import { setAgenciesOf } from '../scope/memberships';
import { AGENCY_UID, CATALOG_UID, OPEN_DAY_UID, REPORT_UID } from '../../../../shared/constants';

const EXAMPLE_FILE = 'data/examples/yuanzhou-kjj-2023.json';
const SAMPLES_DIR = 'data/samples';
const EXAMPLE_SAMPLE = 'yuanzhou-kjj-2023.txt';

export const DEMO_ADMIN = {
  email: 'demo@nianbao.local',
  password: 'Nianbao-Demo-2026',
  firstname: '演示',
  lastname: '管理员',
};

interface Example {
  agency: Record<string, unknown> & { name: string };
  openDayEvents: (Record<string, unknown> & { title: string })[];
  catalogEntries: (Record<string, unknown> & { indexNumber: string })[];
}

async function upsertPublished(
  strapi: Core.Strapi,
  uid: typeof OPEN_DAY_UID | typeof CATALOG_UID,
  filters: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<void> {
  const docs = strapi.documents(uid);
  const existing = await docs.findFirst({ filters, status: 'draft' } as never);
  const written = existing
    ? await docs.update({ documentId: existing.documentId, data, status: 'draft' } as never)
    : await docs.create({ data, status: 'draft' } as never);
  await docs.publish({ documentId: written!.documentId } as never);
}

/**
 * Publishes a report kept as it was published: its warnings (sums in the narrative) get that
 * reason; its timeliness is not judged, its text stating no date (R37 无法核对). A report with errors
 * stays a draft, for the editors to see.
 */
export async function publishAsPublished(strapi: Core.Strapi, documentId: string): Promise<boolean> {
  if ((await publicationsOf(strapi, documentId)).length) return true; // published by an earlier run
  const draft = await findReportRow(strapi, documentId, 'draft');
  if (!draft) return false;
  const result = await checkRow(strapi, draft, new Date());
  if (result.findings.some((f) => f.severity === 'E' && !f.notAssessable && !needsAcknowledgement(f))) return false;
  const pending = result.findings.filter(needsAcknowledgement);
  if (pending.length) await acknowledge(strapi, draft, pending, '按已公开发布的原文录入，保留原文内容', '演示数据');
  const demo = { capabilities: ['editor', 'reviewer'] as const, actor: '演示数据' };
  if (stageOf(draft) === 'draft') await applyTransition(strapi, documentId, 'submit', { ...demo, capabilities: [...demo.capabilities] });
  if (stageOf(await findReportRow(strapi, documentId, 'draft')) !== 'approved') {
    await applyTransition(strapi, documentId, 'approve', { ...demo, capabilities: [...demo.capabilities], comment: '按已公开发布的原文录入' });
  }
  await strapi.documents(REPORT_UID).publish({ documentId } as never);
  return true;
}

export async function seedExample(strapi: Core.Strapi): Promise<{ reportDocumentId: string; published: string[]; drafts: string[] }> {
  const root = strapi.dirs.app.root;
  const example = JSON.parse(fs.readFileSync(path.join(root, EXAMPLE_FILE), 'utf8')) as Example;

  const agencies = strapi.documents(AGENCY_UID);
  const agency =
    (await agencies.findFirst({ filters: { name: example.agency.name } })) ??
    (await agencies.create({ data: example.agency as never }));

  const published: string[] = [];
  const drafts: string[] = [];
  let reportDocumentId = '';
  // Oldest first, so that each report finds last year's when it is checked.
  const files = fs.readdirSync(path.join(root, SAMPLES_DIR)).filter((f) => f.endsWith('.txt')).sort((a, b) => a.slice(-8).localeCompare(b.slice(-8)));
  for (const name of files) {
    const outcome = await importReport(strapi, { name, content: fs.readFileSync(path.join(root, SAMPLES_DIR, name)) });
    if (!outcome.documentId) throw new Error(`示例 ${name} 导入失败：${outcome.error}`);
    if (name === EXAMPLE_SAMPLE) reportDocumentId = outcome.documentId;
    (await publishAsPublished(strapi, outcome.documentId) ? published : drafts).push(`${outcome.report.agencyName}${outcome.report.year}年`);
  }

  for (const event of example.openDayEvents) {
    await upsertPublished(strapi, OPEN_DAY_UID, { title: event.title }, { ...event, agency: agency.documentId });
  }
  for (const entry of example.catalogEntries) {
    await upsertPublished(strapi, CATALOG_UID, { indexNumber: entry.indexNumber }, { ...entry, agency: agency.documentId });
  }
  return { reportDocumentId, published, drafts };
}

export async function ensureDemoAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists({ email: DEMO_ADMIN.email })) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    ...DEMO_ADMIN,
    isActive: true,
    preferedLanguage: 'zh-Hans',
    roles: superAdmin ? [superAdmin.id] : [],
  });
}

/**
 * Two departments under one government, each with an editor who sees only their own department's
 * reports (「本机关及下属机关」), so that the scoping can be tried in the admin. Safe to run again.
 */
export const DEMO_GOVERNMENT = '演示县人民政府';
export const DEMO_DEPARTMENTS = [
  // 教育局's report is published (as if on time elsewhere: late here, the reason given), so the county's 汇总 has figures.
  { name: '演示县教育局', editor: 'jiaoyu@nianbao.local', firstname: '编辑', lastname: '教育局', published: true },
  { name: '演示县财政局', editor: 'caizheng@nianbao.local', firstname: '编辑', lastname: '财政局', published: false },
] as const;

export async function ensureDemoDepartments(strapi: Core.Strapi): Promise<{ agency: string; email: string; password: string }[]> {
  const agencies = strapi.documents(AGENCY_UID);
  const find = (name: string) => agencies.findFirst({ filters: { name } });
  const government = (await find(DEMO_GOVERNMENT)) ?? (await agencies.create({ data: { name: DEMO_GOVERNMENT, type: 'countyGovernment' } as never }));
  const editorRole = await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE.code } });
  const example = JSON.parse(fs.readFileSync(path.join(strapi.dirs.app.root, 'data/examples/distinct-values-2023.json'), 'utf8'));
  const logins = [];
  for (const d of DEMO_DEPARTMENTS) {
    const department = (await find(d.name)) ?? (await agencies.create({ data: { name: d.name, type: 'governmentDepartment', parent: government.documentId } as never }));
    const reports = strapi.documents(REPORT_UID);
    const existing = await reports.findFirst({ filters: { agency: { documentId: department.documentId } }, status: 'draft' } as never);
    const report = existing ?? (await reports.create({ data: { ...example.report, agency: department.documentId }, status: 'draft' } as never));
    if (d.published) await publishAsPublished(strapi, report.documentId);
    let user = await strapi.db.query('admin::user').findOne({ where: { email: d.editor } });
    if (!user) {
      user = await strapi.service('admin::user').create({
        email: d.editor,
        firstname: d.firstname,
        lastname: d.lastname,
        password: DEMO_ADMIN.password,
        isActive: true,
        preferedLanguage: 'zh-Hans',
        roles: editorRole ? [editorRole.id] : [],
      });
      await setAgenciesOf(strapi, user.id, [department.documentId]);
    }
    logins.push({ agency: d.name, email: d.editor, password: DEMO_ADMIN.password });
  }
  return logins;
}
