/** The standard view: golden files for the example report, the template's spans, escaping, every format re-opened. */
import fs from 'fs';
import path from 'path';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { blankTables, placeCells, renderCsv, renderHtml, renderJson, renderMarkdown, renderText, reportView, tableGrids, type ViewInput } from '../../src/format';
import { renderDocx } from '../../src/format/render/office';
import { renderXlsx } from '../../src/format/render/office';
import { EXAMPLE } from '../helpers/fixtures';
import { expectEvery } from '../helpers/assertions';

const GOLDEN = path.join(__dirname, '../fixtures/golden');
const exampleView = () => reportView({ ...EXAMPLE.report, agency: EXAMPLE.agency } as ViewInput);

describe('golden files for the example report', () => {
  test.each([
    ['html', renderHtml],
    ['txt', renderText],
    ['md', renderMarkdown],
  ] as const)('%s', (ext, render) => {
    const file = path.join(GOLDEN, `yuanzhou-kjj-2023.${ext}`);
    const actual = render(exampleView());
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});

type Th = { text: string; rowspan: number; colspan: number; scope?: string };
function headerCells(html: string, id: string): Th[][] {
  const $ = cheerio.load(html);
  return $(`table#${id} thead tr`)
    .toArray()
    .map((tr) =>
      $(tr)
        .children()
        .toArray()
        .map((c) => ({ text: $(c).text(), rowspan: Number($(c).attr('rowspan') ?? 1), colspan: Number($(c).attr('colspan') ?? 1), scope: $(c).attr('scope') })),
    );
}

describe.each(['v2019', 'v2021'] as const)('template structure %s', (version) => {
  // Rendered in each test (beforeEach runs inside it), so mutation testing counts each test as covering the renderer.
  let html: string;
  let $: cheerio.CheerioAPI;
  beforeEach(() => {
    html = renderHtml(reportView({ year: version === 'v2019' ? 2020 : 2023, formatVersion: version, agency: { name: '某局' }, ...blankTables(version) }));
    $ = cheerio.load(html);
  });

  test('表三 header: the 勾稽 note over 3×3, 申请人情况 over 7, 法人或其他组织 over 5', () => {
    const head = headerCells(html, 'requests');
    expect(head[0]).toEqual([
      { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rowspan: 3, colspan: 3, scope: undefined },
      { text: '申请人情况', rowspan: 1, colspan: 7, scope: 'colgroup' },
    ]);
    expect(head[1]).toEqual([
      { text: '自然人', rowspan: 2, colspan: 1, scope: 'col' },
      { text: '法人或其他组织', rowspan: 1, colspan: 5, scope: 'colgroup' },
      { text: '总计', rowspan: 2, colspan: 1, scope: 'col' },
    ]);
    expect(head[2].map((c) => c.text)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  test('表三 body: grouped row headings with their spans', () => {
    const spans = (text: string) => Number($(`table#requests tbody th`).filter((_, el) => $(el).text() === text).attr('rowspan') ?? 1);
    expect(spans('三、本年度办理结果')).toBe(version === 'v2021' ? 22 : 20);
    expect(spans('（三）不予公开')).toBe(8);
    expect(spans('（四）无法提供')).toBe(3);
    expect(spans('（五）不予处理')).toBe(5);
    expect(spans('（六）其他处理')).toBe(version === 'v2021' ? 3 : 1);
    expect($('table#requests tbody tr')).toHaveLength(version === 'v2021' ? 25 : 23);
    expect($('table#requests td')).toHaveLength(version === 'v2021' ? 175 : 161);
  });

  test('表四 header: 行政复议 over 5, 行政诉讼 over 10, split 5 + 5; one row of 15 cells', () => {
    const head = headerCells(html, 'reviewLitigation');
    expect(head[0].map((c) => [c.text, c.colspan])).toEqual([['行政复议', 5], ['行政诉讼', 10]]);
    expect(head[1].map((c) => [c.text, c.rowspan, c.colspan])).toEqual([
      ['结果维持', 2, 1], ['结果纠正', 2, 1], ['其他结果', 2, 1], ['尚未审结', 2, 1], ['总计', 2, 1],
      ['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5],
    ]);
    expect(head[2]).toHaveLength(10);
    expect($('table#reviewLitigation tbody td')).toHaveLength(15);
  });

  test('every grid row fills its table width exactly', () => {
    for (const grid of tableGrids(version, blankTables(version))) {
      const rows = [...grid.head, ...grid.body];
      const width = new Map<number, number>();
      for (const { cell, row } of placeCells(rows)) {
        for (let r = row; r < row + (cell.rowspan ?? 1); r++) width.set(r, (width.get(r) ?? 0) + (cell.colspan ?? 1));
      }
      expectEvery([...width.values()], (w) => w === grid.columns);
    }
  });

  test('blank cells stay blank, never 0', () => {
    expectEvery($('table#requests td').toArray(), (td) => $(td).text() === '');
  });

  test('表二 labels follow the version', () => {
    const text = $('table#proactive').text();
    expect(text).toContain(version === 'v2021' ? '本年制发件数' : '本年新制作数量');
    expect(text.includes('第二十条第（九）项')).toBe(version === 'v2019');
  });
});

describe('narrative is inert', () => {
  test('an XSS payload comes out as text', () => {
    const payload = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>';
    const html = renderHtml(reportView({ ...EXAMPLE.report, agency: { name: '<b>局</b>' }, problems: payload, overview: { intro: payload } } as ViewInput));
    const $ = cheerio.load(html);
    expect($('script')).toHaveLength(0);
    expect($('img')).toHaveLength(0);
    expect($('a')).toHaveLength(0);
    expect($('*').toArray().some((el) => Object.keys((el as any).attribs ?? {}).some((a) => a.startsWith('on')))).toBe(false);
    expect($('#problems p').text()).toBe(payload);
    expect(html).not.toMatch(/<link|src="http|url\(http/);
  });
});

describe('other formats', () => {
  test('CSV has one line per cell, with a BOM', () => {
    const csv = renderCsv(exampleView());
    expect(csv.startsWith('\uFEFF机关,年度,表,行键,行,列键,列,值\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 10 + 175 + 15);
    expect(lines).toContain('原州区科学技术局,2023,表三,results.withheld.stateSecret,三、本年度办理结果 （三）不予公开 1.属于国家秘密,naturalPerson,自然人,0');
  });

  test('JSON carries keys, labels and values', () => {
    const json = JSON.parse(renderJson(exampleView()));
    expect(json.tables.map((t: { key: string }) => t.key)).toEqual(['proactive', 'requests', 'reviewLitigation']);
    const t4 = json.tables[2].rows[0];
    expect(t4).toMatchObject({ key: 'review', label: '行政复议' });
    expect(t4.cells[0]).toEqual({ column: 'upheld', label: '结果维持', value: 0, display: '0' });
  });

  test('DOCX opens again with the labels, merged cells and values', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(exampleView()));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const label of ['原州区科学技术局', '三、收到和处理政府信息公开申请情况', '申请人情况', '法人或其他组织', '未经复议直接起诉', '累计主动公开政府信息7条']) {
      expect(xml).toContain(label);
    }
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toContain('<w:gridSpan w:val="10"/>');
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)!.length).toBeGreaterThanOrEqual(10);
  });

  test('XLSX opens again: one sheet per table, merged headers, numbers as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(exampleView())) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);
    const t3 = book.worksheets[1];
    expect(t3.getCell('A2').value).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    const merges = (t3 as any).model.merges as string[];
    expect(merges).toEqual(expect.arrayContaining(['A2:C4', 'D2:J2', 'E3:I3']));
    expect(t3.getCell('D5').value).toBe(0);
    expect(typeof t3.getCell('J5').value).toBe('number');
    expect(book.worksheets[2].getCell('A2').value).toBe('行政复议');
  });
});

describe('a stored table that does not fit the format', () => {
  const broken = () => {
    const view = reportView({ ...EXAMPLE.report, requests: { newReceived: { total: 'abc' } }, agency: EXAMPLE.agency } as ViewInput);
    return { view, $: cheerio.load(renderHtml(view)) };
  };

  test('is left out with a notice naming the cell; the other tables still show', () => {
    const { view, $ } = broken();
    expect($('#requests table')).toHaveLength(0);
    expect($('#requests p').text()).toMatch(/^本表数据不符合统一格式，暂不能显示：表三.*本年新收政府信息公开申请数量/);
    expect($('#proactive table.t2')).toHaveLength(1);
    expect($('#reviewLitigation table.t4')).toHaveLength(1);
    expect(view.tables.map((t) => t.key)).toEqual(['proactive', 'reviewLitigation']);
    expect(renderText(view)).toContain('本表数据不符合统一格式，暂不能显示：');
  });
});
