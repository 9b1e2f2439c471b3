/** The review workflow, the publication record, the audit log and the deadline dashboard. */
import { startTestApp, type TestApp } from '../helpers/strapi';
import { consistentReport } from '../helpers/consistent-report';
import { UID, createAgency, publicVersion } from '../helpers/report-api';
import { expectEvery } from '../helpers/assertions';

let app: TestApp;
let admin: string;
let token: string;
let editor: string;
let id: string;
const YEAR = new Date().getFullYear();

const as = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
const move = (jwt: string, action: string, comment?: string) =>
  app.http().post(`/nianbao/reports/${id}/workflow`).set(as(jwt)).send({ action, comment });

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.adminToken();
  token = await app.apiToken();
  // An administrator with only the 年报编辑 role.
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'nianbao-editor' } });
  const editorUser = await app.strapi.service('admin::user').create({ email: 'editor@example.gov.cn', firstname: '编', lastname: '辑', password: 'Editor-Pass-2024', isActive: true, roles: [role.id] });
  editor = (await app.http().post('/admin/login').send({ email: 'editor@example.gov.cn', password: 'Editor-Pass-2024' })).body.data.token;
  const agency = await createAgency(app, token, { name: '流程测试局', type: 'governmentDepartment' });
  // 年报编辑 reaches the reports of its own agencies (「本机关及下属机关」).
  await app.http().put(`/nianbao/users/${editorUser.id}/agencies`).set(as(admin)).send({ agencies: [agency] });
  await createAgency(app, token, { name: '未报送局', type: 'governmentDepartment' });
  const { agencyName, agencyType, publishedAt, publicationUrl, ...body } = consistentReport(YEAR) as any;
  id = (await app.http().post('/api/annual-reports?status=draft').set(as(token)).send({ data: { ...body, agency } })).body.data.documentId;
});
afterAll(async () => {
  await app?.stop();
});

test('拟稿 → 待审核 → 已审核, each step by the role that may take it, recorded with who and when', async () => {
  expect((await move(editor, 'approve')).body.error.message).toBe('只有审核人可以“审核通过”');
  const submitted = await move(editor, 'submit');
  expect(submitted.status).toBe(200);
  expect(submitted.body.data).toMatchObject({ stage: 'submitted', stageLabel: '待审核' });
  expect((await move(editor, 'submit')).body.error.message).toBe('当前状态为“待审核”，不能“提交审核”');
  expect((await move(editor, 'return', '请补充')).body.error.message).toBe('只有审核人可以“退回修改”');
  expect((await move(admin, 'return')).body.error.message).toBe('退回修改时请填写意见');
  const returned = await move(admin, 'return', '表三请再核对一遍');
  expect(returned.body.data.stage).toBe('draft');
  await move(editor, 'submit');
  const approved = await move(admin, 'approve');
  expect(approved.body.data.stage).toBe('approved');
  expect(approved.body.data.history.map((h: { action: string; from: string; to: string }) => `${h.action}:${h.from}>${h.to}`)).toEqual([
    'submit:draft>submitted',
    'return:submitted>draft',
    'submit:draft>submitted',
    'approve:submitted>approved',
  ]);
  expect(approved.body.data.history[1]).toMatchObject({ comment: '表三请再核对一遍', by: expect.stringContaining('admin@example.gov.cn') });
  expect(approved.body.data.history[0].by).toContain('editor@example.gov.cn');
  expect(Date.parse(approved.body.data.history[3].at)).not.toBeNaN();
});

test('REST and GraphQL cannot set the stage; editing an approved report returns it to 拟稿', async () => {
  await app.http().put(`/api/annual-reports/${id}?status=draft`).set(as(token)).send({ data: { reviewStage: 'draft' } });
  expect((await app.strapi.db.query(UID).findOne({ where: { documentId: id, publishedAt: null } })).reviewStage).toBe('approved');
  await app.http().put(`/api/annual-reports/${id}?status=draft`).set(as(token)).send({ data: { problems: '存在的问题：培训不足。下一步将加强培训。' } });
  const status = await app.http().get(`/nianbao/reports/${id}/workflow`).set(as(admin));
  expect(status.body.data.stage).toBe('draft');
  expect(status.body.data.history.at(-1)).toMatchObject({ action: 'edit', from: 'approved', to: 'draft' });
});

test('an unapproved report is refused by REST, GraphQL, code and the scheduler', async () => {
  const rest = await app.http().put(`/api/annual-reports/${id}`).set(as(token)).send({ data: {} });
  expect(rest.body.error.message).toContain('尚未审核通过（当前：拟稿），不能发布');
  const gql = await app.http().post('/graphql').set(as(token)).send({ query: `mutation { updateAnnualReport(documentId: "${id}", data: {}) { documentId } }` });
  expect(gql.body.errors[0].message).toContain('尚未审核通过');
  await expect(app.strapi.documents(UID).publish({ documentId: id })).rejects.toMatchObject({ message: expect.stringContaining('尚未审核通过') });
  const schedule = await app.http().post(`/nianbao/reports/${id}/schedule`).set(as(admin)).send({ executeAt: `${YEAR + 1}-01-10 09:00` });
  expect(schedule.body.error.message).toBe('只有已审核的年报可以定时发布');
  expect(await publicVersion(app, id)).toBeNull();
});

