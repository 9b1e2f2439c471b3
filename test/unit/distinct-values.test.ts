/**
 * Every value lands in its own cell, in every format. The example report's cells are all 0, so a
 * renderer that swapped two columns or rows would pass with it; data/examples/distinct-values-2023.json
 * holds a rule-consistent report whose 200 cells all differ (the PDF is also read back as served,
 * and the GraphQL view, in test/api/views.test.ts). The expected placement comes from the
 * format definition (row and column order, labels) and the raw data — never from the renderer —
 * and the golden files are read back the same way, not only compared with the last output.
 */
import fs from 'fs';
import path from 'path';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import {
  TABLE2,
  TABLE3_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  cellAddress,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  reportView,
  runChecks,
  table3Label,
  table3Layouts,
  type TableKey,
  type ViewInput,
} from '../../src/format';
import { renderDocx, renderPdf, renderXlsx } from '../../src/format/render/office';
import { pdfDocument } from '../../src/format/render/office/pdf';
import { readPdf } from '../helpers/pdf';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
const GOLDEN = path.join(__dirname, '../fixtures/golden');
const view = () => reportView({ ...DISTINCT.report, agency: DISTINCT.agency } as ViewInput);

interface ExpectedRow {
  table: TableKey;
  key: string;
  label: string;
  values: string[];
}

const show = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as { raw?: string }).raw) : String(v));

/** Each row of each table as the definition orders it, with the raw data's values. */
function expectedRows(): ExpectedRow[] {
  const r = DISTINCT.report;
  const t2 = TABLE2.v2021.flatMap((block) => block.rows.map((row) => ({ table: 'proactive' as const, key: row.key, label: row.label, values: block.columns.map((c) => show(r.proactive[row.key][c.key])) })));
  const t3 = table3Layouts('v2021')[0].rows.map((row) => ({ table: 'requests' as const, key: row.key, label: table3Label(row.key), values: TABLE3_COLUMNS.map((c) => show(r.requests[row.key][c.key])) }));
  const t4 = TABLE4_GROUPS.map((g) => ({ table: 'reviewLitigation' as const, key: g.key, label: g.label, values: TABLE4_COLUMNS.map((c) => show(r.reviewLitigation[g.key][c.key])) }));
  return [...t2, ...t3, ...t4];
}
const ROWS = expectedRows();
const T4 = ROWS.filter((row) => row.table === 'reviewLitigation');
const T4_ALL = T4.flatMap((row) => row.values);

/** Rows as a format lays them out (lists of cell texts); each expected row must be one of them, ending with its values. */
function assertPlaced(rows: string[][], format: string): void {
  const clean = rows.map((r) => r.map((c) => c.trim()));
  const endsWith = (r: string[], values: string[]) => r.length >= values.length && values.every((v, i) => r[r.length - values.length + i] === v);
  for (const expected of ROWS) {
    if (expected.table === 'reviewLitigation' && clean.some((r) => endsWith(r, T4_ALL))) continue; // 表四 on one line of 15
    const found = clean.find((r) => endsWith(r, expected.values));
    expect([format, expected.key, found ? 'placed' : 'missing']).toEqual([format, expected.key, 'placed']);
    if (expected.table !== 'reviewLitigation' || !clean.some((r) => endsWith(r, T4_ALL))) {
      expect([format, expected.key, found!.join(' ').includes(expected.label)]).toEqual([format, expected.key, true]);
    }
  }
}

test('the data: every cell differs, none is zero or blank, and the report passes every rule', () => {
  const cells = [
    ...Object.values(DISTINCT.report.proactive).flatMap((row) => Object.values(row as object)),
    ...Object.values(DISTINCT.report.requests).flatMap((row) => Object.values(row as object)),
    ...Object.values(DISTINCT.report.reviewLitigation).flatMap((row) => Object.values(row as object)),
  ].map(show);
  expect(cells).toHaveLength(10 + 175 + 15);
  expect(new Set(cells).size).toBe(cells.length);
  expect(cells.every((c) => c !== '0' && c !== 'null' && c !== '')).toBe(true);
  const checked = runChecks({ ...DISTINCT.report, agencyName: DISTINCT.agency.name, agencyType: DISTINCT.agency.type, publishedAt: '2024-01-20T02:00:00.000Z' });
  expect(checked.status).toBe('passed');
});

const htmlRows = (html: string) => {
  const $ = cheerio.load(html);
  return $('table tr')
    .toArray()
    .map((tr) => $(tr).children().toArray().map((c) => $(c).text()));
};
const textRows = (text: string) => text.split('\n').map((l) => l.split('\t'));
const markdownRows = (md: string) => md.split('\n').filter((l) => l.startsWith('|')).map((l) => l.slice(1, -1).split('|'));

