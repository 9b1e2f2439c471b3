/** REST and GraphQL over the real HTTP stack: create and read each type, validation, no draft leaks. */
import { execFileSync } from 'child_process';
import path from 'path';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { EXAMPLE, reportBody, zeroTables } from '../helpers/fixtures';
import { expectEvery } from '../helpers/assertions';

let app: TestApp;
let token: string;
let agencyId: string;

const auth = () => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  app = await startTestApp();
  token = await app.apiToken('full-access');
  await app.strapi.plugin('nianbao').service('demo').seedExample();
  agencyId = (await app.strapi.db.query('api::agency.agency').findOne({ where: { name: EXAMPLE.agency.name } })).documentId;
});
afterAll(async () => {
  await app?.stop();
});

async function countReportRows(): Promise<number> {
  return app.strapi.db.query('api::annual-report.annual-report').count({});
}

describe('annual reports', () => {
  let publishedId: string;

  test('the demo loader publishes the example report with its tables under FORMAT.md keys', async () => {
    publishedId = (await app.strapi.plugin('nianbao').service('demo').seedExample()).reportDocumentId;
    // Running it again duplicates nothing.
    expect((await app.strapi.plugin('nianbao').service('demo').seedExample()).reportDocumentId).toBe(publishedId);
    expect(await app.strapi.db.query('api::agency.agency').count({ where: { name: EXAMPLE.agency.name } })).toBe(1);

    const pub = await app.http().get('/api/annual-reports?populate=*');
    expect(pub.status).toBe(200);
    const report = pub.body.data.find((r: { documentId: string }) => r.documentId === publishedId);
    expect(report.formatVersion).toBe('v2021');
    expect(report.requests['results.withheld.stateSecret'].naturalPerson).toBe(0);
    expect(Object.keys(report.requests)).toHaveLength(25);
    expect(report.reviewLitigation.suitAfterReview.total).toBe(0);
    expect(report.proactive.adminFees.amountWan).toBe('0');
    expect(report.agency.name).toBe('原州区科学技术局');
    expect(report.overview.infoManagement).toContain('累计主动公开政府信息7条');
  });

  test('GraphQL returns the same report', async () => {
    const res = await app
      .http()
      .post('/graphql')
      .send({
        query: `{ annualReports { documentId title year formatVersion requests reviewLitigation proactive agency { name } } }`,
      });
    expect(res.status).toBe(200);
    const report = res.body.data.annualReports.find((r: { documentId: string }) => r.documentId === publishedId);
    expect(report.title).toBe('原州区科学技术局2023年政府信息公开工作年度报告');
    expect(report.requests.newReceived.total).toBe(0);
    expect(report.agency.name).toBe('原州区科学技术局');
  });

  test('one report per agency and year', async () => {
    const before = await countReportRows();
    const res = await app.http().post('/api/annual-reports?status=draft').set(auth()).send({ data: reportBody(agencyId, 2023) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('原州区科学技术局2023年的年报已存在');
    expect(await countReportRows()).toBe(before);
  });

  test.each([
    ['a negative number', (t: any) => (t.requests.newReceived.naturalPerson = -1), '表三 一、本年新收政府信息公开申请数量 自然人：应为非负整数'],
    ['a fraction', (t: any) => (t.reviewLitigation.review.upheld = 0.5), '表四 行政复议 结果维持：应为非负整数'],
    ['a string', (t: any) => (t.requests.carriedForward.total = '三'), '表三 四、结转下年度继续办理 总计：应为非负整数'],
    ['a missing row', (t: any) => delete t.requests['results.total'], '表三 （七）总计：缺少此行'],
    ['an unknown column', (t: any) => (t.proactive.rules.foo = 1), '表二 第二十条第（一）项 规章：未知的列：foo'],
  ])('refuses %s with a 400 naming table, row and column, and stores nothing', async (_name, spoil, message) => {
    const before = await countReportRows();
    const tables = zeroTables('v2021');
    spoil(tables);
    const res = await app
      .http()
      .post('/api/annual-reports?status=draft')
      .set(auth())
      .send({ data: { agency: agencyId, year: 2022, ...tables } });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain(message);
    expect(res.body.error.details.errors[0].path[0]).toMatch(/proactive|requests|reviewLitigation/);
    expect(await countReportRows()).toBe(before);
  });

  test('refuses the wrong format version shape on update, leaving the stored report unchanged', async () => {
    const res = await app
      .http()
      .put(`/api/annual-reports/${publishedId}`)
      .set(auth())
      .send({ data: { proactive: zeroTables('v2019').proactive } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('表二');
    const pub = await app.http().get(`/api/annual-reports/${publishedId}`);
    // PostgreSQL's jsonb does not keep key order; the keys are what matters.
    expect(Object.keys(pub.body.data.proactive).sort()).toEqual(['adminFees', 'coercion', 'licensing', 'normativeDocs', 'penalty', 'rules']);
  });

  test('GraphQL writes are validated the same way', async () => {
    const before = await countReportRows();
    const tables = zeroTables('v2021');
    tables.requests.newReceived.research = -2;
    const res = await app
      .http()
      .post('/graphql')
      .set(auth())
      .send({
        query: `mutation($data: AnnualReportInput!) { createAnnualReport(data: $data, status: DRAFT) { documentId } }`,
        variables: { data: { agency: agencyId, year: 2021, ...tables } },
      });
    expect(res.body.errors[0].message).toContain('表三 一、本年新收政府信息公开申请数量 科研机构：应为非负整数');
    expect(res.body.errors[0].extensions.error.name).toBe('ValidationError');
    expect(await countReportRows()).toBe(before);
  });
});

describe('the public sees no drafts', () => {
  let draftId: string;

  beforeAll(async () => {
    const res = await app
      .http()
      .post('/api/annual-reports?status=draft')
      .set(auth())
      .send({ data: reportBody(agencyId, 2024, { problems: '草稿内容' }) });
    expect(res.status).toBe(201);
    draftId = res.body.data.documentId;
  });

  test('REST ?status=draft returns published versions only', async () => {
    const list = await app.http().get('/api/annual-reports?status=draft');
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: { documentId: string }) => r.documentId)).not.toContain(draftId);
    expectEvery(list.body.data, (r: { publishedAt: string | null }) => r.publishedAt);
    const one = await app.http().get(`/api/annual-reports/${draftId}?status=draft`);
    expect(one.status).toBe(404);
  });

  test('REST populate through a relation returns no draft', async () => {
    for (const query of ['populate=annualReports', 'populate=*', 'populate[annualReports][populate]=agency', 'populate[0]=annualReports.agency']) {
      const res = await app.http().get(`/api/agencies?${query}&status=draft`);
      expect(res.status).toBe(200);
      const reports = res.body.data[0].annualReports;
      expect([query, reports.length]).toEqual([query, 1]);
      expect(reports.length).toBeGreaterThan(0);
      expect(reports.map((r: { documentId: string }) => r.documentId)).not.toContain(draftId);
    }
    const deep = await app.http().get('/api/catalog-entries?populate[agency][populate]=annualReports&status=draft');
    const deepIds = deep.body.data.flatMap((c: any) => c.agency?.annualReports ?? []).map((r: any) => r.documentId);
    expect(deepIds).not.toContain(draftId);
  });

  test('GraphQL status: DRAFT returns no draft, at the root or through a relation', async () => {
    const root = await app.http().post('/graphql').send({
      query: `{ annualReports(status: DRAFT) { documentId publishedAt } annualReport(documentId: "${draftId}", status: DRAFT) { documentId } }`,
    });
    expect(root.body.data.annualReports.map((r: { documentId: string }) => r.documentId)).not.toContain(draftId);
    expect(root.body.data.annualReport).toBeNull();

    const direct = await app.http().post('/graphql').send({ query: '{ agencies { annualReports { documentId } } }' });
    const directIds = direct.body.data.agencies.flatMap((a: { annualReports: { documentId: string }[] }) => a.annualReports.map((r) => r.documentId));
    expect(directIds.length).toBeGreaterThan(0);
    expect(directIds).not.toContain(draftId);

    // Relations inherit the root query's status, so DRAFT at the root must not reach them either.
    await app.http().post('/api/catalog-entries').set(auth()).send({ data: { ...EXAMPLE.catalogEntries[1], agency: agencyId } });
    const nested = await app.http().post('/graphql').send({
      query: `query($s: PublicationStatus) { catalogEntries(status: $s) { agency { annualReports { documentId } } } }`,
      variables: { s: 'DRAFT' },
    });
    expect(nested.body.errors).toBeUndefined();
    const ids = nested.body.data.catalogEntries.flatMap((c: { agency: { annualReports: { documentId: string }[] } }) =>
      c.agency.annualReports.map((r) => r.documentId),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(draftId);
  });

  test('a full-access API token may read drafts', async () => {
    const res = await app.http().get(`/api/annual-reports/${draftId}?status=draft`).set(auth());
    expect(res.status).toBe(200);
    expect(res.body.data.problems).toBe('草稿内容');
  });

  test('the public writes nothing', async () => {
    const rest = await app.http().post('/api/annual-reports').send({ data: reportBody(agencyId, 2019) });
    expect(rest.status).toBe(403);
    const gql = await app.http().post('/graphql').send({ query: `mutation { deleteAnnualReport(documentId: "${draftId}") { documentId } }` });
    expect(gql.body.errors[0].message).toMatch(/Forbidden/);
  });
});

describe('agencies, catalog entries and open-day events', () => {
  test('an agency with a wrong 统一社会信用代码 check character is refused', async () => {
    const res = await app
      .http()
      .post('/api/agencies')
      .set(auth())
      .send({ data: { name: '测试局', type: 'governmentDepartment', creditCode: '91350100M000100Y44' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('统一社会信用代码：校验位应为“3”');
  });

  test('catalog entries and open-day events are created, published and read by the public', async () => {
    for (const [path, data] of [
      ['catalog-entries', EXAMPLE.catalogEntries[0]],
      ['open-day-events', EXAMPLE.openDayEvents[0]],
    ] as const) {
      const created = await app.http().post(`/api/${path}`).set(auth()).send({ data: { ...data, agency: agencyId } });
      expect(created.status).toBe(201);
      const draft = await app.http().post(`/api/${path}?status=draft`).set(auth()).send({ data: { ...data, agency: agencyId } });
      expect(draft.status).toBe(201);
      const pub = await app.http().get(`/api/${path}?populate=agency&status=draft`);
      const ids = pub.body.data.map((d: { documentId: string }) => d.documentId);
      expect(ids).toContain(created.body.data.documentId);
      expect(ids).not.toContain(draft.body.data.documentId);
      expect(pub.body.data[0].agency.name).toBe('原州区科学技术局');
    }
    const gql = await app.http().post('/graphql').send({ query: '{ openDayEvents(status: DRAFT) { title suggestionsCollected } catalogEntries { indexNumber name } }' });
    expect(gql.body.data.openDayEvents).toContainEqual({ title: EXAMPLE.openDayEvents[0].title, suggestionsCollected: 26 });
    expect(gql.body.data.catalogEntries.map((c: { indexNumber: string }) => c.indexNumber)).toContain(EXAMPLE.catalogEntries[0].indexNumber);
  });
});

test('the compiled plugin loads in plain Node, resolving the core by its package import', () => {
  // Jest maps '#format' to the source; a real server resolves it through package.json "imports",
  // which only holds when no package.json is copied into dist between the plugin and the root.
  const root = path.resolve(__dirname, '../..');
  const out = execFileSync(process.execPath, ['-e', "const p = require('./dist/src/plugins/nianbao/server/src').default; console.log(Object.keys(p.services).join(','))"], { cwd: root, encoding: 'utf8' });
  expect(out.trim()).toBe('scheduling,imports,demo,views,staticExport,rollups,statistics');
});
