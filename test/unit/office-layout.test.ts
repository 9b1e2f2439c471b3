/**
 * How the Word and Excel files print, read back from the files themselves: what an office that
 * prints the report or reuses the workbook relies on — every merge where the template merges, a
 * border on every cell, row headings left and figures centred, 表三's label columns wide enough,
 * header rows repeated on each page and no row split across pages, A4, one font throughout.
 * The expected merges come from the layout grids, the labels from the format definition.
 */
import fs from 'fs';
import path from 'path';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { TABLES, placeCells, reportView, tableGrids, yearTitle, type TableGrid, type ViewInput, type ReportTables } from '../../src/format';
import { renderDocx, renderXlsx } from '../../src/format/render/office';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
const view = () => reportView({ ...DISTINCT.report, agency: DISTINCT.agency } as ViewInput);
const grids = (): TableGrid[] => tableGrids('v2021', DISTINCT.report as ReportTables);

/** A1-style name of a 1-based column. */
const letters = (col: number): string => (col > 26 ? letters(Math.floor((col - 1) / 26)) : '') + String.fromCharCode(65 + ((col - 1) % 26));

/** The merged ranges a grid calls for, with `offset` rows above it, as Excel names them. */
function expectedMerges(grid: TableGrid, offset: number): string[] {
  return placeCells([...grid.head, ...grid.body])
    .filter(({ cell }) => (cell.rowspan ?? 1) > 1 || (cell.colspan ?? 1) > 1)
    .map(({ cell, row, col }) => `${letters(col + 1)}${row + offset + 1}:${letters(col + (cell.colspan ?? 1))}${row + offset + (cell.rowspan ?? 1)}`);
}

describe('xlsx', () => {
  const load = async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(view())) as unknown as ArrayBuffer);
    return book;
  };

  test('the workbook names its report and maker; one sheet per table, titled with the report', async () => {
    const book = await load();
    expect(book.title).toBe(view().title);
    expect(book.creator).toBe('公开年报');
    expect(book.worksheets.map((s) => s.name)).toEqual(grids().map((g) => `${g.name} ${TABLES[g.key].caption}`.slice(0, 31)));
    for (const [i, sheet] of book.worksheets.entries()) {
      expect(String(sheet.getCell(1, 1).value)).toBe(`${view().title}　${view().sections.find((s) => s.grid?.key === grids()[i].key)!.numeral}、${TABLES[grids()[i].key].caption}`);
    }
  });

  test('the title spans the table; every merge of the template and no other', async () => {
    const book = await load();
    for (const [i, grid] of grids().entries()) {
      const merges = [...((book.worksheets[i] as unknown as { model: { merges: string[] } }).model.merges)].sort();
      expect(merges).toEqual([`A1:${letters(grid.columns)}1`, ...expectedMerges(grid, 1)].sort());
    }
  });

  test('every cell of a table has a thin border, is vertically centred and wraps; row headings left, the rest centred', async () => {
    const book = await load();
    for (const [i, grid] of grids().entries()) {
      const sheet = book.worksheets[i];
      for (const { cell, row, col } of placeCells([...grid.head, ...grid.body])) {
        const target = sheet.getCell(row + 2, col + 1);
        const where = `${sheet.name} ${target.address}`;
        expect([where, ...(['top', 'left', 'bottom', 'right'] as const).map((side) => target.border?.[side]?.style)]).toEqual([where, 'thin', 'thin', 'thin', 'thin']);
        expect([where, target.alignment?.vertical, target.alignment?.wrapText]).toEqual([where, 'middle', true]);
        expect([where, target.alignment?.horizontal]).toEqual([where, cell.header && cell.scope === 'row' ? 'left' : 'center']);
        expect([where, target.font?.bold ?? false]).toEqual([where, false]);
      }
    }
  });

  test('表三 gives its three label columns room; every other column is narrower and the same', async () => {
    const book = await load();
    for (const [i, grid] of grids().entries()) {
      const widths = book.worksheets[i].columns.map((c) => c.width);
      expect(widths).toHaveLength(grid.columns);
      const labels = grid.key === 'requests' ? 3 : 0;
      expect(new Set(widths.slice(labels)).size).toBe(1);
      if (labels) expect(widths.slice(0, labels).every((w) => w! > widths[labels]!)).toBe(true);
    }
  });
});

