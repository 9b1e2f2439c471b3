/**
 * Every arithmetic rule is violated in every row and column it covers, and names the cell: the
 * cases are generated from the format definition, starting from the report whose cells all differ
 * (all non-zero, so one more or one less is always a count).
 */
import fs from 'fs';
import path from 'path';
import { TABLE3_COLUMNS, TABLE3_UNSPLIT_KEY, TABLE4_COLUMNS, TABLE4_GROUPS, blankTables, cellAddress, runChecks, table3Layouts, type CheckableReport } from '../../src/format';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
const ROWS = table3Layouts('v2021')[0].rows;
const LEAVES = ROWS.filter((r) => r.resultLeaf).map((r) => r.key);
const COLUMNS = TABLE3_COLUMNS.map((c) => c.key);
const APPLICANTS = COLUMNS.filter((c) => c !== 'total');

function base(): CheckableReport & { requests: Record<string, Record<string, unknown>>; reviewLitigation: Record<string, Record<string, unknown>> } {
  return { ...JSON.parse(JSON.stringify(DISTINCT.report)), agencyName: DISTINCT.agency.name, agencyType: DISTINCT.agency.type, publishedAt: '2024-01-20T02:00:00.000Z' };
}

/** The findings of `rule` after `change`, as lists of cells. */
function cellsOf(rule: string, change: (r: ReturnType<typeof base>) => void): string[][] {
  const report = base();
  change(report);
  return runChecks(report).findings.filter((f) => f.rule === rule && !f.notAssessable).map((f) => f.cells);
}

const bump = (r: ReturnType<typeof base>, table: 'requests' | 'reviewLitigation', row: string, col: string, by: number) => {
  (r[table][row] as Record<string, number>)[col] = (r[table][row][col] as number) + by;
};

test('the starting report passes every arithmetic rule', () => {
  const findings = runChecks(base()).findings.filter((f) => !f.notAssessable && f.severity !== 'I');
  expect(findings).toEqual([]);
});

describe('R02: 总计 = 各类申请人之和, in every row of 表三', () => {
  test.each(ROWS.flatMap((row) => COLUMNS.map((col) => [row.key, col])))('%s, one more in %s', (row, col) => {
    const found = cellsOf('R02', (r) => bump(r, 'requests', row, col, 1));
    expect(found.some((cells) => cells.includes(cellAddress('requests', row, col)))).toBe(true);
  });
});

describe('R01: 一+二 = 三（七）+四, in every column', () => {
  test.each(COLUMNS.flatMap((col) => ['newReceived', 'carriedOver', 'results.total', 'carriedForward'].map((row) => [col, row])))('column %s, one more in %s', (col, row) => {
    const found = cellsOf('R01', (r) => bump(r, 'requests', row, col, 1));
    expect(found.some((cells) => cells.includes(cellAddress('requests', row, col)))).toBe(true);
  });
});

describe('R03 and R04: （七）总计 against the results, in every column and every result row', () => {
  test.each(APPLICANTS.flatMap((col) => LEAVES.map((row) => [col, row])))('column %s: one less in %s is R03, one more is R04', (col, row) => {
    const less = cellsOf('R03', (r) => bump(r, 'requests', row, col, -1));
    const more = cellsOf('R04', (r) => bump(r, 'requests', row, col, 1));
    expect(less.some((cells) => cells.includes(cellAddress('requests', 'results.total', col)))).toBe(true);
    expect(more.some((cells) => cells.includes(cellAddress('requests', 'results.total', col)))).toBe(true);
  });
});

describe('R05: every cell of 表三 must be a number', () => {
  test.each(ROWS.flatMap((row) => COLUMNS.map((col) => [row.key, col])))('%s %s blank', (row, col) => {
    const found = cellsOf('R05', (r) => {
      r.requests[row][col] = null;
    });
    expect(found).toEqual([[cellAddress('requests', row, col)]]);
  });
});

