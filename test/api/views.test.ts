/** The view routes: every format for a published report, 404 for drafts, caching, the admin preview, GraphQL. */
import fs from 'fs';
import path from 'path';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { reportBody } from '../helpers/fixtures';
import { readPdf } from '../helpers/pdf';
import { publishWithReasons } from '../helpers/workflow';
import type { RenderCache } from '../../src/plugins/nianbao/server/src/services/views/rendered';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));

let app: TestApp;
let published: string;
let draftOnly: string;
let admin: string;
let token: string;
let distinct: string;

const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.adminToken();
  published = (await app.strapi.plugin('nianbao').service('demo').seedExample()).reportDocumentId;
  const agency = (await app.strapi.db.query('api::agency.agency').findOne({ where: { name: '原州区科学技术局' } })).documentId;
  token = await app.apiToken();
  const draft = await app.http().post('/api/annual-reports?status=draft').set({ Authorization: `Bearer ${token}` }).send({ data: reportBody(agency, 2024, { problems: '草稿不公开' }) });
  draftOnly = draft.body.data.documentId;
  const city = await app.strapi.documents('api::agency.agency').create({ data: DISTINCT.agency });
  const created = await app.http().post('/api/annual-reports?status=draft').set({ Authorization: `Bearer ${token}` }).send({ data: { ...DISTINCT.report, agency: city.documentId } });
  distinct = created.body.data.documentId;
  await publishWithReasons(app, distinct);
});
afterAll(async () => {
  await app?.stop();
});

const TYPES: Record<string, string> = {
  html: 'text/html',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

describe('public routes', () => {
  test.each(Object.keys(TYPES))('.%s downloads for the published report, with the Chinese file name', async (ext) => {
    const res = await app.http().get(`/api/nianbao/reports/${published}.${ext}`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(TYPES[ext]);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`原州区科学技术局2023年政府信息公开工作年度报告.${ext}`)}`);
    expect(res.headers.etag).toBeTruthy();
    expect(res.headers['cache-control']).toContain('public');
    expect((res.body as Buffer).length).toBeGreaterThan(500);
  });

  test.each(Object.keys(TYPES))('.%s is 404 for a draft-only report', async (ext) => {
    const res = await app.http().get(`/api/nianbao/reports/${draftOnly}.${ext}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('该年报不存在或尚未发布');
  });

  test('an unknown extension is a 404 that lists the formats', async () => {
    const res = await app.http().get(`/api/nianbao/reports/${published}.exe`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('不支持的格式“.exe”，可用：html、txt、md、csv、json、docx、xlsx、pdf');
  });

  test('If-None-Match gets a 304 without a body', async () => {
    const first = await app.http().get(`/api/nianbao/reports/${published}.html`);
    const again = await app.http().get(`/api/nianbao/reports/${published}.html`).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    const other = await app.http().get(`/api/nianbao/reports/${published}.txt`).set('If-None-Match', first.headers.etag);
    expect(other.status).toBe(200);
  });

  test('the portal route finds the report by agency name, credit code or documentId and year', async () => {
    const byName = await app.http().get(`/api/nianbao/agencies/${encodeURIComponent('原州区科学技术局')}/years/2023.html`);
    expect(byName.status).toBe(200);
    expect(byName.text).toContain('<h1>2023年政府信息公开工作年度报告</h1>');
    const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { name: '原州区科学技术局' } });
    await app.strapi.db.query('api::agency.agency').update({ where: { id: agency.id }, data: { creditCode: '91350100M000100Y43' } });
    for (const key of ['91350100M000100Y43', '91350100m000100y43', agency.documentId]) {
      const res = await app.http().get(`/api/nianbao/agencies/${key}/years/2023.json`);
      expect([key, res.status, JSON.parse(res.text).documentId ?? JSON.parse(res.text).title]).toEqual([key, 200, expect.anything()]);
      expect(res.text).toContain('原州区科学技术局2023年政府信息公开工作年度报告');
    }
    const none = await app.http().get(`/api/nianbao/agencies/${encodeURIComponent('原州区科学技术局')}/years/2024.html`);
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe('没有找到“原州区科学技术局”2024年已发布的年报');
  });

  test('the PDF is A4 with selectable Chinese text, drawn without a browser', async () => {
    const res = await app.http().get(`/api/nianbao/reports/${published}.pdf`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const pdf = readPdf(res.body);
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const page of pdf.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    expect(pdf.title).toBe('原州区科学技术局2023年政府信息公开工作年度报告');
    expect(pdf.text).toContain('收到和处理政府信息公开申请情况');
    expect(pdf.text).toContain('原州区科学技术局');
    expect(pdf.text).toContain('本年新收政府信息公开申请数量');
    // 表三's 勾稽 note, in its merged header cell (wrapped there, so read in two parts).
    expect(pdf.text).toContain('本列数据的勾稽关系为：第一项加第二项之和');
    expect(pdf.text).toContain('等于第三项加第四项');
  });
});

