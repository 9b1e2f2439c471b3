/** The import endpoint: a file or pasted text becomes a draft with notes and findings; re-import updates it. */
import fs from 'fs';
import path from 'path';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { UID } from '../helpers/report-api';

let app: TestApp;
let admin: string;
let token: string;
const SAMPLES = path.resolve(__dirname, '../../data/samples');

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.adminToken();
  token = await app.apiToken();
});
afterAll(async () => {
  await app?.stop();
});

test('a dry run returns the parsed report, notes and findings, and saves nothing', async () => {
  const res = await app
    .http()
    .post('/nianbao/import')
    .set({ Authorization: `Bearer ${admin}` })
    .send({ text: fs.readFileSync(path.join(SAMPLES, 'yuanzhou-kjj-2023.txt'), 'utf8'), dryRun: true });
  expect(res.status).toBe(200);
  const data = res.body.data;
  expect(data).toMatchObject({ action: 'dry-run', documentId: null, report: { agencyName: '原州区科学技术局', year: 2023 } });
  expect(data.notes.map((n: { message: string }) => n.message)).toContain('表四 数据行有16个单元格，模板为15个；多出的单元格与其余相同（或为空），已去掉，按表头对齐为15个');
  expect(data.checks.findings.map((f: { rule: string }) => f.rule)).toContain('R33');
  expect(data.html).toContain('<table class="t3" id="requests">');
  expect(await app.strapi.db.query(UID).count({})).toBe(0);
});

test('an uploaded file becomes a draft; importing it again updates that draft', async () => {
  const upload = () =>
    app.http().post('/api/nianbao/import').set({ Authorization: `Bearer ${token}` }).attach('file', path.join(SAMPLES, 'hongze-qzf-2023.txt'));
  const first = await upload();
  expect(first.status).toBe(200);
  expect(first.body.data.action).toBe('created');
  const again = await upload();
  expect(again.body.data).toMatchObject({ action: 'updated', documentId: first.body.data.documentId });
  expect(await app.strapi.db.query(UID).count({})).toBe(1);

  const draft = await app.strapi.db.query(UID).findOne({ where: { documentId: first.body.data.documentId }, populate: ['agency'] });
  expect(draft).toMatchObject({ year: 2023, publishedAt: null, checkStatus: 'errors', agency: { name: '洪泽区人民政府', type: 'countyGovernment' } });
  expect(draft.reviewLitigation.review).toEqual({ upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 });
  expect(first.body.data.notes.map((n: { message: string }) => n.message)).toContain('新建机关“洪泽区人民政府”，类型按名称推断为“县级人民政府”，请核对');
});

test('the next year under the name with its city goes to the same agency, with a note', async () => {
  const upload = (file: string) => app.http().post('/api/nianbao/import').set({ Authorization: `Bearer ${token}` }).attach('file', path.join(SAMPLES, file));
  expect((await upload('hongze-qzf-2023.txt')).status).toBe(200); // 洪泽区人民政府 (a draft already there is updated)
  const next = await upload('hongze-qzf-2024.txt');
  expect(next.status).toBe(200);
  expect(next.body.data.notes.map((n: { message: string }) => n.message)).toContain('“淮安市洪泽区人民政府”按上级地区的写法对应到已有机关“洪泽区人民政府”，请核对');
  expect(await app.strapi.db.query('api::agency.agency').count({ where: { name: { $contains: '洪泽区人民政府' } } })).toBe(1);
  const draft = await app.strapi.db.query(UID).findOne({ where: { documentId: next.body.data.documentId }, populate: ['agency'] });
  expect(draft).toMatchObject({ year: 2024, agency: { name: '洪泽区人民政府' } });
  // Its misprinted label (「2.其他法律行政止公开」) is kept with the draft, so R22 reads it after saving too.
  expect(draft.checkFindings.filter((f: { rule: string }) => f.rule === 'R22').map((f: { actual: string }) => f.actual)).toEqual(['2.其他法律行政止公开']);
});

