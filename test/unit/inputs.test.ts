/**
 * What the core accepts at its edges — a typed or pasted cell, a dry-run body, a report write —
 * asserted value by value and message by message, because the API and browser tests that also
 * reach these functions do not run under mutation testing.
 */
import {
  YEAR_RANGE,
  blankTables,
  cellProblem,
  columnKind,
  describeLocation,
  fillTotals,
  normalizeCell,
  numericValue,
  parseAmountText,
  parseCellInput,
  parseCheckableInput,
  parseTsv,
  prepareReportInput,
  TABLE3_UNSPLIT_KEY,
} from '../../src/format';

describe('a typed or pasted cell', () => {
  test('blank is null, never 0; "/" is not applicable; spaces, commas and full-width digits fold', () => {
    expect(parseCellInput('count', '')).toEqual({ ok: true, value: null });
    expect(parseCellInput('count', ' \t')).toEqual({ ok: true, value: null });
    expect(parseCellInput('count', '／')).toEqual({ ok: true, value: '/' });
    expect(parseCellInput('count', '１,２３4')).toEqual({ ok: true, value: 1234 });
    expect(parseCellInput('count', ' 0 ')).toEqual({ ok: true, value: 0 });
  });

  test('a count must be a non-negative integer; the raw text is kept for the editor', () => {
    expect(parseCellInput('count', '-3')).toEqual({ ok: false, raw: '-3', reason: '应为非负整数' });
    expect(parseCellInput('count', '2.5')).toEqual({ ok: false, raw: '2.5', reason: '应为非负整数' });
    expect(parseCellInput('count', '3件')).toEqual({ ok: false, raw: '3件', reason: '应为非负整数' });
    expect(parseCellInput('count', 'x3')).toMatchObject({ ok: false });
  });

  test('v2019 本年增/减 reads 增3, 减4, +5, -6 and a bare number', () => {
    expect(parseCellInput('signedCount', '增3')).toEqual({ ok: true, value: 3 });
    expect(parseCellInput('signedCount', '减4')).toEqual({ ok: true, value: -4 });
    expect(parseCellInput('signedCount', '+5')).toEqual({ ok: true, value: 5 });
    expect(parseCellInput('signedCount', '-6')).toEqual({ ok: true, value: -6 });
    expect(parseCellInput('signedCount', '7')).toEqual({ ok: true, value: 7 });
    expect(parseCellInput('signedCount', '减')).toEqual({ ok: false, raw: '减', reason: '应为整数，减少填负数或“减4”' });
    expect(parseCellInput('signedCount', '3减')).toMatchObject({ ok: false });
    expect(parseCellInput('signedCount', '增3件')).toMatchObject({ ok: false });
  });

  test('万元 amounts stay exact decimal strings, with or without the unit', () => {
    expect(parseCellInput('amountWan', '7,730.28')).toEqual({ ok: true, value: '7730.28' });
    expect(parseCellInput('amountWan', '12万元')).toEqual({ ok: true, value: '12' });
    expect(parseCellInput('amountWan', '12元')).toEqual({ ok: false, raw: '12元', reason: '应为金额（万元），如 7730.28' });
    expect(parseCellInput('amountWan', '约12')).toMatchObject({ ok: false });
    expect(parseCellInput('amountWan', '12.')).toMatchObject({ ok: false });
  });

  test('an amount in words keeps its text and reads the figure and unit when it can', () => {
    expect(parseCellInput('amountText', ' 约120.5万元 ')).toEqual({ ok: true, value: { raw: '约120.5万元', amount: '120.5', unit: '万元' } });
    expect(parseCellInput('amountText', '详见附件')).toEqual({ ok: true, value: { raw: '详见附件', amount: null, unit: null } });
  });

  test('a cell’s kind comes from its 表二 block; 表三 and 表四 cells are counts', () => {
    expect(columnKind('proactive', 'v2021', 'adminFees', 'amountWan')).toBe('amountWan');
    expect(columnKind('proactive', 'v2019', 'penalty', 'itemsDelta')).toBe('signedCount');
    expect(columnKind('proactive', 'v2019', 'procurement', 'amountText')).toBe('amountText');
    expect(columnKind('proactive', 'v2019', 'procurement', 'projects')).toBe('count');
    expect(columnKind('proactive', 'v2021', 'nowhere', 'amountWan')).toBe('count');
    expect(columnKind('proactive', 'v2021', 'rules', 'nowhere')).toBe('count');
    expect(columnKind('requests', 'v2021', 'newReceived', 'total')).toBe('count');
    expect(columnKind('reviewLitigation', 'v2021', 'review', 'amountWan')).toBe('count');
  });
});

