/**
 * One instance for a whole government: 「本机关及下属机关」 through Strapi's own RBAC. Two departments
 * (甲局 with its 下属 甲局分局, and 乙局), an editor and a reviewer for 甲局, an editor for 乙局 and a
 * 政务公开办 administrator, going through the admin API exactly as the admin does.
 */
import { startTestApp, type TestApp } from '../helpers/strapi';
import { consistentReport } from '../helpers/consistent-report';
import { CM, UID } from '../helpers/report-api';

let app: TestApp;
let admin: string;
const jwt: Record<'editorA' | 'reviewerA' | 'editorB' | 'office', string> = { editorA: '', reviewerA: '', editorB: '', office: '' };
const agency: Record<'a' | 'a1' | 'b', string> = { a: '', a1: '', b: '' };
const report: Record<'a' | 'a1' | 'b', string> = { a: '', a1: '', b: '' };
const YEAR = new Date().getFullYear();

const as = (token: string) => ({ Authorization: `Bearer ${token}` });

async function user(email: string, roleCode: string): Promise<{ id: number; token: string }> {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const created = await app.strapi.service('admin::user').create({ email, firstname: email.split('@')[0], lastname: '测试', password: 'Scope-Pass-2024', isActive: true, roles: [role.id] });
  const login = await app.http().post('/admin/login').send({ email, password: 'Scope-Pass-2024' });
  return { id: created.id, token: login.body.data.token };
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.adminToken();
  const agencies = app.strapi.documents('api::agency.agency');
  agency.a = (await agencies.create({ data: { name: '甲局', type: 'governmentDepartment' } as never })).documentId;
  agency.a1 = (await agencies.create({ data: { name: '甲局分局', type: 'governmentDepartment', parent: agency.a } as never })).documentId;
  agency.b = (await agencies.create({ data: { name: '乙局', type: 'governmentDepartment' } as never })).documentId;
  const { agencyName, agencyType, publishedAt, publicationUrl, ...body } = consistentReport(YEAR) as never as Record<string, unknown>;
  for (const key of ['a', 'a1', 'b'] as const) {
    report[key] = (await app.strapi.documents(UID).create({ data: { ...body, agency: agency[key] } as never, status: 'draft' } as never)).documentId;
  }
  const editorA = await user('editor-a@example.gov.cn', 'nianbao-editor');
  const reviewerA = await user('reviewer-a@example.gov.cn', 'nianbao-reviewer');
  const editorB = await user('editor-b@example.gov.cn', 'nianbao-editor');
  const office = await user('office@example.gov.cn', 'nianbao-office');
  Object.assign(jwt, { editorA: editorA.token, reviewerA: reviewerA.token, editorB: editorB.token, office: office.token });
  for (const [u, a] of [[editorA, agency.a], [reviewerA, agency.a], [editorB, agency.b]] as const) {
    const res = await app.http().put(`/nianbao/users/${u.id}/agencies`).set(as(admin)).send({ agencies: [a] });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await app?.stop();
});

const listed = async (token: string) => {
  const res = await app.http().get(`${CM}?page=1&pageSize=50`).set(as(token));
  expect(res.status).toBe(200);
  return { ids: res.body.results.map((r: { documentId: string }) => r.documentId).sort(), total: res.body.pagination.total };
};

test('机关与人员: an administrator’s agencies are read and set through the plugin’s route, unknown ones refused', async () => {
  const users = await app.strapi.db.query('admin::user').findMany({ where: { email: 'editor-a@example.gov.cn' } });
  const res = await app.http().get(`/nianbao/users/${users[0].id}/agencies`).set(as(admin));
  expect(res.body.data.agencies).toEqual([{ documentId: agency.a, name: '甲局' }]);
  const bad = await app.http().put(`/nianbao/users/${users[0].id}/agencies`).set(as(admin)).send({ agencies: ['nichtda123'] });
  expect([bad.status, bad.body.error.message]).toEqual([400, '没有这些机关：nichtda123']);
  const shape = await app.http().put(`/nianbao/users/${users[0].id}/agencies`).set(as(admin)).send({ agency: [] });
  expect(shape.status).toBe(400);
  expect((await app.http().get(`/nianbao/users/${users[0].id}/agencies`).set(as(admin))).body.data.agencies).toHaveLength(1);
  // Only whoever holds 机关与人员 (the 政务公开办, the super admin) may change them.
  expect((await app.http().put(`/nianbao/users/${users[0].id}/agencies`).set(as(jwt.editorA)).send({ agencies: [agency.b] })).status).toBe(403);
});

