/**
 * The two promises, tested from the model rather than from known holes:
 * - the public never sees a draft: drafts (and unpublished edits of published documents) carry a
 *   canary string; generated REST and GraphQL queries over every type, publication selector,
 *   filter path, populate path and relation selection never return it, never answer 500, and a
 *   filter on draft text answers exactly as a filter on text that exists nowhere;
 * - nothing failing or unreviewed is published: every write path is tried with an approved report
 *   that has an error and with an unreviewed one that has none.
 */
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { consistentReport, failingBody, passingBody } from '../helpers/consistent-report';
import { CM, UID, createAgency } from '../helpers/report-api';
import { approve } from '../helpers/workflow';
import { PUBLIC_TYPES, PUBLIC_UIDS, PUBLICATION_SELECTORS, filterQuery, populateQueries, relationPaths, selection, textPaths } from '../helpers/public-queries';
import { expectEvery } from '../helpers/assertions';

const CANARY = `QZXCANARY${Date.now().toString(36)}`;
const CONTROL = 'QZXNOWHERE';
const YEAR = new Date().getFullYear();

let app: TestApp;
let token: string;
let admin: string;
let agency: string;
let otherAgency: string;
let published: string;
let draftOnly: string;
const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

const report = (extra: Record<string, unknown> = {}) => passingBody(agency, extra);
const withError = (extra: Record<string, unknown> = {}) => failingBody(agency, extra);

/** The public answer: never a 500, never the canary. */
async function publicGet(path: string) {
  const res = await app.http().get(path);
  expect([path, res.status]).not.toEqual([path, 500]);
  expect([path, res.text.includes(CANARY)]).toEqual([path, false]);
  return res;
}

async function publicGraphql(query: string) {
  const res = await app.http().post('/graphql').send({ query });
  expect([query, res.status]).not.toEqual([query, 500]);
  expect([query, res.text.includes(CANARY)]).toEqual([query, false]);
  expect([query, JSON.stringify(res.body.errors ?? []).includes('INTERNAL_SERVER_ERROR')]).toEqual([query, false]);
  return res;
}

beforeAll(async () => {
  app = await startTestApp();
  token = await app.apiToken('full-access');
  admin = await app.adminToken();
  agency = await createAgency(app, token, { name: '安全测试局', type: 'governmentDepartment' });
  otherAgency = await createAgency(app, token, { name: '安全测试二局', type: 'governmentDepartment' });

  // A published report, then an unpublished edit of it carrying the canary everywhere text goes.
  const first = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: report() });
  published = first.body.data.documentId;
  await approve(app, published);
  await app.strapi.documents(UID).publish({ documentId: published });
  const canaryText = { preamble: `草稿 ${CANARY}`, problems: `草稿 ${CANARY}`, correctionNote: CANARY, withdrawalNote: CANARY };
  expect((await app.http().put(`/api/annual-reports/${published}?status=draft`).set(bearer(token)).send({ data: canaryText })).status).toBe(200);

  // A draft-only report with an error, the canary in its text.
  const draft = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: withError({ agency: otherAgency, ...canaryText, overview: { intro: CANARY } }) });
  expect(draft.status).toBe(201);
  draftOnly = draft.body.data.documentId;

  // Catalog entries and open-day events: a draft-only one and an unpublished edit of a published one.
  for (const [path, data] of [
    ['catalog-entries', { indexNumber: 'AQ-001', name: '公开目录', agency }],
    ['open-day-events', { title: '开放日', agency }],
  ] as const) {
    const pub = await app.http().post(`/api/${path}`).set(bearer(token)).send({ data });
    expect(pub.status).toBe(201);
    const key = 'name' in data ? 'name' : 'title';
    await app.http().put(`/api/${path}/${pub.body.data.documentId}?status=draft`).set(bearer(token)).send({ data: { [key]: CANARY } });
    expect((await app.http().post(`/api/${path}?status=draft`).set(bearer(token)).send({ data: { ...data, [key]: CANARY, ...('indexNumber' in data ? { indexNumber: 'AQ-002' } : {}) } })).status).toBe(201);
  }
});
afterAll(async () => {
  await app?.stop();
});