describe('docx', () => {
  const load = async () => {
    const zip = await JSZip.loadAsync(await renderDocx(view()));
    const $ = cheerio.load(await zip.file('word/document.xml')!.async('string'), { xmlMode: true });
    const core = await zip.file('docProps/core.xml')!.async('string');
    return { $, core };
  };
  const attr = ($: cheerio.CheerioAPI, el: cheerio.Cheerio<any>, name: string) => el.find(name).first().attr('w:val');

  test('A4 portrait, the report’s title and maker, one font (宋体) on every run', async () => {
    const { $, core } = await load();
    expect([$('w\\:pgSz').attr('w:w'), $('w\\:pgSz').attr('w:h')]).toEqual(['11906', '16838']);
    expect(core).toContain(`<dc:title>${view().title}</dc:title>`);
    expect(core).toContain('<dc:creator>公开年报</dc:creator>');
    const runs = $('w\\:r').toArray();
    expect(runs.length).toBeGreaterThan(300);
    for (const r of runs) {
      const fonts = $(r).find('w\\:rFonts');
      expect([fonts.attr('w:ascii'), fonts.attr('w:eastAsia'), fonts.attr('w:hAnsi')]).toEqual(['SimSun', 'SimSun', 'SimSun']);
    }
  });

  test('the agency and the year title centred and bold, section headings bold, body paragraphs indented two characters at 1.5 lines', async () => {
    const { $ } = await load();
    const paragraphs = $('w\\:body > w\\:p').toArray().map((p) => $(p));
    const byText = (t: string) => paragraphs.find((p) => p.text() === t)!;
    for (const t of [view().agencyName, yearTitle(view().year)]) {
      expect([t, attr($, byText(t), 'w\\:jc'), byText(t).find('w\\:b').length > 0, attr($, byText(t), 'w\\:sz')]).toEqual([t, 'center', true, '32']);
    }
    expect(attr($, byText(yearTitle(view().year)), 'w\\:pStyle')).toBe('Title');
    expect(attr($, byText(`统计期间：${view().period}`), 'w\\:jc')).toBe('center');
    for (const s of view().sections) {
      const heading = byText(`${s.numeral}、${s.heading}`);
      expect([s.key, attr($, heading, 'w\\:pStyle'), heading.find('w\\:b').length > 0, attr($, heading, 'w\\:sz')]).toEqual([s.key, 'Heading1', true, '28']);
      for (const b of s.blocks) {
        if (b.heading) expect([b.heading, attr($, byText(b.heading), 'w\\:pStyle')]).toEqual([b.heading, 'Heading2']);
        for (const text of b.paragraphs) {
          const p = byText(text);
          expect([text.slice(0, 10), p.find('w\\:ind').attr('w:firstLine'), p.find('w\\:spacing').attr('w:line'), attr($, p, 'w\\:sz')]).toEqual([text.slice(0, 10), '480', '360', '24']);
        }
      }
    }
  });

  test('tables span the page; header rows repeat on every page, no row splits; every cell bordered, centred, row headings left', async () => {
    const { $ } = await load();
    const tables = $('w\\:tbl').toArray().map((t) => $(t));
    expect(tables).toHaveLength(3);
    for (const [i, grid] of grids().entries()) {
      const t = tables[i];
      expect([grid.key, t.find('w\\:tblW').first().attr('w:type'), t.find('w\\:tblW').first().attr('w:w')]).toEqual([grid.key, 'pct', '5000']); // fiftieths of a percent
      const rows = t.children('w\\:tr').toArray().map((r) => $(r));
      expect(rows).toHaveLength(grid.head.length + grid.body.length);
      expect(rows.map((r) => r.find('w\\:tblHeader').length > 0 && r.find('w\\:tblHeader').attr('w:val') !== 'off')).toEqual(rows.map((_, n) => n < grid.head.length));
      expect(rows.every((r) => r.find('w\\:cantSplit').length === 1)).toBe(true);
      const cells = [...grid.head, ...grid.body];
      rows.forEach((r, n) => {
        const tcs = r.children('w\\:tc').toArray().map((c) => $(c));
        const spans = tcs.filter((c) => attr($, c, 'w\\:vMerge') !== 'continue');
        expect([grid.key, n, spans.length]).toEqual([grid.key, n, cells[n].length]);
        spans.forEach((c, k) => {
          const expected = cells[n][k];
          const where = `${grid.key} ${n}:${k}`;
          expect([where, ...['top', 'bottom', 'left', 'right'].map((side) => c.find(`w\\:tcBorders > w\\:${side}`).attr('w:val'))]).toEqual([where, 'single', 'single', 'single', 'single']);
          expect([where, attr($, c, 'w\\:vAlign'), attr($, c, 'w\\:jc')]).toEqual([where, 'center', expected.header && expected.scope === 'row' ? 'left' : 'center']);
          expect([where, attr($, c, 'w\\:gridSpan') ?? '1']).toEqual([where, String(expected.colspan ?? 1)]);
          expect([where, attr($, c, 'w\\:vMerge') ?? null]).toEqual([where, (expected.rowspan ?? 1) > 1 ? 'restart' : null]);
          expect([where, attr($, c, 'w\\:sz')]).toEqual([where, grid.key === 'reviewLitigation' ? '16' : '18']);
        });
      });
    }
  });
});
