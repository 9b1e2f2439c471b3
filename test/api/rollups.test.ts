/**
 * A government's roll-up and the open statistics, over HTTP on a generated tree: 某县人民政府 with
 * two departments, one of them with a 下属 that has only a draft, and an agency of another county.
 * Each published report holds the distinct-values tables scaled by its own factor, so a value in the
 * wrong cell or from the wrong agency shows; the drafts hold a canary figure that must never appear.
 * Sums are computed here from what Strapi's own REST serves, cell by cell.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { publishWithReasons } from '../helpers/workflow';
import { UID } from '../helpers/report-api';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
const YEAR = 2023;
const CANARY = 987_654;
const TABLE_KEYS = ['proactive', 'requests', 'reviewLitigation'] as const;

let app: TestApp;
let admin: string;
const agency: Record<string, string> = {};
const report: Record<string, string> = {};

/** The distinct report with every count multiplied by `k` (sums and totals stay consistent). */
function scaled(k: number): Record<string, unknown> {
  const tables = JSON.parse(JSON.stringify({ proactive: DISTINCT.report.proactive, requests: DISTINCT.report.requests, reviewLitigation: DISTINCT.report.reviewLitigation }), (_key, v) => (typeof v === 'number' ? v * k : v));
  return { ...DISTINCT.report, ...tables };
}

async function create(key: string, name: string, type: string, parent?: string) {
  agency[key] = (await app.strapi.documents('api::agency.agency').create({ data: { name, type, region: key === 'other' ? '乙县' : '甲县', creditCode: null, ...(parent ? { parent: agency[parent] } : {}) } as never })).documentId;
}

async function publishedReport(key: string, k: number) {
  report[key] = (await app.strapi.documents(UID).create({ data: { ...scaled(k), agency: agency[key] } as never, status: 'draft' } as never)).documentId;
  await publishWithReasons(app, report[key]);
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.adminToken();
  await create('county', '甲县人民政府', 'countyGovernment');
  await create('edu', '甲县教育局', 'governmentDepartment', 'county');
  await create('fin', '甲县财政局', 'governmentDepartment', 'county');
  await create('school', '甲县教育局直属学校', 'other', 'edu');
  await create('other', '乙县人民政府', 'countyGovernment');
  await publishedReport('county', 1);
  await publishedReport('edu', 2);
  await publishedReport('fin', 3);
  await publishedReport('other', 5);
  // 教育局 published on time (its stated 首次发布日期); the others now, years late.
  await app.strapi.db.query(UID).updateMany({ where: { documentId: report.edu }, data: { issuedOn: `${YEAR + 1}-01-20` } });
  // 财政局 is correcting its report: the draft holds a canary; 直属学校 has only a draft.
  await app.strapi.documents(UID).update({ documentId: report.fin, data: { requests: { ...scaled(3).requests as object, newReceived: { ...(scaled(3).requests as any).newReceived, naturalPerson: CANARY } } } as never });
  report.school = (await app.strapi.documents(UID).create({ data: { ...scaled(7), agency: agency.school } as never, status: 'draft' } as never)).documentId;
}, 240_000);
afterAll(async () => {
  await app?.stop();
});

/** The published reports as Strapi's REST gives them to anyone: the ground truth of the sums. */
async function restReports(): Promise<any[]> {
  const res = await app.http().get(`/api/annual-reports?filters[year][$eq]=${YEAR}&populate=agency&pagination[pageSize]=100`);
  expect(res.status).toBe(200);
  expect(res.body.data.length).toBe(4);
  return res.body.data;
}

/** Every cell of a report's tables as [table, row, column, value]. */
function cellsOf(r: Record<string, any>): [string, string, string, unknown][] {
  return TABLE_KEYS.flatMap((t) => Object.entries(r[t] as Record<string, Record<string, unknown>>).flatMap(([row, cols]) => Object.entries(cols).map(([col, v]) => [t, row, col, v] as [string, string, string, unknown])));
}

function handSum(reports: any[]): Map<string, unknown> {
  const sums = new Map<string, unknown>();
  for (const r of reports) {
    for (const [t, row, col, v] of cellsOf(r)) {
      const key = `${t}|${row}|${col}`;
      const before = sums.get(key);
      if (typeof v === 'number') sums.set(key, (typeof before === 'number' ? before : 0) + v);
      else if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)) sums.set(key, String(Number((Number(typeof before === 'string' ? before : 0) + Number(v)).toFixed(6))));
      else if (!sums.has(key)) sums.set(key, v);
    }
  }
  return sums;
}