describe('the public never sees a draft (generated queries)', () => {
  test('every type × publication selector × populate path', async () => {
    let tried = 0;
    for (const uid of PUBLIC_UIDS) {
      const base = `/api/${PUBLIC_TYPES[uid].rest}`;
      const paths = relationPaths(app.strapi, uid);
      const deepest = paths.filter((p) => p.length === Math.max(...paths.map((x) => x.length)));
      // Every selector with the widest populates; every populate path with the selectors that ask for drafts.
      const queries = [
        ...PUBLICATION_SELECTORS.flatMap((selector) => ['populate=*', ...deepest.flatMap(populateQueries).slice(0, 3)].map((p) => [selector, p])),
        ...['status=draft', 'publicationFilter=never-published-document'].flatMap((selector) => paths.flatMap(populateQueries).map((p) => [selector, p])),
      ];
      for (const query of queries) {
        await publicGet(`${base}?${query.filter(Boolean).join('&')}`);
        tried++;
      }
      const one = await publicGet(`${base}/${draftOnly}?status=draft&populate=*`);
      expect(one.status).toBe(404);
    }
    expect(tried).toBeGreaterThan(100);
  });

  test('a filter along any attribute path answers the same for draft text as for text that exists nowhere', async () => {
    let compared = 0;
    for (const uid of PUBLIC_UIDS) {
      for (const path of textPaths(app.strapi, uid)) {
        const ask = (value: string) => publicGet(`/api/${PUBLIC_TYPES[uid].rest}?status=draft&${filterQuery(path, '$contains', value)}`);
        const [canary, control] = [await ask(CANARY), await ask(CONTROL)];
        expect([path.join('.'), canary.status, canary.body.meta?.pagination?.total]).toEqual([path.join('.'), control.status, control.body.meta?.pagination?.total]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  test('what the public may filter through relations and populate is an allow-list, refused in Chinese', async () => {
    const oracle = await publicGet(`/api/agencies?filters[annualReports][checkStatus][$eq]=errors`);
    expect(oracle.status).toBe(400);
    expect(oracle.body.error.message).toContain('不能通过关联“annualReports”筛选');
    const unlisted = await publicGet(`/api/annual-reports?filters[preamble][$contains]=x`);
    expect(unlisted.status).toBe(400);
    expect(unlisted.body.error.message).toContain('不支持按“preamble”筛选');
  });

  test('GraphQL: every root × status × nested relations and connections', async () => {
    let tried = 0;
    for (const uid of PUBLIC_UIDS) {
      const { list, one } = PUBLIC_TYPES[uid];
      const fields = selection(app.strapi, uid, 3);
      for (const status of ['', '(status: DRAFT)', '(status: PUBLISHED)', '(hasPublishedVersion: false)']) {
        await publicGraphql(`{ ${list}${status} { ${fields} } }`);
        await publicGraphql(`{ ${list}_connection${status} { nodes { ${fields} } } }`);
        const args = status ? status.slice(1, -1) + ', ' : '';
        for (const id of [draftOnly, published]) await publicGraphql(`{ ${one}(${args}documentId: "${id}") { ${fields} } }`);
        tried += 4;
      }
      // Filters on nested relations are allow-listed too.
      const nested = await publicGraphql(`{ ${list} { ${selection(app.strapi, uid, 1, `filters: { documentId: { eq: "${draftOnly}" } }`)} } }`);
      expect(nested.body.errors).toBeUndefined();
    }
    expect(tried).toBeGreaterThan(40);
    const oracle = await publicGraphql(`{ agencies(filters: { annualReports: { preamble: { contains: "${CONTROL}" } } }) { name } }`);
    expect(oracle.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('random combinations of selector, filter, sort and populate (fast-check)', async () => {
    const uid = fc.constantFrom(...PUBLIC_UIDS);
    await fc.assert(
      fc.asyncProperty(uid, fc.constantFrom(...PUBLICATION_SELECTORS), fc.nat(), fc.nat(), fc.constantFrom('', 'sort=year:desc', 'sort=agency.name', 'sort=name', 'sort[0]=title:asc'), async (u, selector, f, p, sort) => {
        const paths = textPaths(app.strapi, u, 2);
        const pops = relationPaths(app.strapi, u, 2).flatMap(populateQueries);
        const query = [selector, filterQuery(paths[f % paths.length], '$containsi', CANARY.slice(0, 6)), pops.length ? pops[p % pops.length] : '', sort].filter(Boolean).join('&');
        await publicGet(`/api/${PUBLIC_TYPES[u].rest}?${query}`);
      }),
      { numRuns: 150 },
    );
  });

  test('every plugin route and format, for a draft-only, a published and an unknown report', async () => {
    const formats = ['html', 'txt', 'md', 'csv', 'json', 'docx', 'xlsx'];
    for (const id of [draftOnly, published, 'nosuchdocument0000000000']) {
      for (const ext of formats) await publicGet(`/api/nianbao/reports/${id}.${ext}`);
      await publicGet(`/api/nianbao/reports/${id}/findings`);
      await publicGet(`/api/nianbao/reports/${id}/versions`);
      await publicGet(`/api/nianbao/reports/${id}/versions/1.html`);
      await publicGet(`/api/nianbao/reports/${id}/versions/1.json`);
    }
    for (const name of ['安全测试局', '安全测试二局']) for (const ext of formats) await publicGet(`/api/nianbao/agencies/${encodeURIComponent(name)}/years/${YEAR}.${ext}`);
    const view = await publicGraphql(`{ annualReportView(documentId: "${draftOnly}") { title html } }`);
    expect(view.body.data.annualReportView).toBeNull();
  });
});

describe('what a portal does with the REST and GraphQL APIs keeps working', () => {
  test('filter by year and agency name, populate the agency, sort, paginate, findOne with populate=*', async () => {
    const list = await publicGet(
      `/api/annual-reports?filters[year][$eq]=${YEAR}&filters[agency][name][$eq]=${encodeURIComponent('安全测试局')}&populate[agency][fields][0]=name&sort[0]=year:desc&sort[1]=title:asc&pagination[page]=1&pagination[pageSize]=5`,
    );
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: { documentId: string; agency: { name: string } }) => [r.documentId, r.agency.name])).toEqual([[published, '安全测试局']]);
    expect(list.body.meta.pagination).toMatchObject({ page: 1, pageSize: 5, total: 1 });
    const one = await publicGet(`/api/annual-reports/${published}?populate=*`);
    expect(one.status).toBe(200);
    expect(one.body.data.agency.name).toBe('安全测试局');
    expect(one.body.data.overview.intro).toContain('认真贯彻');
    const byCode = await publicGet(`/api/agencies?filters[name][$containsi]=${encodeURIComponent('安全测试')}&sort=name:asc&populate=annualReports`);
    expect(byCode.body.data.map((a: { name: string }) => a.name)).toEqual(['安全测试二局', '安全测试局']);
    expect(byCode.body.data[1].annualReports.map((r: { documentId: string }) => r.documentId)).toEqual([published]);
    const sorted = await publicGet('/api/annual-reports?sort=agency.name:asc&fields[0]=title&pagination[limit]=2');
    expect(sorted.status).toBe(200);
  });

  test('GraphQL lists with filters, sort and pagination, and the typed view', async () => {
    const res = await publicGraphql(
      `{ annualReports(filters: { year: { eq: ${YEAR} }, agency: { name: { eq: "安全测试局" } } }, sort: "year:desc", pagination: { limit: 5 }) { documentId title agency { name } } annualReportView(documentId: "${published}") { title tables { key rows { key cells { column number } } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.annualReports).toEqual([{ documentId: published, title: `安全测试局${YEAR}年政府信息公开工作年度报告`, agency: { name: '安全测试局' } }]);
    expect(res.body.data.annualReportView.tables.map((t: { key: string }) => t.key)).toEqual(['proactive', 'requests', 'reviewLitigation']);
  });
});

describe('no input reaches a 500', () => {
  test.each([
    ['/api/nianbao/reports/abc.constructor', 404],
    ['/api/nianbao/reports/abc.__proto__', 404],
    ['/api/nianbao/agencies/%25/years/2023.html', 404],
    ['/api/nianbao/reports/abc/versions/x.html', 404],
    [`/api/annual-reports?filters[year][$eq]=${'9'.repeat(309)}`, 400],
    ['/api/annual-reports?filters[year][$in][0]=1e400', 400],
  ])('GET %s answers %i', async (path, status) => {
    expect((await publicGet(path)).status).toBe(status);
  });

  test.each([
    [{ data: { year: 2026, preamble: 7 } }, '引言：应为文本'],
    [{ data: { year: 2026, problems: { a: 1 } } }, '五、存在的主要问题及改进情况：应为文本'],
    [{ data: { year: 1800 } }, '年度：应为2008—2100之间的整数年份'],
  ])('the dry run refuses %j in Chinese', async (body, message) => {
    const res = await app.http().post('/api/nianbao/check').set(bearer(token)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  test('an import of a file that is not a Word document is a 400 (API and admin)', async () => {
    const body = { name: 'x.docx', base64: 'aGVsbG8=', dryRun: true };
    for (const [path, auth] of [['/api/nianbao/import', bearer(token)], ['/nianbao/import', bearer(admin)]] as const) {
      const res = await app.http().post(path).set(auth).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('不是 Word（.docx）文档');
    }
  });

  test("Strapi's own messages arrive in Chinese", async () => {
    const res = await app.http().get('/api/annual-reports?filters[fooBar][$eq]=1').set(bearer(token));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('无效的参数或字段：fooBar');
  });
});

describe('bad drafts are refused and nothing is stored', () => {
  const count = () => app.strapi.db.query(UID).count({});
  test.each([
    ['year 1800', { year: 1800 }, '年度：应在2008—2100年之间'],
    ['year -1', { year: -1 }, '年度：应在2008—2100年之间'],
    ['year null', { year: null }, '年度：必填'],
    ['a cell of 1e308', { requests: { ...(report() as any).requests, newReceived: { ...(report() as any).requests.newReceived, other: 1e308 } } }, '数值过大'],
    ['a cell beyond 2^53', { requests: { ...(report() as any).requests, carriedOver: { ...(report() as any).requests.carriedOver, other: 9007199254740993 } } }, '数值过大'],
    ['a negative fee', { otherMatters: { feeCollectedAmountYuan: -5 } }, '实际收取的总金额（元）：应为非负金额'],
    ['a period that ends before it starts', { periodStart: `${YEAR - 2}-12-31`, periodEnd: `${YEAR - 2}-01-01` }, '结束日期'],
  ])('%s', async (_name, change, message) => {
    const before = await count();
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: { ...report({ year: YEAR - 2 }), ...change } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
    expect(await count()).toBe(before);
  });

  test('a missing year is refused', async () => {
    const { year, ...body } = report() as Record<string, unknown>;
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: body });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('年度：必填');
  });

  test('an agency cannot be its own parent, nor its own ancestor', async () => {
    const child = await createAgency(app, token, { name: '下级测试局', type: 'governmentDepartment', parent: agency });
    const self = await app.http().put(`/api/agencies/${agency}`).set(bearer(token)).send({ data: { parent: agency } });
    expect(self.status).toBe(400);
    expect(self.body.error.message).toContain('上级机关不能形成循环');
    const loop = await app.http().put(`/api/agencies/${agency}`).set(bearer(token)).send({ data: { parent: child } });
    expect(loop.status).toBe(400);
    expect(loop.body.error.message).toContain('安全测试局 → 下级测试局 → 安全测试局');
  });
});

describe('every write path goes through the gate', () => {
  let failing: string;
  let unreviewed: string;
  let reviewer: string; // the agency of the failing report

  beforeAll(async () => {
    reviewer = await createAgency(app, token, { name: '闸门测试局', type: 'governmentDepartment' });
    const bad = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: withError({ agency: reviewer, year: YEAR }) });
    failing = bad.body.data.documentId;
    await approve(app, failing); // approved, yet with an R01 error: only the gate may stop it
    const fresh = await createAgency(app, token, { name: '未审测试局', type: 'governmentDepartment' });
    const good = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: report({ agency: fresh }) });
    unreviewed = good.body.data.documentId;
  });

  const notPublic = async (documentId: string) => {
    const res = await app.http().get(`/api/annual-reports/${documentId}`);
    expect(res.status).toBe(404);
    expect(await app.strapi.db.query(UID).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(0);
  };

  const paths: [string, (id: string) => Promise<{ status: number; message: string }>][] = [
    ['documents().publish()', async (id) => app.strapi.documents(UID).publish({ documentId: id }).then(() => ({ status: 200, message: '' }), (e) => ({ status: 400, message: e.message }))],
    ['REST update', async (id) => { const r = await app.http().put(`/api/annual-reports/${id}`).set(bearer(token)).send({ data: {} }); return { status: r.status, message: r.body.error?.message ?? '' }; }],
    ['GraphQL update', async (id) => { const r = await app.http().post('/graphql').set(bearer(token)).send({ query: `mutation { updateAnnualReport(documentId: "${id}", data: {}) { documentId } }` }); return { status: r.body.errors ? 400 : 200, message: r.body.errors?.[0]?.message ?? '' }; }],
    ['admin Publish', async (id) => {
      const draft = await app.http().get(`${CM}/${id}`).set(bearer(admin));
      const { id: _i, documentId, status, createdAt, updatedAt, publishedAt, createdBy, updatedBy, localizations, ...form } = draft.body.data;
      const r = await app.http().post(`${CM}/${id}/actions/publish`).set(bearer(admin)).send(form);
      return { status: r.status, message: r.body.error?.message ?? '' };
    }],
    ['admin bulk publish', async (id) => { const r = await app.http().post(`${CM}/actions/bulkPublish`).set(bearer(admin)).send({ documentIds: [id] }); return { status: r.status, message: r.body.error?.message ?? '' }; }],
    ['the scheduler', async (id) => {
      const job = await app.strapi.db.query('plugin::nianbao.publish-job').create({ data: { targetDocumentId: id, action: 'publish', executeAt: new Date(Date.now() - 1000), state: 'pending', attempts: 0 } });
      await app.strapi.plugin('nianbao').service('scheduling').tick();
      const after = await app.strapi.db.query('plugin::nianbao.publish-job').findOne({ where: { id: job.id } });
      return { status: after.state === 'done' ? 200 : 400, message: String(after.lastError ?? '') };
    }],
  ];

  test.each(paths)('%s refuses an approved report with an error, naming the rule', async (_name, attempt) => {
    const { status, message } = await attempt(failing);
    expect(status).toBe(400);
    expect(message).toContain('有2处错误，不能发布');
    expect(message).toContain('[R01]');
    await notPublic(failing);
    const findings = (await app.strapi.db.query(UID).findOne({ where: { documentId: failing, publishedAt: null } })).checkFindings;
    expect(findings.some((f: { rule: string }) => f.rule === 'R01')).toBe(true);
  });

  test.each(paths)('%s refuses an unreviewed report without errors', async (_name, attempt) => {
    const { status, message } = await attempt(unreviewed);
    expect(status).toBe(400);
    expect(message).toContain('尚未审核通过');
    await notPublic(unreviewed);
  });

  test('the admin Duplicate starts a new 拟稿 with no history, validated like a create', async () => {
    const same = await app.http().post(`${CM}/clone/${failing}`).set(bearer(admin)).send({});
    expect(same.status).toBe(400);
    expect(same.body.error.message).toContain('年报重复');
    const auto = await app.http().post(`${CM}/auto-clone/${failing}`).set(bearer(admin)).send({});
    expect(auto.status).toBeGreaterThanOrEqual(400);
    expect(auto.status).toBeLessThan(500);
    const invalid = await app.http().post(`${CM}/clone/${failing}`).set(bearer(admin)).send({ year: YEAR - 5, requests: { newReceived: { naturalPerson: 'abc' } } });
    expect(invalid.status).toBe(400);

    const copy = await app.http().post(`${CM}/clone/${failing}`).set(bearer(admin)).send({ year: YEAR - 5 });
    expect(copy.status).toBe(200);
    const row = await app.strapi.db.query(UID).findOne({ where: { documentId: copy.body.data.documentId, publishedAt: null } });
    expect(row).toMatchObject({ reviewStage: 'draft', year: YEAR - 5, title: `闸门测试局${YEAR - 5}年政府信息公开工作年度报告` });
    expect(row.workflowHistory ?? []).toEqual([]);
    const bulk = await app.http().post(`${CM}/actions/bulkPublish`).set(bearer(admin)).send({ documentIds: [copy.body.data.documentId] });
    expect(bulk.status).toBe(400);
    // The original still saves.
    expect((await app.http().put(`/api/annual-reports/${failing}?status=draft`).set(bearer(token)).send({ data: { problems: '仍可保存。' } })).status).toBe(200);
  });

  test('the admin Discard returns the draft to the published content, re-checked and audited', async () => {
    const before = (await app.http().get(`/api/annual-reports/${published}`)).body.data.preamble;
    const discard = await app.http().post(`${CM}/${published}/actions/discard`).set(bearer(admin)).send({});
    expect(discard.status).toBe(200);
    const draft = await app.strapi.db.query(UID).findOne({ where: { documentId: published, publishedAt: null } });
    expect(draft.preamble).toBe(before);
    expect(draft.checkStatus).toBe('passed');
    const audit = await app.strapi.db.query('plugin::nianbao.audit-entry').findOne({ where: { reportDocumentId: published }, orderBy: { id: 'desc' } });
    expect(audit.action).toBe('discard');
    // Put the canary edit back for the other suites' sake.
    await app.http().put(`/api/annual-reports/${published}?status=draft`).set(bearer(token)).send({ data: { preamble: `草稿 ${CANARY}` } });
  });

  test('an agency write cannot move a report (or its entries) from the other side', async () => {
    const other = await createAgency(app, token, { name: '另一测试局', type: 'governmentDepartment' });
    const before = (await app.http().get(`/api/nianbao/reports/${published}.json`)).text;
    for (const data of [{ annualReports: { connect: [published] } }, { annualReports: [published] }]) {
      const res = await app.http().put(`/api/agencies/${other}`).set(bearer(token)).send({ data });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('政府信息公开工作年度报告的所属机关只能在政府信息公开工作年度报告中修改');
    }
    const away = await app.http().put(`/api/agencies/${agency}`).set(bearer(token)).send({ data: { annualReports: { disconnect: [published] } } });
    expect(away.status).toBe(400);
    expect((await app.http().get(`/api/nianbao/reports/${published}.json`)).text).toBe(before);
    const del = await app.http().delete(`/api/agencies/${agency}`).set(bearer(token));
    expect(del.status).toBe(400);
    expect(del.body.error.message).toContain('该机关还有政府信息公开工作年度报告');
  });

  test('one report per agency and year is a database constraint', async () => {
    const row = await app.strapi.db.query(UID).findOne({ where: { documentId: failing, publishedAt: null } });
    expect(row.agencyYear).toBe(`${reviewer}:${YEAR}`);
    const refused = await app.strapi.db
      .query(UID)
      .create({ data: { documentId: 'duplicatebydb000000000000', year: YEAR, agencyYear: row.agencyYear, publishedAt: null } })
      .then(() => 'stored', (e: { message?: string }) => String(e?.message ?? e));
    expect(refused).toMatch(/unique/i);
  });

  test('server records cannot be written through the document service', async () => {
    await expect(app.strapi.documents('plugin::nianbao.audit-entry').create({ data: { action: 'publish', reportDocumentId: 'x', actor: 'x', at: new Date() } } as never)).rejects.toMatchObject({ message: '审计日志由系统记录，不能修改' });
  });
});

describe('derived public data reads published data only', () => {
  test("last year's draft counts as missing in the public findings", async () => {
    const a = await createAgency(app, token, { name: '上年草稿局', type: 'governmentDepartment' });
    const last = report({ agency: a, year: YEAR - 1 }) as any;
    last.requests.carriedForward = { ...last.requests.carriedForward, naturalPerson: 70, total: 77 };
    expect((await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: { ...last, problems: `上年草稿 ${CANARY}` } })).status).toBe(201);
    const now = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: report({ agency: a }) });
    await approve(app, now.body.data.documentId);
    await app.strapi.documents(UID).publish({ documentId: now.body.data.documentId });
    const findings = await publicGet(`/api/nianbao/reports/${now.body.data.documentId}/findings`);
    expect(findings.status).toBe(200);
    expect(findings.text).not.toContain('77');
    expect(findings.text).toContain('没有该机关上一年度的年报，无法核对');
  });
});

describe('withdrawn and deleted reports', () => {
  let id: string;
  beforeAll(async () => {
    const a = await createAgency(app, token, { name: '撤回测试局', type: 'governmentDepartment' });
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: report({ agency: a }) });
    id = res.body.data.documentId;
    await approve(app, id);
    await app.strapi.documents(UID).publish({ documentId: id });
  });

  test('a version is served with an ETag and revalidated, never cached as immutable', async () => {
    const res = await publicGet(`/api/nianbao/reports/${id}/versions/1.json`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    const again = await app.http().get(`/api/nianbao/reports/${id}/versions/1.json`).set('If-None-Match', res.headers.etag);
    expect(again.status).toBe(304);
  });

  test('withdrawn: 410 with the date and the 撤回说明; deleted: 404', async () => {
    await app.strapi.db.query(UID).update({ where: { documentId: id, publishedAt: null }, data: { withdrawalNote: '数据有误，更正后重新发布' } });
    await app.strapi.documents(UID).unpublish({ documentId: id });
    for (const path of [`/api/nianbao/reports/${id}/versions/1.html`, `/api/nianbao/reports/${id}/versions/1.json`, `/api/nianbao/reports/${id}/versions`, `/api/nianbao/reports/${id}.html`, `/api/nianbao/reports/${id}/findings`]) {
      const res = await publicGet(path);
      expect([path, res.status]).toEqual([path, 410]);
      expect(res.body.error.message).toMatch(/^该年报已于\d{4}-\d{2}-\d{2}撤回：数据有误，更正后重新发布$/);
      expect(res.headers['cache-control']).not.toContain('immutable');
    }
    await app.strapi.documents(UID).delete({ documentId: id });
    for (const path of [`/api/nianbao/reports/${id}/versions/1.html`, `/api/nianbao/reports/${id}.html`]) expect((await publicGet(path)).status).toBe(404);
    const audit = await app.strapi.db.query('plugin::nianbao.audit-entry').findMany({ where: { reportDocumentId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a: { action: string }) => a.action).slice(-2)).toEqual(['unpublish', 'delete']);
  });
});

describe('late reports', () => {
  test('an approved report past its deadline publishes once a reason for R37 is given beforehand', async () => {
    const a = await createAgency(app, token, { name: '逾期测试局', type: 'governmentDepartment' });
    const late = YEAR - 2; // its deadline (31 January of the year after) has passed
    const { publishedAt, publicationUrl, agencyName, agencyType, ...body } = consistentReport(late) as Record<string, unknown>;
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: { ...body, agency: a } });
    const id = res.body.data.documentId;
    const findings = await app.http().get(`/nianbao/reports/${id}/findings`).set(bearer(admin));
    const r37 = findings.body.data.findings.find((f: { rule: string }) => f.rule === 'R37');
    expect(r37).toMatchObject({ severity: 'E', needsAcknowledgement: true });
    expect(r37.message).toMatch(/^若于\d{4}-\d{2}-\d{2}发布，晚于法定期限.*发布前请说明逾期原因$/);
    const ack = await app.http().post(`/nianbao/reports/${id}/acknowledgements`).set(bearer(admin)).send({ fingerprint: r37.fingerprint, reason: '机构调整，延迟发布' });
    expect(ack.status).toBe(200);
    // Warnings about the previous year and the narrative are not this test's subject.
    for (const f of ack.body.data.findings.filter((x: { needsAcknowledgement: boolean; acknowledgement: unknown }) => x.needsAcknowledgement && !x.acknowledgement)) {
      await app.http().post(`/nianbao/reports/${id}/acknowledgements`).set(bearer(admin)).send({ fingerprint: f.fingerprint, reason: '已核实' });
    }
    await approve(app, id);
    const pub = await app.http().put(`/api/annual-reports/${id}`).set(bearer(token)).send({ data: {} });
    expect(pub.status).toBe(200);
    const publicFindings = await app.http().get(`/api/nianbao/reports/${id}/findings`);
    const stored = publicFindings.body.data.findings.find((f: { rule: string }) => f.rule === 'R37');
    expect(stored.message).toContain('晚于法定期限');
    expect(stored.acknowledgement.reason).toBe('机构调整，延迟发布');
  });
});

describe('exports and accounts', () => {
  test('a CSV cell that would run as a formula is neutralised', async () => {
    const a = await createAgency(app, token, { name: '=HYPERLINK("http://example.invalid","点击")', type: 'governmentDepartment' });
    const res = await app.http().post('/api/annual-reports?status=draft').set(bearer(token)).send({ data: report({ agency: a }) });
    const id = res.body.data.documentId;
    await approve(app, id);
    await app.strapi.documents(UID).publish({ documentId: id });
    const csv = (await app.http().get(`/api/nianbao/reports/${id}.csv`)).text;
    const lines = csv.split('\r\n').slice(1).filter(Boolean);
    expectEvery(lines, (l) => l.startsWith(`"'=HYPERLINK(`));
    const dashboard = (await app.http().get(`/nianbao/dashboard?year=${YEAR}&format=csv`).set(bearer(admin))).text;
    expect(dashboard).toContain(`"'=HYPERLINK(`);
    expect(dashboard).not.toMatch(/,=HYPERLINK/);
  });

  test('public registration is off', async () => {
    const res = await app.http().post('/api/auth/local/register').send({ username: 'x', email: 'x@example.com', password: 'Passw0rd!x' });
    expect(res.status).toBe(403);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({})).toBe(0);
  });
});