test('each publication is a snapshot with its SHA-256; republishing needs a 更正说明', async () => {
  await move(editor, 'submit');
  await move(admin, 'approve');
  await app.strapi.documents(UID).publish({ documentId: id });
  await app.http().put(`/api/annual-reports/${id}?status=draft`).set(as(token)).send({ data: { preamble: '更正后的前言。' } });
  await move(editor, 'submit');
  await move(admin, 'approve');
  await expect(app.strapi.documents(UID).publish({ documentId: id })).rejects.toMatchObject({ message: expect.stringContaining('重新发布需要填写新的更正说明') });
  await app.http().put(`/api/annual-reports/${id}?status=draft`).set(as(token)).send({ data: { correctionNote: '更正前言的文字' } });
  await move(editor, 'submit');
  await move(admin, 'approve');
  await app.strapi.documents(UID).publish({ documentId: id });

  // Sent again unchanged (its answer lost, say): success, and no new version.
  await expect(app.strapi.documents(UID).publish({ documentId: id })).resolves.toBeTruthy();
  const repeat = await app.http().post(`/content-manager/collection-types/${UID}/${id}/actions/publish`).set(as(admin)).send({});
  expect(repeat.status).toBe(200);
  const audits = await app.strapi.db.query('plugin::nianbao.audit-entry').findMany({ where: { reportDocumentId: id, action: 'publish' }, orderBy: { id: 'asc' } });
  expect(audits.map((a: { details: { version: number; repeated?: boolean } }) => [a.details.version, a.details.repeated ?? false])).toEqual([[1, false], [2, false], [2, true], [2, true]]);

  const versions = (await app.http().get(`/api/nianbao/reports/${id}/versions`)).body.data;
  expect(versions.map((v: { version: number; correctionNote: string | null }) => [v.version, v.correctionNote])).toEqual([[1, null], [2, '更正前言的文字']]);
  const first = await app.http().get(`/api/nianbao/reports/${id}/versions/1.html`);
  expect(first.text).toContain('本报告统计数据从');
  expect(first.text).not.toContain('更正后的前言');
  const second = await app.http().get(`/api/nianbao/reports/${id}/versions/2.json`);
  expect(second.body.data.preamble).toBe('更正后的前言。');
  // The hash covers the data as canonical JSON (keys sorted), then a newline, then the page.
  const canonical = (v: unknown): string =>
    Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as any)[k])}`).join(',')}}` : JSON.stringify(v ?? null);
  const hash = require('crypto').createHash('sha256').update(canonical(second.body.data)).update('\n').update((await app.http().get(`/api/nianbao/reports/${id}/versions/2.html`)).text).digest('hex');
  expect(second.body.sha256).toBe(hash);
});

test('the audit log records the actions with actor and time', async () => {
  const audit = (await app.http().get(`/nianbao/reports/${id}/workflow`).set(as(admin))).body.data.audit;
  const actions = audit.map((a: { action: string }) => a.action);
  for (const action of ['create', 'update', 'submit', 'approve', 'return', 'publish']) expect(actions).toContain(action);
  expect(audit.find((a: { action: string }) => a.action === 'create').actor).toContain('API 令牌');
  await app.strapi.documents(UID).unpublish({ documentId: id });
  const after = (await app.http().get(`/nianbao/reports/${id}/workflow`).set(as(admin))).body.data.audit;
  expect(after[0]).toMatchObject({ action: 'unpublish', actor: '系统' });
});

test('the deadline dashboard lists every agency with its state, days and check result, also as CSV', async () => {
  const res = await app.http().get(`/nianbao/dashboard?year=${YEAR}`).set(as(admin));
  const rows = Object.fromEntries(res.body.data.map((r: { agency: string }) => [r.agency, r]));
  expect(rows['未报送局']).toMatchObject({ state: '未创建', deadline: `${YEAR + 1}-01-31` });
  expect(rows['流程测试局']).toMatchObject({ state: '已审核', checkSummary: '通过' });
  expect(rows['流程测试局'].daysToDeadline).toBeGreaterThan(0);
  const csv = await app.http().get(`/nianbao/dashboard?year=${YEAR}&format=csv`).set(as(admin));
  expect(csv.headers['content-type']).toContain('text/csv');
  expect(csv.text).toContain('未报送局,未创建');
  const past = await app.http().get(`/nianbao/dashboard?year=${YEAR - 2}`).set(as(admin));
  expectEvery(past.body.data, (r: { state: string }) => r.state === '逾期');
});