const CSV_FIELD = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
function parseCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => [...line.matchAll(CSV_FIELD)].slice(0, -1).map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1])));
}

describe('roll-up', () => {
  test('the county’s JSON: each cell the sum of its own and its departments’ published reports, as REST serves them; drafts and the other county left out', async () => {
    const rest = await restReports();
    const own = rest.filter((r) => ['甲县人民政府', '甲县教育局', '甲县财政局'].includes(r.agency.name));
    expect(own).toHaveLength(3);
    const res = await app.http().get(`/api/nianbao/rollups/${agency.county}/${YEAR}.json`);
    expect(res.status).toBe(200);
    const data = res.body.data;
    const expected = handSum(own);
    const got = cellsOf(data.tables);
    expect(got.length).toBe(expected.size);
    for (const [t, row, col, v] of got) expect([t, row, col, v]).toEqual([t, row, col, expected.get(`${t}|${row}|${col}`)]);
    expect(JSON.stringify(data)).not.toContain(String(CANARY));
    expect(data.tables.requests.newReceived.total).toBe(DISTINCT.report.requests.newReceived.total * (1 + 2 + 3));
    expect(data.counts).toEqual({ agencies: 4, published: 3, counted: 3, missing: 1, late: 2 });
    expect(data.agency).toEqual({ documentId: agency.county, name: '甲县人民政府' });
  });

  test('beside the sum: who has not published and who was late, with deadlines by agency type; the table rules on the sum', async () => {
    const { body } = await app.http().get(`/api/nianbao/rollups/${encodeURIComponent('甲县人民政府')}/${YEAR}.json`);
    const by = Object.fromEntries(body.data.agencies.map((a: any) => [a.name, a]));
    expect(by['甲县教育局直属学校'].report).toBeNull();
    expect(by['甲县教育局直属学校'].parent).toBe(agency.edu);
    expect(by['甲县教育局'].report).toMatchObject({ documentId: report.edu, publishedOn: `${YEAR + 1}-01-20`, daysLate: 0, counted: true });
    expect(by['甲县教育局'].deadline).toBe(`${YEAR + 1}-01-31`);
    expect(by['甲县人民政府'].deadline).toBe(`${YEAR + 1}-03-31`);
    expect(by['甲县财政局'].report.daysLate).toBeGreaterThan(900);
    expect(body.data.check).toEqual({ status: 'passed', errors: 0, warnings: 0, findings: [] });
    // A department's own roll-up is itself and those below it.
    const edu = await app.http().get(`/api/nianbao/rollups/${agency.edu}/${YEAR}.json`);
    expect(edu.body.data.counts).toEqual({ agencies: 2, published: 1, counted: 1, missing: 1, late: 0 });
    expect(edu.body.data.tables.requests.newReceived.total).toBe(DISTINCT.report.requests.newReceived.total * 2);
  });

  test('CSV and Excel hold the same sums as the JSON, cell by cell; the workbook lists each agency', async () => {
    const json = (await app.http().get(`/api/nianbao/rollups/${agency.county}/${YEAR}.json`)).body.data;
    const csv = await app.http().get(`/api/nianbao/rollups/${agency.county}/${YEAR}.csv`).buffer(true).parse((res, cb) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => cb(null, text));
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toContain(encodeURIComponent('甲县人民政府及下属机关2023年政府信息公开工作年度报告统计表汇总.csv'));
    const lines = parseCsv(csv.body as string).slice(1);
    const tableOf: Record<string, string> = { 表二: 'proactive', 表三: 'requests', 表四: 'reviewLitigation' };
    expect(lines.length).toBe(cellsOf(json.tables).length);
    for (const [name, , table, rowKey, , colKey, , value] of lines) {
      expect([name, rowKey, colKey, value]).toEqual([json.agency.name, rowKey, colKey, (() => { const v = json.tables[tableOf[table]][rowKey][colKey]; return v === null ? '' : typeof v === 'object' ? v.raw : String(v); })()]);
    }
    const xlsx = await app.http().get(`/api/nianbao/rollups/${agency.county}/${YEAR}.xlsx`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况', '各机关发布情况']);
    const t3 = book.worksheets[1];
    const numbers: number[] = [];
    t3.eachRow((row) => (row.values as unknown[]).forEach((v) => typeof v === 'number' && numbers.push(v)));
    expect(numbers).toContain(json.tables.requests.newReceived.total);
    const listed: string[][] = [];
    book.worksheets[3].eachRow((row) => listed.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    expect(listed[0]).toEqual(['机关', '机关类型', '法定期限', '首次发布日期', '逾期天数', '状态']);
    expect(listed.find((r) => r[0] === '甲县教育局直属学校')!.at(-1)).toBe('未发布');
    expect(listed.find((r) => r[0] === '甲县教育局')!.at(-1)).toBe('已发布');
    expect(listed.find((r) => r[0] === '甲县财政局')!.at(-1)).toBe('逾期发布');
  });

  test('what cannot be summed is a 4xx in Chinese', async () => {
    const unknown = await app.http().get(`/api/nianbao/rollups/${encodeURIComponent('丙县人民政府')}/${YEAR}.json`);
    expect([unknown.status, unknown.body.error.message]).toEqual([404, '没有找到机关“丙县人民政府”']);
    const early = await app.http().get(`/api/nianbao/rollups/${agency.county}/2017.json`);
    expect([early.status, early.body.error.message]).toEqual([400, '2017年的年报没有统一格式的统计表（2019年起才有），无法汇总']);
    const ext = await app.http().get(`/api/nianbao/rollups/${agency.county}/${YEAR}.pdf`);
    expect([ext.status, ext.body.error.message]).toEqual([404, '不支持的格式“.pdf”，可用：json、csv、xlsx']);
  });

  test('admin: the office drills into each agency’s published tables; an editor outside the county gets no roll-up of it', async () => {
    const res = await app.http().get(`/nianbao/rollups/${agency.county}/${YEAR}`).set({ Authorization: `Bearer ${admin}` });
    expect(res.status).toBe(200);
    const drill = res.body.data.reports as { agency: string; documentId: string; tables: any }[];
    expect(drill.map((d) => d.documentId).sort()).toEqual([report.county, report.edu, report.fin].sort());
    const fin = drill.find((d) => d.documentId === report.fin)!;
    expect(fin.tables.requests.newReceived.naturalPerson).toBe(DISTINCT.report.requests.newReceived.naturalPerson * 3);
    // The public file has no drill-down.
    expect((await app.http().get(`/api/nianbao/rollups/${agency.county}/${YEAR}.json`)).body.data.reports).toBeUndefined();

    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'nianbao-editor' } });
    const user = await app.strapi.service('admin::user').create({ email: 'edu-editor@example.gov.cn', firstname: '教育', lastname: '编辑', password: 'Rollup-Pass-2024', isActive: true, roles: [role.id] });
    await app.http().put(`/nianbao/users/${user.id}/agencies`).set({ Authorization: `Bearer ${admin}` }).send({ agencies: [agency.edu] });
    const token = (await app.http().post('/admin/login').send({ email: 'edu-editor@example.gov.cn', password: 'Rollup-Pass-2024' })).body.data.token;
    const outside = await app.http().get(`/nianbao/rollups/${agency.county}/${YEAR}`).set({ Authorization: `Bearer ${token}` });
    expect([outside.status, outside.body.error.message]).toEqual([404, `没有找到机关“${agency.county}”`]);
    const inside = await app.http().get(`/nianbao/rollups/${agency.edu}/${YEAR}`).set({ Authorization: `Bearer ${token}` });
    expect([inside.status, inside.body.data.counts.agencies]).toEqual([200, 2]);
  });
});

