import {
  SECTIONS,
  TABLE2,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLE3_NOTE,
  blankTables,
  expectedFormatVersion,
  reportTitle,
  table3Layouts,
} from '../../src/format';

const cellCount = (t: Record<string, Record<string, unknown>>) =>
  Object.values(t).reduce((n, row) => n + Object.keys(row).length, 0);

describe('format definition', () => {
  test('six sections in order with their official headings', () => {
    expect(SECTIONS.map((s) => `${s.numeral}、${s.heading}`)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  test('table 三 has 25 rows × 7 columns in v2021 and 23 rows in v2019', () => {
    const v2021 = table3Layouts('v2021')[0].rows;
    const v2019 = table3Layouts('v2019')[0].rows;
    expect(v2021).toHaveLength(25);
    expect(v2019).toHaveLength(23);
    expect(TABLE3_COLUMNS.map((c) => c.key)).toEqual([
      'naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total',
    ]);
    expect(cellCount(blankTables('v2021').requests!)).toBe(175);
    expect(cellCount(blankTables('v2019').requests!)).toBe(161);
    expect(v2021.filter((r) => r.resultLeaf)).toHaveLength(21);
    expect(v2019.filter((r) => r.resultLeaf)).toHaveLength(19);
  });

  test('table 三 keys and labels follow FORMAT.md §5', () => {
    const byKey = Object.fromEntries(TABLE3_ROWS.map((r) => [r.key, r.label]));
    expect(byKey['newReceived']).toBe('一、本年新收政府信息公开申请数量');
    expect(byKey['results.partiallyGranted']).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(byKey['results.withheld.securityStability']).toBe('3.危及“三安全一稳定”');
    expect(byKey['results.otherHandling.feeUnpaid']).toBe(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    );
    expect(byKey['results.total']).toBe('（七）总计');
    expect(byKey['carriedForward']).toBe('四、结转下年度继续办理');
    expect(TABLE3_NOTE).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  });

  test('table 四 has exactly 15 cells in the national order', () => {
    expect(TABLE4_GROUPS.map((g) => g.label)).toEqual(['行政复议', '未经复议直接起诉', '复议后起诉']);
    expect(TABLE4_COLUMNS.map((c) => c.label)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(cellCount(blankTables('v2021').reviewLitigation!)).toBe(15);
  });

  test('table 二 differs between v2019 and v2021', () => {
    // FORMAT.md §4 says 9 cells, but its own rows give 3 + 3 + 1 + 1 + 1 + 1 = 10.
    expect(cellCount(blankTables('v2021').proactive!)).toBe(10);
    expect(TABLE2.v2021.flatMap((b) => b.rows.map((r) => r.key))).toEqual([
      'rules', 'normativeDocs', 'licensing', 'penalty', 'coercion', 'adminFees',
    ]);
    expect(TABLE2.v2021[0].columns.map((c) => c.label)).toEqual(['本年制发件数', '本年废止件数', '现行有效件数']);
    expect(TABLE2.v2019[0].rows[1].label).toBe('规范性文件');
    expect(TABLE2.v2019.map((b) => b.heading)).toContain('第二十条第（九）项');
    expect(TABLE2.v2021[3].columns[0].label).toBe('本年收费金额（单位：万元）');
  });

  test('the version follows the report year', () => {
    expect([2018, 2019, 2020, 2021, 2023].map(expectedFormatVersion)).toEqual([
      'pre2019', 'v2019', 'v2019', 'v2021', 'v2021',
    ]);
    expect(reportTitle('原州区科学技术局', 2023)).toBe('原州区科学技术局2023年政府信息公开工作年度报告');
  });
});
