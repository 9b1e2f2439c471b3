/** npm run export:static's service: every published report in every format, incremental, withdrawn and deleted reports handled. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { publishWithReasons } from '../helpers/workflow';
import type { ExportProgress, StaticExportSummary } from '../../src/plugins/nianbao/server/src/services/export/static-export';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
const FORMATS = ['html', 'pdf', 'docx', 'xlsx', 'csv', 'txt', 'md', 'json'];
const REPORT = 'api::annual-report.annual-report';

let app: TestApp;
let dir: string;
let example: string;
let distinct: string;
let cityId: string;

const exportTo = (progress?: ExportProgress): Promise<StaticExportSummary> =>
  (app.strapi.plugin('nianbao').service('staticExport') as { exportStatic(d: string, p?: ExportProgress): Promise<StaticExportSummary> }).exportStatic(dir, progress);
const manifest = () => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const file = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(async () => {
  app = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-static-'));
  example = (await app.strapi.plugin('nianbao').service('demo').seedExample()).reportDocumentId;
  const city = await app.strapi.documents('api::agency.agency').create({ data: DISTINCT.agency });
  cityId = city.documentId;
  const created = await app.strapi.documents(REPORT).create({ data: { ...DISTINCT.report, agency: city.documentId } as never, status: 'draft' } as never);
  distinct = created.documentId;
  await publishWithReasons(app, distinct);
});
afterAll(async () => {
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('writes every published report in every format, with index pages, as the public routes serve them', async () => {
  const seen: number[] = [];
  const summary = await exportTo((done, total) => seen.push(done / total));
  expect(summary.rendered).toBeGreaterThanOrEqual(2);
  expect(seen.at(-1)).toBe(1);
  for (const ext of FORMATS) {
    const served = await app.http().get(`/api/nianbao/reports/${distinct}.${ext}`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect([ext, fs.existsSync(file('reports', `${distinct}.${ext}`))]).toEqual([ext, true]);
    if (ext !== 'pdf' && ext !== 'docx' && ext !== 'xlsx') expect([ext, fs.readFileSync(file('reports', `${distinct}.${ext}`)).equals(served.body)]).toEqual([ext, true]);
  }
  const index = fs.readFileSync(file('index.html'), 'utf8');
  expect(index).toContain(`href="reports/${distinct}.pdf"`);
  expect(index).toContain('某某市人民政府2023年政府信息公开工作年度报告');
  expect(fs.readFileSync(file('years', '2023', 'index.html'), 'utf8')).toContain(`href="../../reports/${example}.html"`);
  const own = fs.readFileSync(file('agencies', cityId, 'index.html'), 'utf8');
  expect(own).toContain(`href="../../reports/${distinct}.xlsx"`);
  expect(own).not.toContain(example);
  expect(manifest().reports[distinct]).toMatchObject({ state: 'published', year: 2023, agency: '某某市人民政府' });
  // A draft that was never published is not exported.
  const drafts = (await app.strapi.db.query(REPORT).findMany({ where: { publishedAt: null }, select: ['documentId'] })).map((r: { documentId: string }) => r.documentId);
  const neverPublished = drafts.filter((id: string) => !manifest().reports[id]);
  expect(neverPublished.length).toBeGreaterThan(0);
  for (const id of neverPublished) expect(fs.existsSync(file('reports', `${id}.html`))).toBe(false);
});

test('run again, it renders only what was republished; a withdrawn report leaves its 撤回说明; a deleted one leaves nothing', async () => {
  const again = await exportTo();
  expect(again.rendered).toBe(0);
  expect(again.unchanged).toBeGreaterThanOrEqual(2);

  await app.strapi.documents(REPORT).update({ documentId: distinct, data: { problems: '更正后的问题：公开内容不够全面。改进：加强培训。', correctionNote: '更正第五部分' } as never, status: 'draft' } as never);
  await publishWithReasons(app, distinct);
  const corrected = await exportTo();
  expect(corrected.rendered).toBe(1);
  expect(fs.readFileSync(file('reports', `${distinct}.txt`), 'utf8')).toContain('更正后的问题');

  await app.strapi.db.query(REPORT).update({ where: { documentId: distinct, publishedAt: null }, data: { withdrawalNote: '数据有误，更正后重新发布' } });
  await app.strapi.documents(REPORT).unpublish({ documentId: distinct });
  const withdrawn = await exportTo();
  expect(withdrawn.withdrawn).toBe(1);
  const notice = fs.readFileSync(file('reports', `${distinct}.html`), 'utf8');
  expect(notice).toMatch(/该年报已于\d{4}-\d{2}-\d{2}撤回：数据有误，更正后重新发布/);
  expect(fs.existsSync(file('reports', `${distinct}.pdf`))).toBe(false);
  expect(manifest().reports[distinct]).toMatchObject({ state: 'withdrawn' });
  expect(fs.readFileSync(file('index.html'), 'utf8')).toContain('1 份已撤回');

  await app.strapi.documents(REPORT).delete({ documentId: distinct });
  const deleted = await exportTo();
  expect(deleted.removed).toBe(1);
  expect(fs.existsSync(file('reports', `${distinct}.html`))).toBe(false);
  expect(manifest().reports[distinct]).toBeUndefined();
  expect(fs.existsSync(file('agencies', cityId))).toBe(false);
});