test('an archive keeps the date its text was signed, which R37 then judges; editors cannot change it', async () => {
  const text = `${fs.readFileSync(path.join(SAMPLES, 'yuanzhou-kjj-2023.txt'), 'utf8')}\n原州区科学技术局\n2024年2月5日\n`;
  const res = await app.http().post('/nianbao/import').set({ Authorization: `Bearer ${admin}` }).send({ text });
  expect(res.status).toBe(200);
  const { documentId } = res.body.data;
  const draft = await app.strapi.db.query(UID).findOne({ where: { documentId, publishedAt: null } });
  expect(draft).toMatchObject({ imported: true, issuedOn: '2024-02-05' });
  // The labels as printed are kept, so R22 still reads them after saving (private: not in the public API).
  expect(draft.sourceLabels['t3.results.granted']).toBe('(一) 予以公开');
  const r37 = draft.checkFindings.filter((f: { rule: string }) => f.rule === 'R37');
  expect(r37).toEqual([expect.objectContaining({ severity: 'E', actual: '2024-02-05', message: '发布日期2024-02-05晚于法定期限2024年1月31日（条例第四十九条（政府部门年报）），逾期5天' })]);
  // The dashboard counts from the same day, and an archive draft is not 逾期: it went public elsewhere.
  const dashboard = await app.http().get('/nianbao/dashboard?year=2023').set({ Authorization: `Bearer ${admin}` });
  expect(dashboard.body.data.find((r: { documentId: string }) => r.documentId === documentId)).toMatchObject({ publishedOn: '2024-02-05', daysToDeadline: -5, state: '拟稿' });
  // Server-owned: a write that sets them is ignored.
  const edit = await app.http().put(`/api/annual-reports/${documentId}?status=draft`).set({ Authorization: `Bearer ${token}` }).send({ data: { issuedOn: '2024-01-10', imported: false } });
  expect(edit.status).toBe(200);
  expect(await app.strapi.db.query(UID).findOne({ where: { documentId, publishedAt: null } })).toMatchObject({ imported: true, issuedOn: '2024-02-05' });
});

test('the public cannot import, and bad input gets a Chinese 400', async () => {
  expect((await app.http().post('/api/nianbao/import').send({ text: 'x' })).status).toBe(403);
  const empty = await app.http().post('/nianbao/import').set({ Authorization: `Bearer ${admin}` }).send({});
  expect(empty.status).toBe(400);
  expect(empty.body.error.message).toBe('请上传文件（file）或提交文本（text）');
  const noYear = await app.http().post('/nianbao/import').set({ Authorization: `Bearer ${admin}` }).send({ text: '随便一段文字' });
  expect(noYear.status).toBe(400);
  expect(noYear.body.error.message).toMatch(/^导入失败：无法确定/);
  const reports = await app.strapi.db.query(UID).count({});
  const post = (body: object) => app.http().post('/nianbao/import').set({ Authorization: `Bearer ${admin}` }).send(body);
  for (const [body, message] of [
    [{ text: 'x', year: '二〇二三' }, '年度应为整数'],
    [{ text: 'x', year: 2023.5 }, '年度应为整数'],
    [{ text: 'x', year: 1999 }, '年度应在2008—2100年之间'],
    [{ text: 'x', agency: 'a'.repeat(201) }, '机关名称过长'],
    [{ text: 'x', dryRun: 'yes' }, 'dryRun 应为 true 或 false'],
    [{ text: 5 }, '年报全文（text）应为文本'],
  ] as const) {
    const res = await post(body);
    expect([res.status, res.body.error?.message]).toEqual([400, message]);
  }
  expect(await app.strapi.db.query(UID).count({})).toBe(reports);
});

test('a database failure is a 500 with its cause logged, not a 400 blamed on the file', async () => {
  const knex = app.strapi.db.connection;
  const table = app.strapi.db.metadata.get(UID).tableName;
  const log = jest.spyOn(app.strapi.log, 'error');
  const agencies = await app.strapi.db.query('api::agency.agency').count({});
  await knex.schema.renameTable(table, `${table}_away`);
  try {
    const res = await app
      .http()
      .post('/nianbao/import')
      .set({ Authorization: `Bearer ${admin}` })
      .send({ text: fs.readFileSync(path.join(SAMPLES, 'yuanzhou-kjj-2023.txt'), 'utf8') });
    expect(res.status).toBe(500);
    expect(res.body.error.message).not.toMatch(/^导入失败/);
    expect(log.mock.calls.flat().map(String).join('\n')).toMatch(new RegExp(table));
    expect(await app.strapi.db.query('api::agency.agency').count({})).toBe(agencies);
  } finally {
    await knex.schema.renameTable(`${table}_away`, table);
    log.mockRestore();
  }
});
