import { blankTables, creditCodeProblem, prepareReportInput, validateTables } from '../../src/format';
import { zeroTables } from '../helpers/fixtures';


function messages(version: 'v2019' | 'v2021' | 'pre2019', tables: Record<string, unknown>): string[] {
  const result = validateTables(version, tables);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

describe('table schemas', () => {
  test('accept blank, zero, null and "/" cells', () => {
    expect(validateTables('v2021', blankTables('v2021') as never).ok).toBe(true);
    expect(validateTables('v2019', zeroTables('v2019')).ok).toBe(true);
    const t = zeroTables('v2021');
    t.requests.newReceived.research = '/';
    t.requests.carriedOver.total = null;
    expect(validateTables('v2021', t).ok).toBe(true);
  });

  test('a blank cell stays null, never 0', () => {
    const result = validateTables('v2021', blankTables('v2021') as never);
    expect(result.ok && result.value.requests!.newReceived.naturalPerson).toBeNull();
  });

  test.each([
    [-1, '应为非负整数'],
    [1.5, '应为非负整数'],
    ['5', '应为非负整数'],
    [true, '应为非负整数'],
  ])('rejects %p in 表三 with table, row and column named', (bad, reason) => {
    const t = zeroTables('v2021');
    t.requests.newReceived.naturalPerson = bad;
    expect(messages('v2021', t)).toEqual([`表三 一、本年新收政府信息公开申请数量 自然人：${reason}（空白填 null，不适用填 "/"）`]);
  });

  test('names missing and unknown rows and columns', () => {
    const t = zeroTables('v2021');
    delete t.requests['results.granted'];
    t.requests.bogusRow = {};
    delete t.reviewLitigation.review.pending;
    t.reviewLitigation.suitDirect.extra = 0;
    const m = messages('v2021', t);
    expect(m).toContain('表三 （一）予以公开：缺少此行');
    expect(m).toContain('表三：未知的行：bogusRow');
    expect(m).toContain('表四 行政复议 尚未审结：缺少此单元格（空白请填 null）');
    expect(m).toContain('表四 未经复议直接起诉：未知的列：extra');
  });

  test('rejects the other version’s table 二 shape', () => {
    const v2019 = zeroTables('v2019');
    const m = messages('v2021', { proactive: v2019.proactive });
    expect(m).toContain('表二：未知的行：otherServices、procurement');
    expect(m).toContain('表二 第二十条第（一）项 规章 本年制发件数：缺少此单元格（空白请填 null）');
  });

  test('v2021 accepts the collapsed （六） (R23 reports it); v2019 requires it', () => {
    const v2019 = zeroTables('v2019');
    expect(validateTables('v2021', { requests: v2019.requests }).ok).toBe(true);
    const v2021 = zeroTables('v2021');
    expect(messages('v2019', { requests: v2021.requests })).toContain(
      '表三：未知的行：results.otherHandling.noCorrection、results.otherHandling.feeUnpaid、results.otherHandling.other',
    );
  });

  test('万元 amounts are kept as exact decimal strings; v2019 增/减 may be negative', () => {
    const t = zeroTables('v2021');
    t.proactive.adminFees.amountWan = 4166.241619;
    const r = validateTables('v2021', t);
    expect(r.ok && r.value.proactive!.adminFees.amountWan).toBe('4166.241619');
    // A whole amount too: the fast path for counts must not take it as one.
    t.proactive.adminFees.amountWan = 7730;
    const whole = validateTables('v2021', t);
    expect(whole.ok && whole.value.proactive!.adminFees.amountWan).toBe('7730');
    t.proactive.adminFees.amountWan = '-3';
    expect(messages('v2021', t)[0]).toMatch(/^表二 第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）：/);

    const old = zeroTables('v2019');
    old.proactive.licensing.itemsDelta = -4;
    old.proactive.procurement.amountText = '120.5万元';
    const r2 = validateTables('v2019', old);
    expect(r2.ok && r2.value.proactive!.procurement.amountText).toEqual({ raw: '120.5万元', amount: '120.5', unit: '万元' });
    old.proactive.licensing.itemsDelta = 0.5;
    expect(messages('v2019', old)).toEqual(['表二 第二十条第（五）项 行政许可 本年增/减：应为整数（减少填负数，如 -4）']);
  });

  test('a table already in normal form is taken as it is; one that needs normalising is rebuilt', () => {
    for (const version of ['v2019', 'v2021'] as const) {
      const first = validateTables(version, zeroTables(version));
      if (!first.ok) throw new Error('zero tables are valid');
      const t = first.value;
      const r = validateTables(version, t);
      expect(r.ok && r.value.proactive === t.proactive && r.value.requests === t.requests && r.value.reviewLitigation === t.reviewLitigation).toBe(true);
    }
    const t = zeroTables('v2021');
    t.proactive.adminFees.amountWan = 12.5;
    const r = validateTables('v2021', t);
    expect(r.ok && r.value.proactive !== t.proactive && r.value.proactive!.adminFees.amountWan).toBe('12.5');
    // The fast path must not let through what the schema refuses: an extra row, an extra cell, a bad cell.
    const extraRow = zeroTables('v2021');
    extraRow.reviewLitigation.more = extraRow.reviewLitigation.review;
    expect(messages('v2021', extraRow)).toEqual(['表四：未知的行：more']);
    const extraCell = zeroTables('v2021');
    extraCell.reviewLitigation.review.more = 0;
    expect(messages('v2021', extraCell)).toEqual(['表四 行政复议：未知的列：more']);
    const short = zeroTables('v2021');
    delete short.reviewLitigation.review.total;
    short.reviewLitigation.review.more = 0;
    expect(messages('v2021', short)).toEqual(['表四 行政复议 总计：缺少此单元格（空白请填 null）', '表四 行政复议：未知的列：more']);
    const v2019 = validateTables('v2019', { proactive: { ...zeroTables('v2019').proactive, procurement: { projects: 1, amountText: '120万元' } } });
    const again = v2019.ok && validateTables('v2019', { proactive: v2019.value.proactive });
    expect(again && again.ok && v2019.ok && again.value.proactive === v2019.value.proactive).toBe(true);
  });

  test('a table or row that is not an object is named as such', () => {
    expect(messages('v2021', { requests: 'x' })).toEqual(['表三：应为按行键组织的对象']);
    expect(messages('v2021', { requests: [] })).toEqual(['表三：应为按行键组织的对象']);
    const t = zeroTables('v2021');
    t.reviewLitigation.review = 5;
    t.proactive.rules = [];
    expect(messages('v2021', { proactive: t.proactive, reviewLitigation: t.reviewLitigation })).toEqual([
      '表二 第二十条第（一）项 规章：应为按列键组织的对象',
      '表四 行政复议：应为按列键组织的对象',
    ]);
    expect(validateTables('v2021', { proactive: null, requests: undefined }).ok).toBe(true);
    const issues = validateTables('v2021', { requests: { newReceived: 1 } });
    expect(!issues.ok && issues.issues[0].path).toEqual(['requests', 'newReceived']);
  });

  test('pre2019 reports hold no tables', () => {
    expect(messages('pre2019', { requests: {} })).toEqual(['表三：2019年以前的报告没有统一表格，请留空']);
  });
});

describe('report input', () => {
  test('derives the format version from the year and normalises tables', () => {
    const r = prepareReportInput({ year: 2020, requests: zeroTables('v2019').requests }, null);
    expect(r.ok && r.data.formatVersion).toBe('v2019');
  });

  test('a partial update is checked against the stored version', () => {
    const r = prepareReportInput({ requests: zeroTables('v2019').requests }, { year: 2023, formatVersion: 'v2021' });
    expect(r.ok).toBe(true);
    const bad = prepareReportInput({ proactive: zeroTables('v2019').proactive }, { year: 2023, formatVersion: 'v2021' });
    expect(bad.ok).toBe(false);
  });

  test('changing the version re-checks the stored tables', () => {
    const stored = { year: 2023, formatVersion: 'v2021' as const, ...zeroTables('v2021') };
    const r = prepareReportInput({ formatVersion: 'v2019' }, stored);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.some((i) => i.path[0] === 'proactive')).toBe(true);
  });

  test('rejects unknown versions and missing years', () => {
    expect(prepareReportInput({ year: 2023, formatVersion: 'v2030' }, null).ok).toBe(false);
    const r = prepareReportInput({}, null);
    expect(!r.ok && r.issues[0].message).toBe('年度：必填，据此确定报告格式版本');
  });
});

describe('统一社会信用代码', () => {
  test('accepts a code with the right check character and names the wrong one', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91350100M000100Y44')).toBe('校验位应为“3”，实际为“4”');
    expect(creditCodeProblem('9135')).toBe('应为18位，实际为4位');
    expect(creditCodeProblem('91350100M000100YI3')).toMatch(/不允许的字符“I”/);
  });
});