describe('R09–R11: each group of 表四 sums to its 总计; R12: 15 numbers', () => {
  const ruleOf = { review: 'R09', suitDirect: 'R10', suitAfterReview: 'R11' } as Record<string, string>;
  test.each(TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => [g.key, c.key])))('%s %s', (group, col) => {
    const found = cellsOf(ruleOf[group], (r) => bump(r, 'reviewLitigation', group, col, 1));
    expect(found.some((cells) => cells.includes(cellAddress('reviewLitigation', group, col)))).toBe(true);
    for (const other of Object.values(ruleOf).filter((x) => x !== ruleOf[group])) expect(cellsOf(other, (r) => bump(r, 'reviewLitigation', group, col, 1))).toEqual([]);
    const blank = cellsOf('R12', (r) => {
      r.reviewLitigation[group][col] = null;
    });
    expect(blank).toEqual([[cellAddress('reviewLitigation', group, col)]]);
  });
});

describe('messages say what an editor must fix', () => {
  test('R09–R11 give the parts, their sum, the total and the difference', () => {
    const report = base();
    bump(report, 'reviewLitigation', 'suitDirect', 'total', 3);
    const [f] = runChecks(report).findings.filter((x) => x.rule === 'R10');
    const g = DISTINCT.report.reviewLitigation.suitDirect;
    const sum = g.upheld + g.corrected + g.other + g.pending;
    expect(f.message).toBe(`表四 未经复议直接起诉：${g.upheld}+${g.corrected}+${g.other}+${g.pending}=${sum}，总计=${sum + 3}，相差3`);
    expect([f.expected, f.actual]).toEqual([String(sum), String(sum + 3)]);
    expect(f.cells).toEqual(TABLE4_COLUMNS.map((c) => cellAddress('reviewLitigation', 'suitDirect', c.key)));
  });

  test('R12 counts the blank cells and names up to three', () => {
    const one = base();
    one.reviewLitigation.review.other = '/';
    expect(runChecks(one).findings.find((f) => f.rule === 'R12')).toMatchObject({
      actual: '14个数字',
      message: '表四 15个单元格应全部为非负整数（没有的填0），有1个为空白或“/”：行政复议 其他结果',
    });
    const four = base();
    for (const c of ['upheld', 'corrected', 'other']) four.reviewLitigation.review[c] = null;
    four.reviewLitigation.suitAfterReview.pending = null;
    const f = runChecks(four).findings.find((x) => x.rule === 'R12')!;
    expect(f.message).toBe('表四 15个单元格应全部为非负整数（没有的填0），有4个为空白或“/”：行政复议 结果维持、行政复议 结果纠正、行政复议 其他结果 等');
    expect(f.cells).toHaveLength(4);
    const three = base();
    for (const c of ['upheld', 'corrected', 'other']) three.reviewLitigation.review[c] = null;
    expect(runChecks(three).findings.find((x) => x.rule === 'R12')!.message).toMatch(/其他结果$/);
  });

  test('R12 without 表四 says it is missing; a malformed 表四 is R16, not R12', () => {
    const none = base() as unknown as Record<string, unknown>;
    none.reviewLitigation = null;
    expect(runChecks(none).findings.filter((f) => f.rule === 'R12')).toMatchObject([{ cells: ['t4'], message: '表四 尚未填写' }]);
    const malformed = base();
    malformed.reviewLitigation.review.upheld = 'abc';
    const rules = runChecks(malformed).findings.map((f) => f.rule);
    expect(rules).toContain('R16');
    expect(rules).not.toContain('R12');
  });
});