describe('a block pasted from Excel, WPS or a web table', () => {
  test('splits rows on any line ending and cells on tabs; one trailing line break is dropped', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']]);
    expect(parseTsv('1\r2\n3')).toEqual([['1'], ['2'], ['3']]);
    expect(parseTsv('1\t\t3')).toEqual([['1', '', '3']]);
    expect(parseTsv('')).toEqual([['']]);
    expect(parseTsv('\n')).toEqual([['']]);
    expect(parseTsv('1\n\n')).toEqual([['1'], ['']]);
  });
});

describe('自动计算合计', () => {
  const zero = (version: 'v2019' | 'v2021') => {
    const t = blankTables(version);
    for (const table of [t.requests, t.reviewLitigation] as Record<string, Record<string, unknown>>[]) {
      for (const row of Object.values(table)) for (const c of Object.keys(row)) row[c] = 0;
    }
    return t;
  };

  test('表三: each row’s 总计 from its applicants, then （七）总计 from the result leaves', () => {
    const t = zero('v2021');
    const rows = t.requests as unknown as Record<string, Record<string, number | null>>;
    rows.newReceived.naturalPerson = 3;
    rows.newReceived.commercial = 4;
    rows['results.granted'].naturalPerson = 2;
    rows['results.withheld.stateSecret'].other = 5;
    const before = JSON.stringify(rows);
    const { data, changed } = fillTotals('requests', 'v2021', rows);
    expect(JSON.stringify(rows)).toBe(before);
    expect(data.newReceived.total).toBe(7);
    expect(data['results.granted'].total).toBe(2);
    expect(data['results.withheld.stateSecret'].total).toBe(5);
    expect(data['results.total'].naturalPerson).toBe(2);
    expect(data['results.total'].other).toBe(5);
    expect(data['results.total'].total).toBe(7);
    expect(changed.sort()).toEqual(
      [
        't3.newReceived.total',
        't3.results.granted.total',
        't3.results.withheld.stateSecret.total',
        't3.results.total.naturalPerson',
        't3.results.total.other',
        't3.results.total.total',
      ].sort(),
    );
  });

  test('a total whose parts are not all numbers is left alone; an unchanged total is not reported', () => {
    const t = zero('v2021');
    const rows = t.requests as unknown as Record<string, Record<string, number | null | string>>;
    rows.newReceived.naturalPerson = null;
    rows.newReceived.commercial = 9;
    rows.newReceived.total = 1;
    const { data, changed } = fillTotals('requests', 'v2021', rows as never);
    expect(data.newReceived.total).toBe(1);
    expect(changed).toEqual([]);
  });

  test('v2021 with （六） collapsed sums the single row, not its absent parts', () => {
    const t = zero('v2021');
    const rows = t.requests as unknown as Record<string, Record<string, number>>;
    for (const key of Object.keys(rows)) if (key.startsWith('results.otherHandling.')) delete rows[key];
    rows[TABLE3_UNSPLIT_KEY] = { naturalPerson: 6, commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 0 };
    const { data } = fillTotals('requests', 'v2021', rows);
    expect(data[TABLE3_UNSPLIT_KEY].total).toBe(6);
    expect(data['results.total'].naturalPerson).toBe(6);
  });

  test('表四: each group’s 总计 from its four results', () => {
    const t = zero('v2021');
    const groups = t.reviewLitigation as unknown as Record<string, Record<string, number>>;
    Object.assign(groups.review, { upheld: 1, corrected: 2, other: 3, pending: 4 });
    Object.assign(groups.suitAfterReview, { upheld: 0, corrected: 0, other: 0, pending: 5, total: 5 });
    const { data, changed } = fillTotals('reviewLitigation', 'v2021', groups);
    expect(data.review.total).toBe(10);
    expect(data.suitAfterReview.total).toBe(5);
    expect(changed).toEqual(['t4.review.total']);
  });

  test('表二 has no totals to fill', () => {
    const t = blankTables('v2021');
    const { data, changed } = fillTotals('proactive', 'v2021', t.proactive as never);
    expect(changed).toEqual([]);
    expect(data).toEqual(t.proactive);
  });
});