describe('rendered once per publication', () => {
  test('a published format is rendered once: the second download is the kept bytes', async () => {
    const { renderings } = app.strapi.plugin('nianbao').service('views') as { renderings: RenderCache };
    const first = await app.http().get(`/api/nianbao/reports/${published}.docx`).buffer(true).parse(binary);
    const kept = renderings.size;
    const second = await app.http().get(`/api/nianbao/reports/${published}.docx`).buffer(true).parse(binary);
    expect(second.status).toBe(200);
    expect(Buffer.compare(first.body, second.body)).toBe(0);
    expect(renderings.size).toEqual(kept);
    expect(kept.entries).toBeGreaterThan(0);
  });

  test('on a warm cache a download and a revalidation read nothing from the database', async () => {
    const url = `/api/nianbao/reports/${published}.html`;
    const warm = await app.http().get(url);
    const queries: string[] = [];
    const count = (q: { sql: string }) => queries.push(q.sql);
    app.strapi.db.connection.on('query', count);
    try {
      const hit = await app.http().get(url);
      const revalidated = await app.http().get(url).set('If-None-Match', warm.headers.etag);
      expect([hit.status, revalidated.status]).toEqual([200, 304]);
      expect(hit.text).toBe(warm.text);
    } finally {
      app.strapi.db.connection.off('query', count);
    }
    // The generation check may fall due in between: at most its two reads.
    expect(queries.length).toBeLessThanOrEqual(2);
    expect(queries.filter((sql) => !/count\(\*\)/.test(sql))).toEqual([]);
  });

  test('a write this instance did not make (another machine) shows within a second', async () => {
    const before = await app.http().get(`/api/nianbao/reports/${published}.html`);
    expect(before.text).toContain('原州区科学技术局');
    // Another instance renames the agency: straight into the database, past this instance's hooks.
    const agencies = app.strapi.db.metadata.get('api::agency.agency').tableName;
    await app.strapi.db.connection(agencies).where({ name: '原州区科学技术局' }).update({ name: '原州区科学技术和信息局', updated_at: new Date() });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const after = await app.http().get(`/api/nianbao/reports/${published}.html`);
      expect(after.text).toContain('原州区科学技术和信息局');
      expect(after.headers.etag).not.toBe(before.headers.etag);
    } finally {
      await app.strapi.db.connection(agencies).where({ name: '原州区科学技术和信息局' }).update({ name: '原州区科学技术局', updated_at: new Date() });
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
  });
});

describe('admin preview', () => {
  test('serves the saved draft to an administrator only', async () => {
    const res = await app.http().get(`/nianbao/preview/${draftOnly}`).set({ Authorization: `Bearer ${admin}` });
    expect(res.status).toBe(200);
    expect(res.text).toContain('草稿不公开');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect((await app.http().get(`/nianbao/preview/${draftOnly}`)).status).toBe(401);
    const xlsx = await app.http().get(`/nianbao/preview/${draftOnly}.xlsx`).set({ Authorization: `Bearer ${admin}` });
    expect(xlsx.status).toBe(200);
  });

  test('lists reports by year and agency with their state and check result', async () => {
    const res = await app.http().get('/nianbao/reports').set({ Authorization: `Bearer ${admin}` });
    const mine = res.body.data.find((r: { documentId: string }) => r.documentId === published);
    // The sample is an imported archive whose text states no date: its timeliness is not judged, so
    // no lateness needed a reason — one warning (R33) was acknowledged, not two.
    expect(mine).toMatchObject({ agency: '原州区科学技术局', year: 2023, published: true, checkSummary: '有警告（1）' });
    const findings = await app.http().get(`/api/nianbao/reports/${published}/findings`);
    expect(findings.status).toBe(200);
    expect(findings.body.data.findings.filter((f: { rule: string }) => f.rule === 'R37')).toEqual([
      expect.objectContaining({ severity: 'I', notAssessable: true, message: '原报告未写明发布日期，无法核对是否在法定期限2024年1月31日前发布' }),
    ]);
    const row = await app.strapi.db.query('api::annual-report.annual-report').findOne({ where: { documentId: published, publishedAt: { $notNull: true } } });
    expect(row).toMatchObject({ imported: true, issuedOn: null });
  });
});