describe('表三 messages and edges', () => {
  const r = DISTINCT.report.requests;
  const find = (rule: string, change: (x: ReturnType<typeof base>) => void) => {
    const report = base();
    change(report);
    return runChecks(report).findings.filter((f) => f.rule === rule && !f.notAssessable);
  };

  test('R01 and R02 give both sides and the difference', () => {
    const [r01] = find('R01', (x) => bump(x, 'requests', 'carriedOver', 'research', 4));
    const a = r.newReceived.research + r.carriedOver.research + 4;
    expect(r01.message).toBe(`表三 科研机构列：一+二=${a}，三（七）+四=${a - 4}，相差4`);
    const [r02] = find('R02', (x) => bump(x, 'requests', 'results.granted', 'total', -2));
    expect(r02.message).toBe(`表三 （一）予以公开：各类申请人之和=${r['results.granted'].total}，总计=${r['results.granted'].total - 2}，相差2`);
    expect([r02.expected, r02.actual]).toEqual([String(r['results.granted'].total), String(r['results.granted'].total - 2)]);
  });

  test('R03 and R04 give the sum, the total and the difference, and name every result cell of the column', () => {
    const [r03] = find('R03', (x) => bump(x, 'requests', 'results.partiallyGranted', 'other', -5));
    const total = r['results.total'].other;
    expect(r03.message).toBe(`表三 其他列：（一）至（六）各项之和=${total - 5}，少于（七）总计=${total}，相差5`);
    expect([r03.expected, r03.actual]).toEqual([String(total), String(total - 5)]);
    expect(r03.cells).toEqual([...LEAVES, 'results.total'].map((row) => cellAddress('requests', row, 'other')));
    const [r04] = find('R04', (x) => bump(x, 'requests', 'results.partiallyGranted', 'other', 6));
    expect(r04.message).toBe(`表三 其他列：（一）至（六）各项之和=${total + 6}，多于（七）总计=${total}，相差6；同一申请只能计入一种结果，区分处理的只计入（二）部分公开`);
    expect([r04.expected, r04.actual]).toEqual([String(total), String(total + 6)]);
  });

  test('R03 and R04 do not judge a pre-2019 report, nor one without 表三', () => {
    for (const rule of ['R03', 'R04']) {
      expect(find(rule, (x) => { bump(x, 'requests', 'results.granted', 'other', 9); x.formatVersion = 'pre2019'; })).toEqual([]);
      expect(find(rule, (x) => { (x as unknown as Record<string, unknown>).requests = null; })).toEqual([]);
    }
  });

  test('R05 names up to three blank or "/" cells and counts the cells of the version', () => {
    const [one] = find('R05', (x) => { x.requests.carriedOver.research = '/'; });
    expect(one).toMatchObject({ actual: '1个', message: '表三 175个单元格应全部为非负整数（没有的填0），有1个为空白或“/”：二、上年结转政府信息公开申请数量 科研机构（“/”）' });
    const [four] = find('R05', (x) => {
      x.requests.newReceived.naturalPerson = null;
      x.requests.newReceived.commercial = '/';
      x.requests.newReceived.research = null;
      x.requests.carriedOver.other = null;
    });
    expect(four.message).toBe('表三 175个单元格应全部为非负整数（没有的填0），有4个为空白或“/”：一、本年新收政府信息公开申请数量 自然人（空白）、一、本年新收政府信息公开申请数量 商业企业（“/”）、一、本年新收政府信息公开申请数量 科研机构（空白） 等');
    expect(four.cells).toHaveLength(4);
    const [three] = find('R05', (x) => { for (const c of ['naturalPerson', 'commercial', 'research']) x.requests.newReceived[c] = null; });
    expect(three.message).toMatch(/（空白）$/);
    const missing = find('R05', (x) => { (x as unknown as Record<string, unknown>).requests = null; });
    expect(missing).toMatchObject([{ cells: ['t3'], message: '表三 尚未填写' }]);
    const malformed = find('R05', (x) => { x.requests.newReceived.naturalPerson = 'abc'; });
    expect(malformed).toEqual([]);
  });

  test('R06: results or carried forward above 一+二', () => {
    const found = find('R06', (x) => {
      bump(x, 'requests', 'carriedForward', 'legalService', r.newReceived.legalService + r.carriedOver.legalService);
    });
    const sum = r.newReceived.legalService + r.carriedOver.legalService;
    const value = r.carriedForward.legalService + sum;
    expect(found).toEqual([
      expect.objectContaining({
        cells: ['newReceived', 'carriedOver', 'carriedForward'].map((row) => cellAddress('requests', row, 'legalService')),
        expected: `≤${sum}`,
        actual: String(value),
        message: `表三 法律服务机构列：四、结转下年度继续办理=${value}，超过一+二=${sum}`,
      }),
    ]);
    expect(find('R06', () => undefined)).toEqual([]);
  });

  test('R07: unpaid fees need the notices in section 六', () => {
    const unpaid = r['results.otherHandling.feeUnpaid'].total;
    const [f] = find('R07', (x) => { x.otherMatters = { ...x.otherMatters, feeNoticesIssuedCount: null }; });
    expect(f).toMatchObject({ severity: 'W', actual: String(unpaid), message: `表三 有${unpaid}件申请因逾期未缴纳信息处理费不再处理，第六部分应报告发出收费通知的件数和金额` });
    expect(f.cells).toEqual([cellAddress('requests', 'results.otherHandling.feeUnpaid', 'total'), 'otherMatters.feeNoticesIssuedCount', 'otherMatters.feeNoticesIssuedAmountYuan']);
    expect(find('R07', (x) => { x.otherMatters = { ...x.otherMatters, feeNoticesIssuedAmountYuan: null }; })).toHaveLength(1);
    expect(find('R07', () => undefined)).toEqual([]);
    expect(find('R07', (x) => { x.requests['results.otherHandling.feeUnpaid'].total = 0; x.otherMatters = null; })).toEqual([]);
  });

  test('R08: a printed subtotal that differs from its parts, column by column', () => {
    const parts = Object.keys(r).filter((row) => row.startsWith('results.withheld.'));
    const sum = (c: string) => parts.reduce((s, row) => s + r[row][c], 0);
    const printed = Object.fromEntries(COLUMNS.map((c) => [c, sum(c)]));
    expect(find('R08', (x) => { x.sourceSubtotals = { 'results.withheld': printed }; })).toEqual([]);
    const found = find('R08', (x) => { x.sourceSubtotals = { 'results.withheld': { ...printed, commercial: sum('commercial') + 7, other: null } }; });
    expect(found).toEqual([
      expect.objectContaining({ cells: [cellAddress('requests', 'results.withheld', 'commercial')], expected: String(sum('commercial')), actual: String(sum('commercial') + 7), message: `表三 （三）不予公开 商业企业：小计为${sum('commercial') + 7}，各子项之和为${sum('commercial')}` }),
    ]);
    expect(find('R08', (x) => { x.sourceSubtotals = { 'results.withheld': { ...printed, commercial: 1 } }; (x as unknown as Record<string, unknown>).requests = null; })).toEqual([]);
  });
});