describe('stored cell values', () => {
  test('what each kind accepts, and why not', () => {
    expect(cellProblem('count', undefined)).toBe('缺少此单元格（空白请填 null）');
    expect(cellProblem('count', null)).toBeNull();
    expect(cellProblem('count', '/')).toBeNull();
    expect(cellProblem('count', 0)).toBeNull();
    expect(cellProblem('count', 1_000_000_000)).toBeNull();
    expect(cellProblem('count', 1_000_000_001)).toBe('数值过大（超过10亿），请核对');
    expect(cellProblem('count', -1)).toBe('应为非负整数（空白填 null，不适用填 "/"）');
    expect(cellProblem('count', 1.5)).toBe('应为非负整数（空白填 null，不适用填 "/"）');
    expect(cellProblem('count', '3')).toBe('应为非负整数（空白填 null，不适用填 "/"）');
    expect(cellProblem('signedCount', -4)).toBeNull();
    expect(cellProblem('signedCount', -1_000_000_001)).toBe('数值过大（超过10亿），请核对');
    expect(cellProblem('signedCount', 0.5)).toBe('应为整数（减少填负数，如 -4）');
    expect(cellProblem('amountWan', 12.5)).toBeNull();
    expect(cellProblem('amountWan', -1)).toBe('应为非负金额（单位：万元）');
    expect(cellProblem('amountWan', Infinity)).toBe('应为非负金额（单位：万元）');
    expect(cellProblem('amountWan', 2e9)).toBe('数值过大（超过10亿），请核对');
    expect(cellProblem('amountWan', '7730.28')).toBeNull();
    expect(cellProblem('amountWan', '7730.')).toBe('应为非负金额（单位：万元，如 7730.28）');
    expect(cellProblem('amountWan', true)).toBe('应为非负金额（单位：万元，如 7730.28）');
    expect(cellProblem('amountText', '约120万元')).toBeNull();
    expect(cellProblem('amountText', 5)).toBe('应为金额文字（如 "120.5万元"）');
    expect(cellProblem('amountText', { amount: '1' })).toBe('应为金额文字（如 "120.5万元"）');
    expect(cellProblem('amountText', { raw: 'x', amount: '-1' })).toBe('金额应为非负数字');
    expect(cellProblem('amountText', { raw: 'x', amount: 1 })).toBe('金额应为非负数字');
    expect(cellProblem('amountText', { raw: 'x', amount: '1', unit: '千元' })).toBe('单位应为“元”或“万元”');
    expect(cellProblem('amountText', { raw: 'x', amount: null, unit: null })).toBeNull();
    expect(cellProblem('amountText', { raw: 'x', amount: '1', unit: '元' })).toBeNull();
  });

  test('normalised to their stored form', () => {
    expect(normalizeCell('count', 3)).toBe(3);
    expect(normalizeCell('count', null)).toBeNull();
    expect(normalizeCell('amountWan', '/')).toBe('/');
    expect(normalizeCell('amountWan', 12.5)).toBe('12.5');
    expect(normalizeCell('amountWan', '12.50')).toBe('12.50');
    expect(normalizeCell('amountText', '１２０万元')).toEqual({ raw: '１２０万元', amount: '120', unit: '万元' });
    expect(normalizeCell('amountText', { raw: 'x' })).toEqual({ raw: 'x', amount: null, unit: null });
    const complete = { raw: 'x', amount: '1', unit: '元' };
    expect(normalizeCell('amountText', complete)).toBe(complete);
    expect(normalizeCell('amountText', { ...complete, extra: 1 })).toEqual(complete);
    // Blank and not applicable stay as they are in every kind, amounts in words included.
    expect(normalizeCell('amountText', '/')).toBe('/');
    expect(normalizeCell('amountText', null)).toBeNull();
    expect(normalizeCell('amountText', { raw: 'x', amount: '1' })).toEqual({ raw: 'x', amount: '1', unit: null });
    expect(normalizeCell('amountText', { raw: 'x', unit: '元' })).toEqual({ raw: 'x', amount: null, unit: '元' });
  });

  test('amounts in words and numeric values', () => {
    expect(parseAmountText('共计1，234.5 元')).toEqual({ amount: '1234.5', unit: '元' });
    expect(parseAmountText('30')).toEqual({ amount: '30', unit: null });
    expect(parseAmountText('无')).toEqual({ amount: null, unit: null });
    expect(numericValue(0)).toBe(0);
    expect(numericValue('12.5')).toBe(12.5);
    expect(numericValue('12a')).toBeNull();
    expect(numericValue('/')).toBeNull();
    expect(numericValue(null)).toBeNull();
    expect(numericValue({})).toBeNull();
    expect(numericValue(true)).toBeNull();
    expect(parseAmountText('12.55万元')).toEqual({ amount: '12.55', unit: '万元' });
    expect(cellProblem('amountWan', {})).toBe('应为非负金额（单位：万元，如 7730.28）');
  });

  test('a cell’s location in Chinese, unknown rows and columns named as such', () => {
    expect(describeLocation('requests', 'v2021', 'newReceived', 'naturalPerson')).toBe('表三 一、本年新收政府信息公开申请数量 自然人');
    expect(describeLocation('requests', 'v2021', 'nope', 'nah')).toBe('表三 未知的行“nope” 未知的列“nah”');
    expect(describeLocation('reviewLitigation', 'v2021', 'review', 'pending')).toBe('表四 行政复议 尚未审结');
    expect(describeLocation('reviewLitigation', 'v2021', 'nope', 'nah')).toBe('表四 未知的栏目“nope” 未知的列“nah”');
    expect(describeLocation('reviewLitigation', null)).toBe('表四');
    expect(describeLocation('proactive', 'v2021', 'adminFees', 'amountWan')).toMatch(/^表二 第二十条第（八）项.* 行政事业性收费 本年收费金额（单位：万元）$/);
    expect(describeLocation('proactive', null, 'rules', 'issued')).toMatch(/ 规章 本年制发件数$/);
    expect(describeLocation('proactive', 'v2019', 'rules', 'produced')).toMatch(/ 规章 本年新制作数量$/);
    expect(describeLocation('proactive', 'v2021', 'nope', 'issued')).toBe('表二 未知的行“nope” 未知的列“issued”');
    expect(describeLocation('proactive', 'v2021', 'rules')).toMatch(/^表二 .* 规章$/);
  });
});