describe('the plugin’s permissions are Strapi permissions', () => {
  test('审核/退回, 定时发布, 导入, 截止日期, 机关与人员 and 汇总统计 are listed in Settings → Roles under the plugin', async () => {
    const res = await app.http().get('/admin/permissions').set(as(admin));
    expect(res.status).toBe(200);
    const plugin = res.body.data.sections.plugins.filter((a: { plugin: string }) => a.plugin === 'nianbao');
    expect(plugin.map((a: { action: string; displayName: string }) => `${a.action} ${a.displayName}`).sort()).toEqual([
      'plugin::nianbao.deadlines 截止日期',
      'plugin::nianbao.import 导入',
      'plugin::nianbao.members 机关与人员',
      'plugin::nianbao.review 审核/退回',
      'plugin::nianbao.rollups 汇总统计',
      'plugin::nianbao.schedule 定时发布',
    ]);
  });

  test('who reviews, schedules, imports and sees the deadlines follows the role’s permissions, not its name', async () => {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'nianbao-editor' } });
    const held = async () => (await app.strapi.db.query('admin::permission').findMany({ where: { role: role.id, action: { $startsWith: 'plugin::nianbao.' } } })).map((p: { action: string }) => p.action).sort();
    expect(await held()).toEqual(['plugin::nianbao.deadlines', 'plugin::nianbao.import', 'plugin::nianbao.rollups']);
    // The editor may see the deadlines, but not schedule or approve.
    expect((await app.http().get(`/nianbao/dashboard?year=${YEAR}`).set(as(editor))).status).toBe(200);
    const schedule = await app.http().post(`/nianbao/reports/${id}/schedule`).set(as(editor)).send({ executeAt: `${YEAR + 1}-01-10 09:00` });
    expect([schedule.status, schedule.body.error.message]).toEqual([403, '没有权限进行此操作']);
    // An edit returns the report to 拟稿 whatever the tests above left it in.
    await app.http().put(`/api/annual-reports/${id}?status=draft`).set(as(token)).send({ data: { problems: '存在的问题：培训仍不足。下一步将加强培训。' } });
    expect((await move(editor, 'submit')).body.data.stage).toBe('submitted');
    expect((await move(editor, 'approve')).body.error.message).toBe('只有审核人可以“审核通过”');
    // Granted 审核/退回 in Settings → Roles, the same role reviews; without 截止日期 it no longer sees the dashboard.
    await app.strapi.service('admin::permission').createMany([{ action: 'plugin::nianbao.review', subject: null, properties: {}, conditions: [], role: role.id }]);
    await app.strapi.db.query('admin::permission').deleteMany({ where: { role: role.id, action: 'plugin::nianbao.deadlines' } });
    try {
      const approved = await move(editor, 'approve');
      expect([approved.status, approved.body.data?.stage]).toEqual([200, 'approved']);
      expect((await app.http().get(`/nianbao/dashboard?year=${YEAR}`).set(as(editor))).status).toBe(403);
    } finally {
      await app.strapi.db.query('admin::permission').deleteMany({ where: { role: role.id, action: 'plugin::nianbao.review' } });
      await app.strapi.service('admin::permission').createMany([{ action: 'plugin::nianbao.deadlines', subject: null, properties: {}, conditions: [], role: role.id }]);
    }
  });

  test('an action added in a later version reaches the roles of an existing deployment once; one taken away stays away', async () => {
    const { ensureWorkflowRoles } = require('../../src/plugins/nianbao/server/src/services/workflow/review');
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'nianbao-reviewer' } });
    const holds = async () => (await app.strapi.db.query('admin::permission').count({ where: { role: role.id, action: 'plugin::nianbao.rollups' } })) > 0;
    const store = app.strapi.store({ type: 'plugin', name: 'nianbao', key: 'role-starts' });
    // A deployment from before 汇总统计: its roles hold the older actions, nothing was recorded.
    await app.strapi.db.query('admin::permission').deleteMany({ where: { role: role.id, action: 'plugin::nianbao.rollups' } });
    await store.delete({});
    await ensureWorkflowRoles(app.strapi);
    expect(await holds()).toBe(true);
    expect(await app.strapi.db.query('admin::permission').count({ where: { role: role.id, action: 'plugin::nianbao.review' } })).toBe(1);
    // Taken away in Settings → Roles: the next boot leaves it so.
    await app.strapi.db.query('admin::permission').deleteMany({ where: { role: role.id, action: 'plugin::nianbao.rollups' } });
    await ensureWorkflowRoles(app.strapi);
    expect(await holds()).toBe(false);
    await app.strapi.service('admin::permission').createMany([{ action: 'plugin::nianbao.rollups', subject: null, properties: {}, conditions: [], role: role.id }]);
  });
});