describe('what the arithmetic rules leave to others', () => {
  const find = (rule: string, report: CheckableReport) => runChecks(report).findings.filter((f) => f.rule === rule && !f.notAssessable);

  test('a blank part or total is R05’s (or R12’s), not a sum', () => {
    for (const col of ['naturalPerson', 'total']) {
      const report = base();
      report.requests.newReceived[col] = null;
      expect(find('R02', report).filter((f) => f.cells[0].startsWith('t3.newReceived.'))).toEqual([]);
    }
    for (const col of ['upheld', 'total']) {
      const report = base();
      report.reviewLitigation.review[col] = null;
      expect(find('R09', report)).toEqual([]);
    }
    const blankTotal = base();
    blankTotal.requests['results.total'].other = null;
    expect([...find('R03', blankTotal), ...find('R04', blankTotal)].filter((f) => f.cells.some((c) => c.endsWith('.other')))).toEqual([]);
  });

  test('a report with no format version is checked in its year\'s, as the grid draws it; R05 counts 161 cells in v2019', () => {
    const unknown = base();
    unknown.formatVersion = null;
    bump(unknown, 'requests', 'results.granted', 'other', 3);
    const stated = base();
    bump(stated, 'requests', 'results.granted', 'other', 3);
    expect(find('R04', unknown)).toEqual(find('R04', stated));
    expect(find('R04', unknown)).toHaveLength(1);
    const v2019 = { year: 2020, ...blankTables('v2019'), agencyName: '某局', agencyType: 'governmentDepartment' as const };
    expect(find('R16', v2019)).toEqual([]);
    expect(find('R05', v2019)[0].message).toMatch(/^表三 161个单元格应全部为非负整数/);
  });

  test('a v2021 report that collapses （六） is summed over its own rows', () => {
    const report = base();
    const split = ['results.otherHandling.noCorrection', 'results.otherHandling.feeUnpaid', 'results.otherHandling.other'];
    report.requests[TABLE3_UNSPLIT_KEY] = Object.fromEntries(COLUMNS.map((c) => [c, split.reduce((s, row) => s + (report.requests[row][c] as number), 0)]));
    for (const row of split) delete report.requests[row];
    expect([...find('R03', report), ...find('R04', report)]).toEqual([]);
    bump(report, 'requests', TABLE3_UNSPLIT_KEY, 'research', 2);
    expect(find('R04', report).map((f) => f.cells.at(-2))).toEqual([cellAddress('requests', TABLE3_UNSPLIT_KEY, 'research')]);
  });
});
