/** The publish gate: every path is refused for a report with an error, and the public version stays. */
import { localDate } from '../../src/format';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { failingBody, passingBody } from '../helpers/consistent-report';
import { CM, UID, createAgency, publicVersion } from '../helpers/report-api';
import { approve } from '../helpers/workflow';

let app: TestApp;
let token: string;
let admin: string;
let agency: string;
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

const YEAR = new Date().getFullYear();
const good = (extra: Record<string, unknown> = {}) => passingBody(agency, extra);
const withR01 = (extra: Record<string, unknown> = {}) => failingBody(agency, extra);

beforeAll(async () => {
  app = await startTestApp();
  token = await app.apiToken('full-access');
  admin = await app.adminToken();
  agency = await createAgency(app, token, { name: '某某市某某局', type: 'governmentDepartment' });
});
afterAll(async () => {
  await app?.stop();
});

describe('a draft with an error', () => {
  let id: string;

  test('saves, with its findings stored on the document and the exact cell named', async () => {
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: withR01() });
    expect(res.status).toBe(201);
    id = res.body.data.documentId;

    const row = await app.strapi.db.query(UID).findOne({ where: { documentId: id, publishedAt: null } });
    expect(row.checkStatus).toBe('errors');
    expect(row.checkSummary).toBe('有错误（2），警告（1）');
    const r01 = row.checkFindings.find((f: { rule: string; cells: string[] }) => f.rule === 'R01' && f.cells[0].endsWith('naturalPerson'));
    expect(r01.message).toBe('表三 自然人列：一+二=12，三（七）+四=11，相差1');
    expect(r01.cells[0]).toBe('t3.newReceived.naturalPerson');

    const list = await app.http().get(`${CM}?filters[$and][0][checkStatus][$eq]=errors`).set(bearer(admin));
    expect(list.body.results.map((r: { documentId: string }) => r.documentId)).toContain(id);
  });

  test('the admin findings endpoint says why it cannot be published', async () => {
    const res = await app.http().get(`/nianbao/reports/${id}/findings?status=draft`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.data.publishable).toBe(false);
    expect(res.body.data.verdict).toBe('有2处错误，改正后才能发布');
    expect(res.body.data.findings.map((f: { rule: string }) => f.rule)).toEqual(expect.arrayContaining(['R01', 'R25']));
    expect((await app.http().get(`/nianbao/reports/${id}/findings`)).status).toBe(401);
    expect((await app.http().get(`/api/nianbao/reports/${id}/findings`)).status).toBe(404);
  });

  test('a REST create that publishes is refused and stores nothing', async () => {
    const before = await app.strapi.db.query(UID).count({});
    const other = await createAgency(app, token, { name: '另一局', type: 'governmentDepartment' });
    const res = await app.http().post('/api/annual-reports').set(bearer(token)).send({ data: withR01({ agency: other }) });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(/^另一局\d{4}年政府信息公开工作年度报告有2处错误，不能发布/);
    expect(res.body.error.details.errors[0].path).toEqual(['requests', 'newReceived', 'naturalPerson']);
    expect(await app.strapi.db.query(UID).count({})).toBe(before);
  });
});