describe('a dry-run body', () => {
  const issues = (body: unknown) => {
    const r = parseCheckableInput(body);
    if (r.ok) throw new Error('expected issues');
    return r.issues;
  };

  test('a minimal body passes and keeps unknown fields and the tables as posted', () => {
    const r = parseCheckableInput({ year: 2023, extra: 1, requests: 'anything' });
    expect(r).toEqual({ ok: true, value: { year: 2023, extra: 1, requests: 'anything' } });
    expect(parseCheckableInput({ year: YEAR_RANGE.min }).ok).toBe(true);
    expect(parseCheckableInput({ year: YEAR_RANGE.max }).ok).toBe(true);
    expect(parseCheckableInput({ year: 2023, publishedAt: '2024-01-20T08:00:00+08:00', otherMatters: { feeCollectedAmountYuan: '12.5', feeNoticesIssuedCount: 0 } }).ok).toBe(true);
  });

  test('the year is named with its range', () => {
    expect(issues({ year: 2007 })).toEqual([{ path: ['year'], message: '年度：应为2008—2100之间的整数年份' }]);
    expect(issues({ year: 2101 })[0].message).toBe('年度：应为2008—2100之间的整数年份');
    expect(issues({ year: 2023.5 })[0].message).toBe('年度：应为2008—2100之间的整数年份');
    expect(issues({})[0].path).toEqual(['year']);
  });

  test('each field is named in Chinese with what it should be', () => {
    expect(issues({ year: 2023, agencyName: 5 })).toEqual([{ path: ['agencyName'], message: '机关名称：应为文本' }]);
    expect(issues({ year: 2023, formatVersion: 'v2030' })).toEqual([{ path: ['formatVersion'], message: '格式版本：取值无效' }]);
    expect(issues({ year: 2023, agencyType: 'club' })[0].message).toBe('机关类型：取值无效');
    expect(issues({ year: 2023, agency: 'x'.repeat(65) })[0].message).toBe('机关（documentId）：取值无效');
    expect(issues({ year: 2023, publishedAt: '2024-01-20' })[0].message).toBe('发布时间：取值无效');
    expect(issues({ year: 2023, preamble: 1 })[0].message).toBe('引言：应为文本');
    expect(issues({ year: 2023, problems: [] })[0].message).toBe('五、存在的主要问题及改进情况：应为文本');
    expect(issues({ year: 2023, title: 1 })[0].message).toBe('title：应为文本');
    expect(issues({ year: 2023, overview: 'x' })[0].message).toBe('一、总体情况：应为对象');
    expect(issues({ year: 2023, overview: { platform: 3 } })).toEqual([{ path: ['overview', 'platform'], message: '一、总体情况 政府信息公开平台建设：应为文本' }]);
    expect(issues({ year: 2023, overview: { intro: 3 } })[0].message).toBe('一、总体情况 intro：应为文本');
    expect(issues({ year: 2023, otherMatters: { feeCollectedAmountYuan: '-1' } })).toEqual([
      { path: ['otherMatters', 'feeCollectedAmountYuan'], message: '六、其他需要报告的事项 实际收取的总金额（元）：取值无效' },
    ]);
    expect(issues({ year: 2023, otherMatters: { feeNoticesIssuedCount: -1 } })[0].message).toBe('六、其他需要报告的事项 发出收费通知的件数：取值无效');
    expect(issues({ year: 2023, otherMatters: { feeNoticesIssuedAmountYuan: Infinity } })[0].path).toEqual(['otherMatters', 'feeNoticesIssuedAmountYuan']);
    expect(issues({ year: 2023, otherMatters: { innovation: 1 } })[0].message).toBe('六、其他需要报告的事项 年度政务公开工作创新情况：应为文本');
    expect(issues({ year: 2023, otherMatters: { feeStatement: 1 } })[0].message).toBe('六、其他需要报告的事项 信息处理费收取情况：应为文本');
    expect(issues({ year: '2023' })[0].message).toBe('年度：应为2008—2100之间的整数年份');
  });
});

