/** The importer: exact tables from text, HTML and DOCX, a note for every uncertain cell, no invented values. */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { renderHtml, reportView, runChecks, validateTables, type ViewInput } from '../../src/format';
import { linesFromHtml, linesFromText, parseReport, type ImportResult } from '../../src/format/import';
import { renderDocx } from '../../src/format/render/office';
import { readSource } from '../../src/format/import';
import { EXAMPLE } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const sampleText = (name: string) => fs.readFileSync(path.join(ROOT, 'data/samples', `${name}.txt`), 'utf8');
const fromText = (text: string) => parseReport(linesFromText(text));
const tables = (r: ImportResult['report']) => ({ proactive: r.proactive, requests: r.requests, reviewLitigation: r.reviewLitigation });
const messages = (r: ImportResult) => r.notes.map((n) => n.message);
const EXAMPLE_TEXT = sampleText('yuanzhou-kjj-2023');

describe('the example report 原州区科学技术局 2023', () => {
  const result = () => fromText(EXAMPLE_TEXT);

  test('imports with every cell right', () => {
    expect(tables(result().report)).toEqual(tables(EXAMPLE.report));
    expect(result().report).toMatchObject({ agencyName: '原州区科学技术局', year: 2023, formatVersion: 'v2021', periodStart: '2023-01-01', periodEnd: '2023-12-31' });
  });

  test('notes the 16 cells of table 四 aligned to 15', () => {
    const note = result().notes.find((n) => n.message.startsWith('表四 数据行有16个单元格'));
    expect(note).toMatchObject({ level: 'info', ref: '第88行' });
    expect(result().notes.filter((n) => n.level !== 'info')).toEqual([]);
  });

  test('reads the narrative sections and the fee', () => {
    expect(result().report.overview.infoManagement).toContain('累计主动公开政府信息7条');
    expect(result().report.overview.proactiveDisclosure).toContain('政府开放日活动');
    expect(result().report.problems).toContain('2024年，我局将从以下方面加以改进');
    expect(result().report.otherMatters.feeCollectedAmountYuan).toBe(0);
  });

  test('is then checked by the rules like any other: R33 and no error', () => {
    const checked = runChecks({ ...result().report, agencyType: 'governmentDepartment' });
    expect(checked.errors).toBe(0);
    expect(checked.findings.filter((f) => f.severity === 'W').map((f) => f.rule)).toEqual(['R33']);
  });
});

describe.each(['huaian-szf-2024', 'hongze-qzf-2023', 'hongze-qzf-2024', 'suqian-szf-2023', 'suqian-szf-2024'])('sample %s', (name) => {
  const result = () => fromText(sampleText(name));
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/samples', `${name}.json`), 'utf8'));

  test('imports every cell as its text has it', () => {
    expect(tables(result().report)).toEqual(tables(expected));
    expect(result().report.year).toBe(expected.year);
    expect(result().report.agencyName).toBe(expected.agencyName);
  });

  test('names each loosely matched label', () => {
    for (const [address, label] of Object.entries(expected.sourceLabels as Record<string, string>)) {
      if (result().report.sourceLabels[address] !== label) throw new Error(`${address}: ${result().report.sourceLabels[address]} ≠ ${label}`);
    }
    if (name.startsWith('hongze')) expect(messages(result())).toContain('表三 标签“2.其他法律行政止公开”与模板“2.其他法律行政法规禁止公开”不完全一致，按近似标签对应');
    if (name.startsWith('suqian')) expect(messages(result()).filter((m) => m.includes('逾期不'))).toHaveLength(2);
  });
});

/** The example with one change to its text. */
const variant = (from: string | RegExp, to: string) => fromText(EXAMPLE_TEXT.replace(from, to));