describe('open statistics', () => {
  const KEYS = ['agency', 'creditCode', 'agencyType', 'region', 'parent', 'year', 'report', 'table', 'rowKey', 'rowLabel', 'columnKey', 'columnLabel', 'value'];

  test('CSV: every published report’s cells, each equal to what REST serves; no draft; stable column names', async () => {
    const rest = await restReports();
    const res = await app.http().get(`/api/nianbao/statistics/${YEAR}.csv`).buffer(true).parse((r, cb) => {
      let text = '';
      r.on('data', (c: Buffer) => (text += c.toString()));
      r.on('end', () => cb(null, text));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, ...lines] = parseCsv(res.body as string);
    expect(header).toEqual(KEYS);
    const expected = new Map<string, string>();
    for (const r of rest) for (const [t, row, col, v] of cellsOf(r)) expected.set(`${r.documentId}|${t}|${row}|${col}`, v === null ? '' : typeof v === 'object' ? (v as { raw: string }).raw : String(v));
    const tableOf: Record<string, string> = { 表二: 'proactive', 表三: 'requests', 表四: 'reviewLitigation' };
    expect(lines.length).toBe(expected.size);
    for (const line of lines) {
      const row = Object.fromEntries(KEYS.map((k, i) => [k, line[i]]));
      expect([row.report, row.rowKey, row.columnKey, row.value]).toEqual([row.report, row.rowKey, row.columnKey, expected.get(`${row.report}|${tableOf[row.table]}|${row.rowKey}|${row.columnKey}`)]);
    }
    expect(res.body).not.toContain(String(CANARY));
    expect(res.body).not.toContain(report.school);
    const edu = lines.find((l) => l[0] === '甲县教育局')!;
    expect(edu.slice(2, 6)).toEqual(['政府工作部门', '甲县', '甲县人民政府', String(YEAR)]);
  });

  test('JSON streams the same rows with counts as numbers, blanks null; filters by agency, region and type', async () => {
    const all = (await app.http().get(`/api/nianbao/statistics/${YEAR}.json`)).body;
    expect(all.columns.map((c: { key: string }) => c.key)).toEqual(KEYS);
    expect(all.rows.length).toBe(4 * cellsOf(scaled(1)).length);
    const fin = all.rows.find((r: any) => r.agency === '甲县财政局' && r.rowKey === 'newReceived' && r.columnKey === 'naturalPerson');
    expect(fin.value).toBe(DISTINCT.report.requests.newReceived.naturalPerson * 3);
    const byName = (await app.http().get(`/api/nianbao/statistics/${YEAR}.json?agency=${encodeURIComponent('甲县财政局')}`)).body.rows;
    expect(byName.length).toBe(cellsOf(scaled(1)).length);
    expect(new Set(byName.map((r: any) => r.agency))).toEqual(new Set(['甲县财政局']));
    const region = (await app.http().get(`/api/nianbao/statistics/${YEAR}.json?region=${encodeURIComponent('乙县')}`)).body.rows;
    expect(new Set(region.map((r: any) => r.agency))).toEqual(new Set(['乙县人民政府']));
    const type = (await app.http().get(`/api/nianbao/statistics/${YEAR}.json?agencyType=governmentDepartment`)).body.rows;
    expect(new Set(type.map((r: any) => r.agency))).toEqual(new Set(['甲县教育局', '甲县财政局']));
    const bad = await app.http().get(`/api/nianbao/statistics/${YEAR}.json?agencyType=ministry`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^参数 agencyType 应为以下之一：stateCouncilDepartment（/);
    const none = (await app.http().get('/api/nianbao/statistics/2030.json')).body;
    expect(none.rows).toEqual([]);
  });

  test('Excel: one sheet, Chinese column labels, one row per cell', async () => {
    const res = await app.http().get(`/api/nianbao/statistics/${YEAR}.xlsx`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['机关', '统一社会信用代码', '机关类型', '地区', '上级机关', '年度', '年报编号', '表', '行键', '行', '列键', '列', '值']);
    expect(sheet.rowCount).toBe(1 + 4 * cellsOf(scaled(1)).length);
  });

  test('GraphQL: the same rows, filtered and paged', async () => {
    const q = (args: string) => app.http().post('/graphql').send({ query: `{ nianbaoStatistics(${args}) { agency region year report table rowKey columnKey value number } }` });
    const page = await q(`year: ${YEAR}, agencyType: governmentDepartment, start: 10, limit: 5`);
    expect(page.status).toBe(200);
    const json = (await app.http().get(`/api/nianbao/statistics/${YEAR}.json?agencyType=governmentDepartment`)).body.rows;
    expect(page.body.data.nianbaoStatistics).toEqual(
      json.slice(10, 15).map((r: any) => ({ agency: r.agency, region: r.region, year: r.year, report: r.report, table: r.table, rowKey: r.rowKey, columnKey: r.columnKey, value: r.value === null ? null : String(r.value), number: typeof r.value === 'number' ? r.value : null })),
    );
    const tooMany = await q(`year: ${YEAR}, limit: 100000`);
    expect(tooMany.body.errors[0].message).toBe('limit 应为 1 到 10000 之间的整数');
  });
});