test('the content manager’s list and count hold only the administrator’s agencies and those below; the office sees all', async () => {
  expect(await listed(jwt.editorA)).toEqual({ ids: [report.a, report.a1].sort(), total: 2 });
  expect(await listed(jwt.reviewerA)).toEqual({ ids: [report.a, report.a1].sort(), total: 2 });
  expect(await listed(jwt.editorB)).toEqual({ ids: [report.b], total: 1 });
  expect((await listed(jwt.office)).total).toBe(3);
});

test('someone else’s report is a 403 to open, change, publish or bulk publish', async () => {
  expect((await app.http().get(`${CM}/${report.a}`).set(as(jwt.editorA))).status).toBe(200);
  expect((await app.http().get(`${CM}/${report.b}`).set(as(jwt.editorA))).status).toBe(403);
  const update = await app.http().put(`${CM}/${report.b}`).set(as(jwt.editorA)).send({ problems: '被他人修改' });
  expect(update.status).toBe(403);
  expect((await app.strapi.db.query(UID).findOne({ where: { documentId: report.b, publishedAt: null } })).problems).not.toBe('被他人修改');
  expect((await app.http().post(`${CM}/${report.b}/actions/publish`).set(as(jwt.reviewerA)).send({})).status).toBe(403);
  const bulk = await app.http().post(`${CM}/actions/bulkPublish`).set(as(jwt.reviewerA)).send({ documentIds: [report.b] });
  expect(bulk.status).toBe(403);
  expect(await app.strapi.db.query(UID).count({ where: { documentId: report.b, publishedAt: { $notNull: true } } })).toBe(0);
});

test('the relation picker offers only the administrator’s agencies', async () => {
  const res = await app.http().get(`/content-manager/relations/${UID}/agency?pageSize=50`).set(as(jwt.editorB));
  expect(res.status).toBe(200);
  expect(res.body.results.map((r: { name: string }) => r.name)).toEqual(['乙局']);
});

test('the plugin’s routes: findings, workflow, preview and scheduling of another agency’s report are 403; lists leave it out', async () => {
  for (const path of [`/nianbao/reports/${report.b}/findings`, `/nianbao/reports/${report.b}/workflow`, `/nianbao/preview/${report.b}`, `/nianbao/reports/${report.b}/schedule`]) {
    const res = await app.http().get(path).set(as(jwt.editorA));
    expect([path, res.status, res.body.error?.message]).toEqual([path, 403, '这份年报不属于您所在的机关及下属机关，不能查看或操作']);
  }
  expect((await app.http().post(`/nianbao/reports/${report.b}/workflow`).set(as(jwt.reviewerA)).send({ action: 'submit' })).status).toBe(403);
  expect((await app.http().get(`/nianbao/reports/${report.a1}/workflow`).set(as(jwt.editorA))).status).toBe(200);
  const list = await app.http().get('/nianbao/reports').set(as(jwt.editorB));
  expect(list.body.data.map((r: { documentId: string }) => r.documentId)).toEqual([report.b]);
  const dashboard = await app.http().get(`/nianbao/dashboard?year=${YEAR}`).set(as(jwt.editorA));
  expect(dashboard.body.data.map((r: { agency: string }) => r.agency).sort()).toEqual(['甲局', '甲局分局']);
  const all = await app.http().get(`/nianbao/dashboard?year=${YEAR}`).set(as(jwt.office));
  expect(all.body.data.map((r: { agency: string }) => r.agency)).toEqual(expect.arrayContaining(['甲局', '甲局分局', '乙局']));
});

test('the reviewer of 甲局 reviews its reports and those below it; the office reviews all', async () => {
  for (const action of ['submit', 'approve']) {
    const res = await app.http().post(`/nianbao/reports/${report.a1}/workflow`).set(as(jwt.reviewerA)).send({ action });
    expect([action, res.status]).toEqual([action, 200]);
  }
  await app.http().post(`/nianbao/reports/${report.b}/workflow`).set(as(jwt.editorB)).send({ action: 'submit' });
  const approved = await app.http().post(`/nianbao/reports/${report.b}/workflow`).set(as(jwt.office)).send({ action: 'approve' });
  expect(approved.body.data?.stage).toBe('approved');
});