describe('quirks of FORMAT.md §10', () => {
  test('numbering 1、 and (一) with spaces', () => {
    const r = fromText(EXAMPLE_TEXT.replace(/\t(\d)\./g, '\t$1、').replace(/\(一\) 予以公开/, '（一）予以公开'));
    expect(tables(r.report)).toEqual(tables(EXAMPLE.report));
  });

  test('labels split character by character', () => {
    const r = variant('1.本机关不掌握相关政府信息', '1.本 机 关 不 掌 握 相关政府信息');
    expect(r.report.requests!['results.unavailable.notHeld']).toEqual(EXAMPLE.report.requests['results.unavailable.notHeld']);
  });

  test('typos are matched loosely and noted', () => {
    const r = variant('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
    expect(tables(r.report)).toEqual(tables(EXAMPLE.report));
    expect(messages(r)).toContain('表三 标签“2.其他法律行政止公开”与模板“2.其他法律行政法规禁止公开”不完全一致，按近似标签对应');
  });

  test('blank and "/" cells stay blank and "/", never 0', () => {
    const r = variant('一、本年新收政府信息公开申请数量\t\t0\t0\t0', '一、本年新收政府信息公开申请数量\t\t\t/\t0');
    expect(r.report.requests!.newReceived).toMatchObject({ naturalPerson: null, commercial: '/', research: 0 });
  });

  test('concatenated cells are split only when unambiguous', () => {
    const ok = variant(/二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0/, '二、上年结转政府信息公开申请数量\t1000001');
    expect(ok.report.requests!.carriedOver).toEqual({ naturalPerson: 1, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 1 });
    const ambiguous = variant(/二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0/, '二、上年结转政府信息公开申请数量\t1234567');
    expect(ambiguous.report.requests!.carriedOver.naturalPerson).toBeNull();
    expect(messages(ambiguous)).toContain('表三 未找到“二、上年结转政府信息公开申请数量”一行，已留空');
  });

  test('page-break duplicates are dropped', () => {
    const r = variant('\t(四) 无法提供', '\t\t申请人情况\n三、本年度办理结果\n\t\t8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n\t(四) 无法提供');
    expect(tables(r.report)).toEqual(tables(EXAMPLE.report));
    expect(messages(r)).toContain('表三 “8.属于行政查询事项”重复出现（分页重复），已忽略');
  });

  test('noise: dashes, trailing tabs and blank lines', () => {
    const r = variant('二、上年结转政府信息公开申请数量', '\n-------------\t---\n\n二、上年结转政府信息公开申请数量');
    expect(tables(r.report)).toEqual(tables(EXAMPLE.report));
  });

  test('table 二 in pipes, one cell per line, and with a blank line before the data row', () => {
    const t2 = ['第二十条第(一)项 | |||', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数', '规章', '1', '0', '1', '行政规范性文件 | 2 | 3 | 4',
      '第二十条第（五）项', '信息内容', '本年处理决定数量', '', '行政许可 | 7', '第二十条第（六）项', '行政处罚 | 8', '行政强制 | 9', '第二十条第（八）项', '行政事业性收费 | 4166.241619'].join('\n');
    const text = EXAMPLE_TEXT.replace(/第二十条第（一）项[\s\S]*?行政事业性收费\t0\n/, `${t2}\n`);
    const r = fromText(text);
    expect(r.report.proactive).toEqual({
      rules: { issued: 1, repealed: 0, inForce: 1 },
      normativeDocs: { issued: 2, repealed: 3, inForce: 4 },
      licensing: { decisions: 7 },
      penalty: { decisions: 8 },
      coercion: { decisions: 9 },
      adminFees: { amountWan: '4166.241619' },
    });
  });

  test('a collapsed （六） is stored unsplit, and R23 reports it', () => {
    const text = EXAMPLE_TEXT.replace(/\t\(六\) 其他处理[\s\S]*?3\.其他\t0\t0\t0\t0\t0\t0\t0\n/, '\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n');
    const r = fromText(text);
    expect(Object.keys(r.report.requests!)).toContain('results.otherHandling.unsplit');
    expect(Object.keys(r.report.requests!)).toHaveLength(23);
    expect(runChecks({ ...r.report }).findings.map((f) => f.rule)).toContain('R23');
  });

  test('table 四 with 16 cells: the one alignment that balances, or manual entry', () => {
    const row = (cells: number[]) => EXAMPLE_TEXT.replace(/\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n/, `\n${cells.join('\t')}\n`);
    const unique = fromText(row([1, 1, 0, 0, 2, 7, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]));
    expect(unique.report.reviewLitigation!.review).toEqual({ upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 });
    expect(unique.report.reviewLitigation!.suitDirect).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(messages(unique).some((m) => m.includes('唯一'))).toBe(true);
    const ambiguous = fromText(row([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]));
    expect(ambiguous.report.reviewLitigation!.review.upheld).toBeNull();
    expect(ambiguous.notes.find((n) => n.message.includes('需人工录入'))!.level).toBe('error');
  });

  test('表二 cells run together: split at spaces when that fits the row, otherwise every cell blank with its note', () => {
    const spaced = variant('规章\t0\t0\t0', '规章\t1 2 3');
    expect(spaced.report.proactive!.rules).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    const joined = variant('规章\t0\t0\t0', '规章\t1、2、3');
    expect(joined.report.proactive!.rules).toEqual({ issued: null, repealed: null, inForce: null });
    expect(joined.notes.filter((n) => n.cell?.startsWith('t2.rules.')).map((n) => [n.cell, n.message])).toEqual([
      ['t2.rules.issued', '表二 规章 本年制发件数：该行的数字连在一起（“1、2、3”），无法按列拆分，已留空'],
      ['t2.rules.repealed', '表二 规章 本年废止件数：该行的数字连在一起（“1、2、3”），无法按列拆分，已留空'],
      ['t2.rules.inForce', '表二 规章 现行有效件数：该行的数字连在一起（“1、2、3”），无法按列拆分，已留空'],
    ]);
  });

  test('a group\'s printed subtotal line is kept for R08, not imported as a cell', () => {
    const r = variant(/\n(\t\(三\) 1\.属于国家秘密)/, '\n\t（三）不予公开\t2\t0\t0\t0\t0\t0\t2\n$1');
    expect(r.report.sourceSubtotals).toEqual({ 'results.withheld': { naturalPerson: 2, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 2 } });
    expect(tables(r.report)).toEqual(tables(EXAMPLE.report));
    expect(messages(r)).toContain('表三 “（三）不予公开”一行是小计，按原文保留以核对各子项之和（R08），不作为单元格导入');
    expect(runChecks({ ...r.report, agencyType: 'governmentDepartment' }).findings.filter((f) => f.rule === 'R08').map((f) => f.message)).toEqual([
      '表三 （三）不予公开 自然人：小计为2，各子项之和为0',
      '表三 （三）不予公开 总计：小计为2，各子项之和为0',
    ]);
  });

  test('an unreadable cell stays blank, with a note naming it', () => {
    const r = variant(/(一、本年新收政府信息公开申请数量\t\t)0/, '$1O');
    expect(r.report.requests!.newReceived.naturalPerson).toBeNull();
    expect(r.notes).toContainEqual(expect.objectContaining({ cell: 't3.newReceived.naturalPerson', message: '表三 一、本年新收政府信息公开申请数量 自然人：无法识别“O”，已留空' }));
  });
});

describe('the title', () => {
  const body = EXAMPLE_TEXT.slice(EXAMPLE_TEXT.indexOf('\n', EXAMPLE_TEXT.indexOf('年度报告')));
  const titled = (...head: string[]) => fromText(`${head.join('\n')}\n${body}`).report;

  test.each([
    [['淮安市人民政府2024年政府信息公开工作年度报告'], '淮安市人民政府', 2024],
    [['2019年上海市人民政府办公厅政府信息公开工作年度报告'], '上海市人民政府办公厅', 2019],
    [['2022年度某某镇政府信息公开工作年度报告'], '某某镇', 2022],
    [['2021年上海市人民政府信息公开工作年度报告'], '上海市人民政府', 2021],
    [['《某县人民政府2023年政府信息公开工作年度报告》'], '某县人民政府', 2023],
    [['某区发展和改革委员会关于2023年度政府信息公开工作年度报告'], '某区发展和改革委员会', 2023],
    [['某市统计局2023年政府信息公开工作年度报告（全文）'], '某市统计局', 2023],
    [['某市统计局', '2023年政府信息公开工作年度报告'], '某市统计局', 2023],
  ])('%j names %s and %i', (head, agency, year) => {
    expect(titled(...head)).toMatchObject({ agencyName: agency, year });
  });

  test('a preamble sentence that names the report is not a title, and its agency is not taken', () => {
    const r = fromText(`根据《中华人民共和国政府信息公开条例》规定，现将深圳市某某局（以下简称本局）2021年政府信息公开工作年度报告公布如下\n${body}`);
    expect(r.report.agencyName).toBeNull();
    expect(r.notes.map((n) => n.message)).toContain('未找到“YYYY年…年度报告”标题，无法确定年度和机关');
  });

  test('a year-first title with no agency anywhere asks for one', () => {
    const r = fromText(`2023年政府信息公开工作年度报告\n${body}`);
    expect(r.report).toMatchObject({ agencyName: null, year: 2023 });
    expect(r.notes).toContainEqual(expect.objectContaining({ level: 'warning', message: '未能从标题识别机关名称，请在导入时指定机关' }));
  });
});

test('the 统一社会信用代码 a report prints is read, to find its agency by', () => {
  expect(fromText(`${EXAMPLE_TEXT}\n统一社会信用代码：11640402MB1234567X\n`).report.creditCode).toBe('11640402MB1234567X');
  expect(fromText(EXAMPLE_TEXT).report.creditCode).toBeNull();
});

describe('the date of publication', () => {
  const issued = (text: string) => fromText(text).report.issuedOn;

  test('the 落款 date at the end, in figures or in Chinese numerals', () => {
    expect(issued(`${EXAMPLE_TEXT}\n原州区科学技术局\n2024年1月20日\n`)).toBe('2024-01-20');
    expect(issued(`${EXAMPLE_TEXT}\n原州区科学技术局\n二〇二四年一月二十三日\n`)).toBe('2024-01-23');
  });

  test('a portal\'s 发布日期, before the 落款', () => {
    expect(issued(`发布日期：2024-01-25　来源：原州区科学技术局\n${EXAMPLE_TEXT}\n2024年1月20日`)).toBe('2024-01-25');
  });

  test('no date, or one that cannot be the publication of a 2023 report: none, with a note', () => {
    const r = fromText(EXAMPLE_TEXT);
    expect(r.report.issuedOn).toBeNull();
    expect(r.notes).toContainEqual(expect.objectContaining({ message: '原文未写明发布日期（落款日期或“发布日期”），无法核对是否按期发布（R37）' }));
    expect(issued(`${EXAMPLE_TEXT}\n2023年6月1日`)).toBeNull();
    expect(issued(`${EXAMPLE_TEXT}\n2024年13月1日`)).toBeNull();
  });
});

describe('HTML and Word', () => {
  test('a portal page: rowspans, colspans, &nbsp;, full-width digits, a table split in two, a nested cell table', () => {
    const r = parseReport(linesFromHtml(fs.readFileSync(path.join(ROOT, 'test/fixtures/import/portal.html'), 'utf8')));
    expect(r.report).toMatchObject({ agencyName: '某县人民政府', year: 2024, formatVersion: 'v2021', periodStart: '2024-01-01' });
    expect(r.report.proactive).toMatchObject({ normativeDocs: { issued: 3, repealed: 1, inForce: 20 }, licensing: { decisions: 5120 }, coercion: { decisions: null }, adminFees: { amountWan: '1234.5678' } });
    expect(r.report.requests!.newReceived.total).toBe(12);
    expect(r.report.requests!['results.unavailable.notHeld']).toMatchObject({ naturalPerson: 1, commercial: 1, total: 2 });
    expect(r.report.requests!['results.otherHandling.other'].naturalPerson).toBe(0);
    expect(r.report.reviewLitigation!.review).toEqual({ upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 });
    expect(runChecks({ ...r.report, agencyType: 'countyGovernment' }).errors).toBe(0);
  });

  test('the project\'s own HTML and DOCX round-trip to identical data', async () => {
    const view = reportView({ ...EXAMPLE.report, agency: EXAMPLE.agency } as ViewInput);
    for (const [name, content] of [['r.html', Buffer.from(renderHtml(view))], ['r.docx', await renderDocx(view)]] as const) {
      const { lines } = await readSource(name, content);
      const r = parseReport(lines);
      expect(tables(r.report)).toEqual(tables(EXAMPLE.report));
      expect(r.report.overview.platform).toBe(EXAMPLE.report.overview.platform);
    }
  });

  test('GB18030 text is decoded', async () => {
    const encoded = Buffer.from(require('iconv-lite').encode(EXAMPLE_TEXT, 'gb18030'));
    const { kind, lines } = await readSource('report.txt', encoded);
    expect(kind).toBe('text');
    expect(tables(parseReport(lines).report)).toEqual(tables(EXAMPLE.report));
  });
});

describe('garbled, truncated and random input', () => {
  test('never throws, notes what is missing, and returns only valid cells', () => {
    const pieces = fc.constantFrom(...EXAMPLE_TEXT.split('\n'), '<table><tr><td>', '</td></tr>', '\t', '|', '一、总体情况', '0', '１２', '/', '');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 120 }).map((p) => p.join('\n')), fc.integer({ min: 0, max: EXAMPLE_TEXT.length }).map((n) => EXAMPLE_TEXT.slice(0, n))), (text) => {
        for (const lines of [linesFromText(text), linesFromHtml(text)]) {
          const r = parseReport(lines);
          if (!r.report.requests || r.report.year === null) expect(r.notes.length).toBeGreaterThan(0);
          // Whatever it read fits the schema: cells are numbers, blank or '/', nothing else.
          if (r.report.formatVersion && r.report.formatVersion !== 'pre2019') expect(validateTables(r.report.formatVersion, tables(r.report)).ok).toBe(true);
        }
      }),
      // Under mutation testing (StrykerJS workers) each mutant reruns this; fewer cases keep the run short.
      { numRuns: process.env.STRYKER_MUTATOR_WORKER ? 40 : 300 },
    );
  });
});