describe('GraphQL annualReportView', () => {
  test('returns typed tables and the HTML of a published report, and nothing for a draft', async () => {
    const res = await app.http().post('/graphql').send({
      query: `query($id: ID!, $draft: ID!) {
        annualReportView(documentId: $id) { title year formatVersion tables { key name rows { key label groups cells { column label display number } } } html }
        draft: annualReportView(documentId: $draft) { title }
      }`,
      variables: { id: published, draft: draftOnly },
    });
    expect(res.body.errors).toBeUndefined();
    const view = res.body.data.annualReportView;
    expect(view.title).toBe('原州区科学技术局2023年政府信息公开工作年度报告');
    const t3 = view.tables.find((t: { key: string }) => t.key === 'requests');
    expect(t3.rows).toHaveLength(25);
    expect(t3.rows[4]).toMatchObject({ key: 'results.withheld.stateSecret', groups: ['三、本年度办理结果', '（三）不予公开'] });
    expect(t3.rows[0].cells[0]).toEqual({ column: 'naturalPerson', label: '自然人', display: '0', number: 0 });
    expect(view.html).toContain('<table class="t3" id="requests">');
    expect(res.body.data.draft).toBeNull();
  });
});

describe('a report whose cells all differ', () => {
  test('GraphQL annualReportView puts every value under its row and column key', async () => {
    const res = await app.http().post('/graphql').send({ query: `{ annualReportView(documentId: "${distinct}") { tables { key rows { key cells { column number display } } } } }` });
    expect(res.body.errors).toBeUndefined();
    const tables = res.body.data.annualReportView.tables;
    let compared = 0;
    for (const table of tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const raw = DISTINCT.report[table.key][row.key][cell.column];
          expect([table.key, row.key, cell.column, cell.display]).toEqual([table.key, row.key, cell.column, String(raw)]);
          compared++;
        }
      }
    }
    expect(compared).toBe(200);
  });

  test('the PDF read back holds each 表三 row’s values in order', async () => {
    const res = await app.http().get(`/api/nianbao/reports/${distinct}.pdf`).buffer(true).parse(binary);
    const { text, lines: read } = readPdf(res.body);
    const lines = read.map((l) => l.trim().split(/\s+/).filter((w) => /^\d+$/.test(w)).join(' '));
    const columns = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
    for (const [row, cells] of Object.entries(DISTINCT.report.requests as Record<string, Record<string, number>>)) {
      const values = columns.map((c) => String(cells[c])).join(' ');
      expect([row, lines.some((l) => l === values || l.endsWith(` ${values}`))]).toEqual([row, true]);
    }
    expect(text).toContain('本年新收政府信息公开申请数量');
  });

  test('the ETag changes with a republication: the old one gets the new content; a withdrawal answers 410', async () => {
    const first = await app.http().get(`/api/nianbao/reports/${distinct}.html`);
    expect(first.status).toBe(200);
    expect((await app.http().get(`/api/nianbao/reports/${distinct}.html`).set('If-None-Match', first.headers.etag)).status).toBe(304);
    const edit = await app.http().put(`/api/annual-reports/${distinct}?status=draft`).set({ Authorization: `Bearer ${token}` }).send({ data: { problems: '更正后的问题与改进：加强培训。', correctionNote: '更正第五部分的文字' } });
    expect(edit.status).toBe(200);
    await publishWithReasons(app, distinct);
    const second = await app.http().get(`/api/nianbao/reports/${distinct}.html`);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    const stale = await app.http().get(`/api/nianbao/reports/${distinct}.html`).set('If-None-Match', first.headers.etag);
    expect(stale.status).toBe(200);
    expect(stale.text).toContain('更正后的问题与改进');
    expect(stale.headers.etag).toBe(second.headers.etag);
    await app.strapi.documents('api::annual-report.annual-report').unpublish({ documentId: distinct });
    const gone = await app.http().get(`/api/nianbao/reports/${distinct}.html`).set('If-None-Match', second.headers.etag);
    expect(gone.status).toBe(410);
    expect(gone.headers.etag).toBeUndefined();
  });
});