test('an import into another agency is refused and leaves nothing behind', async () => {
  const text = `乙局${YEAR}年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。`;
  const before = await app.strapi.db.query(UID).count({});
  const res = await app.http().post('/nianbao/import').set(as(jwt.editorA)).send({ name: 'b.txt', text });
  expect(res.status).toBe(400);
  expect(res.body.error.message).toContain('“乙局”不是您所在的机关或其下属机关，不能导入它的年报');
  expect(await app.strapi.db.query(UID).count({})).toBe(before);
});

test('the demo’s two departments under one government, each with an editor who sees only their own', async () => {
  const demo = app.strapi.plugin('nianbao').service('demo');
  const logins = await demo.ensureDemoDepartments();
  expect(await demo.ensureDemoDepartments()).toEqual(logins);
  expect(logins.map((l: { agency: string }) => l.agency)).toEqual(['演示县教育局', '演示县财政局']);
  const education = await app.strapi.db.query('api::agency.agency').findOne({ where: { name: '演示县教育局' }, populate: { parent: { select: ['name'] } } });
  expect(education.parent.name).toBe('演示县人民政府');
  const login = await app.http().post('/admin/login').send({ email: logins[0].email, password: logins[0].password });
  const seen = await listed(login.body.data.token);
  expect(seen.total).toBe(1);
  const own = await app.strapi.db.query(UID).findOne({ where: { documentId: seen.ids[0], publishedAt: null }, populate: { agency: { select: ['name'] } } });
  expect(own.agency.name).toBe('演示县教育局');
});

test('a report cannot be created for, or moved to, another agency', async () => {
  const { agencyName, agencyType, publishedAt, publicationUrl, ...body } = consistentReport(YEAR - 1) as never as Record<string, unknown>;
  const created = await app.http().post(CM).set(as(jwt.editorA)).send({ ...body, agency: { connect: [{ documentId: agency.b }] } });
  expect([created.status, created.body.error?.message]).toEqual([403, "只能为您所在的机关及下属机关录入和修改，所选机关不在其中"]);
  expect(await app.strapi.db.query(UID).count({ where: { year: YEAR - 1 } })).toBe(0);
  const other = (await app.strapi.documents('api::agency.agency').create({ data: { name: '丙局', type: 'governmentDepartment' } as never })).documentId;
  const moved = await app.http().put(`${CM}/${report.a}`).set(as(jwt.editorA)).send({ agency: { connect: [{ documentId: other }] } });
  expect(moved.status).toBe(403);
  const row = await app.strapi.db.query(UID).findOne({ where: { documentId: report.a, publishedAt: null }, populate: { agency: { select: ['name'] } } });
  expect(row.agency.name).toBe('甲局');
  // Into its own agency, the same request goes through.
  const own = await app.http().post(CM).set(as(jwt.editorA)).send({ ...body, agency: { connect: [{ documentId: agency.a1 }] } });
  expect(own.status).toBe(201);
});

test('every admin route on one report carries the scope policy, so a route added later cannot forget it', () => {
  // Generated from the routes table: no list of paths to keep up to date.
  const routes = require('../../src/plugins/nianbao/server/src/routes').default.admin.routes as { path: string; config?: { policies?: unknown[] } }[];
  const onReport = routes.filter((r) => r.path.includes(':documentId'));
  expect(onReport.length).toBeGreaterThan(5);
  expect(onReport.filter((r) => !(r.config?.policies ?? []).includes('plugin::nianbao.report-in-scope')).map((r) => r.path)).toEqual([]);
  // The others name no report, or check theirs in the controller (a job's report, a roll-up's agency) or need 机关与人员.
  expect(routes.filter((r) => !r.path.includes(':documentId')).map((r) => r.path).sort()).toEqual(['/check', '/check-config', '/dashboard', '/import', '/reports', '/rollups/:agency/:year', '/schedule/:id', '/users/:id/agencies', '/users/:id/agencies']);
});