describe('every publish path is refused while the published version stays', () => {
  let id: string;

  beforeAll(async () => {
    const agency2 = await createAgency(app, token, { name: '第三局', type: 'governmentDepartment' });
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: good({ agency: agency2, problems: '版本一：存在问题，下一步改进。' }) });
    expect(res.status).toBe(201);
    id = res.body.data.documentId;
    await approve(app, id);
    await app.strapi.documents(UID).publish({ documentId: id });
    const draft = await app.http().put(`/api/annual-reports/${id}?status=draft`).set(bearer(token)).send({ data: withR01({ agency: agency2, problems: '版本二：存在问题，下一步改进。' }) });
    expect(draft.status).toBe(200);
  });

  const unchanged = async () => {
    const pub = await publicVersion(app, id);
    expect(pub.problems).toBe('版本一：存在问题，下一步改进。');
    expect(pub.requests.newReceived.naturalPerson).toBe(10);
  };

  test('REST update (publishes by default)', async () => {
    const res = await app.http().put(`/api/annual-reports/${id}`).set(bearer(token)).send({ data: { problems: '版本三：问题与改进。' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('有2处错误，不能发布');
    await unchanged();
    const draft = await app.strapi.db.query(UID).findOne({ where: { documentId: id, publishedAt: null } });
    expect(draft.problems).toBe('版本二：存在问题，下一步改进。');
  });

  test('GraphQL update (publishes by default)', async () => {
    const res = await app.http().post('/graphql').set(bearer(token)).send({
      query: `mutation { updateAnnualReport(documentId: "${id}", data: { problems: "GraphQL 版本" }) { documentId } }`,
    });
    expect(res.body.errors[0].extensions.error.name).toBe('ValidationError');
    expect(res.body.errors[0].message).toContain('不能发布');
    await unchanged();
  });

  test('documents().publish() from code', async () => {
    await expect(app.strapi.documents(UID).publish({ documentId: id })).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringContaining('有2处错误，不能发布'),
    });
    await unchanged();
  });

  test('the admin Publish button (save + publish)', async () => {
    const draft = await app.http().get(`${CM}/${id}`).set(bearer(admin));
    const { id: _id, documentId, status, createdAt, updatedAt, publishedAt, createdBy, updatedBy, localizations, ...form } = draft.body.data;
    const res = await app.http().post(`${CM}/${id}/actions/publish`).set(bearer(admin)).send({ ...form, problems: '管理后台版本' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('请先点“保存”');
    await unchanged();
  });

  test('the admin bulk publish', async () => {
    const res = await app.http().post(`${CM}/actions/bulkPublish`).set(bearer(admin)).send({ documentIds: [id] });
    expect(res.status).toBe(400);
    await unchanged();
  });

  test('once corrected, reviewed and explained, it publishes as a second version', async () => {
    // Its first publication (today, in beforeAll) is its 首次发布日期; moved back here to tell it apart from today.
    const rows = () => app.strapi.db.query('api::annual-report.annual-report').findMany({ where: { documentId: id } });
    expect((await rows()).map((r: { issuedOn: string | null }) => r.issuedOn)).toEqual(expect.arrayContaining([localDate(new Date(), 'Asia/Shanghai')]));
    await app.strapi.db.query('api::annual-report.annual-report').updateMany({ where: { documentId: id }, data: { issuedOn: '2024-01-20' } });
    const correction = { requests: (good() as any).requests, correctionNote: '更正表三第一行的数字' };
    expect((await app.http().put(`/api/annual-reports/${id}?status=draft`).set(bearer(token)).send({ data: correction })).status).toBe(200);
    const unreviewed = await app.http().put(`/api/annual-reports/${id}`).set(bearer(token)).send({ data: {} });
    expect(unreviewed.body.error.message).toBe(`第三局${YEAR}年政府信息公开工作年度报告尚未审核通过（当前：拟稿），不能发布：请先提交审核，由审核人审核通过后再发布`);
    await approve(app, id);
    const fixed = await app.http().put(`/api/annual-reports/${id}`).set(bearer(token)).send({ data: {} });
    expect(fixed.status).toBe(200);
    const pub = await publicVersion(app, id);
    expect(pub.problems).toBe('版本二：存在问题，下一步改进。');
    expect(pub.checkStatus).toBe('passed');
    const versions = await app.http().get(`/api/nianbao/reports/${id}/versions`);
    expect(versions.body.data.map((v: { version: number; correctionNote: string | null }) => [v.version, v.correctionNote])).toEqual([
      [1, null],
      [2, '更正表三第一行的数字'],
    ]);
    // A correction keeps the day the report first went public.
    expect(pub.issuedOn).toBe('2024-01-20');
    expect((await rows()).map((r: { issuedOn: string | null }) => r.issuedOn)).toEqual(['2024-01-20', '2024-01-20']);
  });
});

describe('warnings need a reason', () => {
  let id: string;

  beforeAll(async () => {
    const agency4 = await createAgency(app, token, { name: '第四局', type: 'governmentDepartment' });
    const body = good({ agency: agency4 }) as any;
    body.overview.proactiveDisclosure = body.overview.proactiveDisclosure.replace('工作动态100条', '工作动态90条');
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: body });
    id = res.body.data.documentId;
  });

  test('an unacknowledged warning blocks publishing', async () => {
    await expect(app.strapi.documents(UID).publish({ documentId: id })).rejects.toMatchObject({
      message: expect.stringContaining('有1条警告尚未说明理由，不能发布'),
    });
    expect(await publicVersion(app, id)).toBeNull();
  });

  test('a reason is required, and who gave it, when and why is stored and shown', async () => {
    const findings = await app.http().get(`/nianbao/reports/${id}/findings`).set(bearer(admin));
    const r33 = findings.body.data.findings.find((f: { rule: string }) => f.rule === 'R33');
    expect(r33.needsAcknowledgement).toBe(true);

    const empty = await app.http().post(`/nianbao/reports/${id}/acknowledgements`).set(bearer(admin)).send({ fingerprint: r33.fingerprint, reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('请填写说明理由');

    const ok = await app.http().post(`/nianbao/reports/${id}/acknowledgements`).set(bearer(admin)).send({ fingerprint: r33.fingerprint, reason: '原文统计口径不同，已核实' });
    expect(ok.status).toBe(200);
    const ack = ok.body.data.findings.find((f: { rule: string }) => f.rule === 'R33').acknowledgement;
    expect(ack).toMatchObject({ rule: 'R33', reason: '原文统计口径不同，已核实', by: expect.stringContaining('admin@example.gov.cn') });
    expect(Date.parse(ack.at)).not.toBeNaN();
    expect(ok.body.data.publishable).toBe(true);
  });

  test('with the reason (and a review) it publishes, and the published findings are public', async () => {
    await approve(app, id);
    await app.strapi.documents(UID).publish({ documentId: id });
    expect((await publicVersion(app, id)).title).toBe(`第四局${YEAR}年政府信息公开工作年度报告`);
    const res = await app.http().get(`/api/nianbao/reports/${id}/findings`);
    expect(res.status).toBe(200);
    const ack = res.body.data.findings.find((f: { rule: string }) => f.rule === 'R33').acknowledgement;
    expect(ack.reason).toBe('原文统计口径不同，已核实');
    expect(ack.by).toBeUndefined();
    const rest = await app.http().get(`/api/annual-reports/${id}`);
    expect(rest.body.data.acknowledgements).toBeUndefined();
    expect(rest.body.data.workflowHistory).toBeUndefined();
    expect(JSON.stringify(rest.body)).not.toContain('admin@example.gov.cn');
  });
});

describe('dry run', () => {
  test('checks a posted body and saves nothing', async () => {
    const before = await app.strapi.db.query(UID).count({});
    const admins = await app.http().post('/nianbao/check').set(bearer(admin)).send({ data: withR01() });
    expect(admins.status).toBe(200);
    expect(admins.body.data.status).toBe('errors');
    expect(admins.body.data.findings.some((f: { rule: string }) => f.rule === 'R01')).toBe(true);

    const integrator = await app.http().post('/api/nianbao/check').set(bearer(token)).send({ data: good() });
    expect(integrator.status).toBe(200);
    expect(integrator.body.data).toMatchObject({ status: 'passed', publishable: true });

    const malformed = await app.http().post('/api/nianbao/check').set(bearer(token)).send({ data: { ...good(), requests: { newReceived: {} } } });
    expect(malformed.body.data.findings[0].rule).toBe('R16');

    expect((await app.http().post('/api/nianbao/check').send({ data: good() })).status).toBe(403);
    expect(await app.strapi.db.query(UID).count({})).toBe(before);
  });
});

test('the admin\'s live checks get the deployment\'s rule configuration; the public does not', async () => {
  const res = await app.http().get('/nianbao/check-config').set({ Authorization: `Bearer ${admin}` });
  expect(res.status).toBe(200);
  expect(res.body.data).toEqual(app.strapi.config.get('checks'));
  expect(res.body.data.deadlines).toMatchObject({ government: '03-31', department: '01-31' });
  expect((await app.http().get('/nianbao/check-config')).status).toBe(401);
});