describe('a report write', () => {
  const fail = (incoming: Record<string, unknown>, stored: Parameters<typeof prepareReportInput>[1] = null) => {
    const r = prepareReportInput(incoming, stored);
    if (r.ok) throw new Error('expected issues');
    return r.issues;
  };

  test('the year: required, an integer, within range; a stored year serves a partial update', () => {
    expect(fail({ year: null })).toEqual([{ path: ['year'], message: '年度：必填，据此确定报告格式版本' }]);
    expect(fail({ year: '2023' })).toEqual([{ path: ['year'], message: '年度：应为四位整数年份，如 2023' }]);
    expect(fail({ year: 2023.5 })[0].message).toBe('年度：应为四位整数年份，如 2023');
    expect(fail({ year: 2007 })).toEqual([{ path: ['year'], message: '年度：应在2008—2100年之间' }]);
    expect(fail({ year: 2101 })[0].message).toBe('年度：应在2008—2100年之间');
    expect(prepareReportInput({ year: 2008 }, null)).toEqual({ ok: true, data: { year: 2008, formatVersion: 'pre2019' } });
    expect(prepareReportInput({ year: 2100 }, null).ok).toBe(true);
    expect(prepareReportInput({ title: 'x' }, { year: 2023 })).toEqual({ ok: true, data: { title: 'x', formatVersion: 'v2021' } });
    expect(fail({ year: null }, { year: 2023 })[0].path).toEqual(['year']);
  });

  test('the statistics period runs forwards, also against the stored end', () => {
    expect(fail({ year: 2023, periodStart: '2023-12-31', periodEnd: '2023-01-01' })).toEqual([
      { path: ['periodEnd'], message: '统计期间：结束日期2023-01-01早于开始日期2023-12-31' },
    ]);
    expect(fail({ periodStart: '2024-01-02' }, { year: 2023, periodEnd: '2024-01-01' })[0].path).toEqual(['periodEnd']);
    expect(prepareReportInput({ year: 2023, periodStart: '2023-01-01', periodEnd: '2023-01-01' }, null).ok).toBe(true);
    expect(prepareReportInput({ year: 2023, periodStart: '2023-12-31', periodEnd: '' }, null).ok).toBe(true);
  });

  test('信息处理费: counts are non-negative integers, amounts non-negative, neither above a billion', () => {
    const fee = (otherMatters: Record<string, unknown>) => prepareReportInput({ year: 2023, otherMatters }, null);
    expect(fee({ feeNoticesIssuedCount: 2, feeNoticesIssuedAmountYuan: '12.5', feeCollectedAmountYuan: ' 0 ' }).ok).toBe(true);
    expect(fee({ feeNoticesIssuedCount: null, feeNoticesIssuedAmountYuan: '', feeCollectedAmountYuan: undefined }).ok).toBe(true);
    expect(fee({ feeNoticesIssuedCount: 1_000_000_000 }).ok).toBe(true);
    expect(fail({ year: 2023, otherMatters: { feeNoticesIssuedCount: 1.5 } })).toEqual([
      { path: ['otherMatters', 'feeNoticesIssuedCount'], message: '六、其他需要报告的事项 发出收费通知的件数：应为非负整数' },
    ]);
    expect(fail({ year: 2023, otherMatters: { feeCollectedAmountYuan: '-3' } })).toEqual([
      { path: ['otherMatters', 'feeCollectedAmountYuan'], message: '六、其他需要报告的事项 实际收取的总金额（元）：应为非负金额' },
    ]);
    expect(fail({ year: 2023, otherMatters: { feeNoticesIssuedAmountYuan: 1_000_000_001 } })[0].message).toBe(
      '六、其他需要报告的事项 发出收费通知的总金额（元）：应为非负金额，且不超过10亿',
    );
    expect(fail({ year: 2023, otherMatters: { feeNoticesIssuedAmountYuan: 'abc' } })[0].message).toBe('六、其他需要报告的事项 发出收费通知的总金额（元）：应为非负金额');
    expect(fail({ year: 2023, otherMatters: { feeNoticesIssuedAmountYuan: true } })).toHaveLength(1);
    expect(fail({ year: 2023, otherMatters: { feeNoticesIssuedCount: -1, feeCollectedAmountYuan: -1 } })).toHaveLength(2);
    expect(prepareReportInput({ year: 2023, otherMatters: null }, null).ok).toBe(true);
    expect(prepareReportInput({ year: 2023, otherMatters: 'text' }, null).ok).toBe(true);
  });

  test('the format version: an unknown one is named with the known ones; the stored one is kept', () => {
    expect(fail({ year: 2023, formatVersion: 'v2030' })).toEqual([{ path: ['formatVersion'], message: '格式版本：应为 pre2019、v2019、v2021 之一' }]);
    expect(prepareReportInput({ title: 'x' }, { year: 2023, formatVersion: 'v2019' })).toEqual({ ok: true, data: { title: 'x', formatVersion: 'v2019' } });
  });

  test('only posted tables are written; a changed version re-checks stored ones, an unchanged one does not', () => {
    const v2019 = blankTables('v2019');
    const stored = { year: 2020, formatVersion: 'v2019' as const, ...v2019 };
    expect(prepareReportInput({ formatVersion: 'v2019', title: 't' }, stored)).toEqual({ ok: true, data: { formatVersion: 'v2019', title: 't' } });
    expect(prepareReportInput({ formatVersion: 'v2021' }, stored).ok).toBe(false);
    expect(prepareReportInput({ formatVersion: 'v2021' }, { year: 2020, formatVersion: null, ...v2019 }).ok).toBe(true);
    const r = prepareReportInput({ year: 2023, requests: blankTables('v2021').requests }, null);
    expect(r.ok && Object.keys(r.data).sort()).toEqual(['formatVersion', 'requests', 'year']);
  });
});