describe.each([
  ['html', () => renderHtml(view()), htmlRows],
  ['txt', () => renderText(view()), textRows],
  ['md', () => renderMarkdown(view()), markdownRows],
] as const)('%s, rendered and as the golden file', (ext, render, rows) => {
  const file = path.join(GOLDEN, `distinct-values-2023.${ext}`);
  test('each value sits in its row, under its column', () => {
    const actual = render();
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
    assertPlaced(rows(actual), ext);
    assertPlaced(rows(fs.readFileSync(file, 'utf8')), `${ext} golden`);
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});

test('html: every data-cell address holds that cell’s value', () => {
  const $ = cheerio.load(renderHtml(view()));
  const cells = $('td[data-cell]').toArray();
  expect(cells).toHaveLength(10 + 175 + 15);
  const byAddress = new Map(ROWS.flatMap((row) => row.values.map((v, i) => {
    const columns = row.table === 'requests' ? TABLE3_COLUMNS : row.table === 'reviewLitigation' ? TABLE4_COLUMNS : TABLE2.v2021.find((b) => b.rows.some((r) => r.key === row.key))!.columns;
    return [cellAddress(row.table, row.key, columns[i].key), v] as const;
  })));
  for (const td of cells) expect([$(td).attr('data-cell'), $(td).text()]).toEqual([$(td).attr('data-cell'), byAddress.get($(td).attr('data-cell')!)]);
});

test('csv: one line per cell with its row and column keys', () => {
  const lines = renderCsv(view()).replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(','));
  expect(lines).toHaveLength(200);
  for (const row of ROWS) {
    const columns = row.table === 'requests' ? TABLE3_COLUMNS : row.table === 'reviewLitigation' ? TABLE4_COLUMNS : TABLE2.v2021.find((b) => b.rows.some((r) => r.key === row.key))!.columns;
    row.values.forEach((v, i) => {
      const line = lines.find((l) => l[3] === row.key && l[5] === columns[i].key);
      expect([row.key, columns[i].key, line?.[7]]).toEqual([row.key, columns[i].key, v]);
    });
  }
});

test('json: every cell under its row and column key', () => {
  const json = JSON.parse(renderJson(view()));
  for (const row of ROWS) {
    const cells = json.tables.find((t: { key: string }) => t.key === row.table).rows.find((r: { key: string }) => r.key === row.key).cells;
    expect([row.key, cells.map((c: { display: string }) => c.display)]).toEqual([row.key, row.values]);
  }
});

test('docx: each value in its table row, in column order', async () => {
  const zip = await JSZip.loadAsync(await renderDocx(view()));
  const $ = cheerio.load(await zip.file('word/document.xml')!.async('string'), { xmlMode: true });
  const rows = $('w\\:tr').toArray().map((tr) => $(tr).find('w\\:tc').toArray().map((tc) => $(tc).find('w\\:t').text()));
  assertPlaced(rows, 'docx');
});

test('xlsx: each value in its sheet row, in column order, as a number', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderXlsx(view())) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
  }
  assertPlaced(rows, 'xlsx');
  expect(typeof book.worksheets[1].getCell('J5').value).toBe('number');
});

test('pdf: each value in its table row, in column order, on A4 with every column of a table', async () => {
  const doc = pdfDocument(view());
  const tables = (doc.content as { table?: { body: { text?: string }[][]; widths: string[]; headerRows: number } }[]).filter((c) => c.table).map((c) => c.table!);
  expect(tables.map((t) => Math.round(t.widths.reduce((sum, w) => sum + parseFloat(w), 0) * 1e6) / 1e6)).toEqual([100, 100, 100]);
  expect(tables.map((t) => t.body.every((row) => row.length === t.widths.length))).toEqual([true, true, true]);
  expect(tables.map((t) => t.headerRows)).toEqual([0, 3, 3]);
  // The cells a span covers are pdfmake's empty placeholders, as Word has none: left out.
  assertPlaced(tables.flatMap((t) => t.body.map((row) => row.filter((c) => 'text' in c).map((c) => c.text!))), 'pdf');
  expect(doc.pageSize).toBe('A4');
  expect(doc.info?.title).toBe(view().title);

  // Drawn and read back: the text is there and selectable, each 表三 row's values in order on its line.
  const pdf = readPdf(await renderPdf(view()));
  expect(pdf.title).toBe(view().title);
  expect(pdf.pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842)).toBe(true);
  const numbers = pdf.lines.map((l) => l.split(/\s+/).filter((w) => /^\d+$/.test(w)).join(' '));
  for (const row of ROWS.filter((r) => r.table === 'requests')) {
    expect([row.key, numbers.some((l) => l.endsWith(row.values.join(' ')))]).toEqual([row.key, true]);
  }
}, 30_000);
