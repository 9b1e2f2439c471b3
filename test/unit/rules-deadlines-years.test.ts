/**
 * The rules that depend on who publishes, when, and what was published the year before
 * (R13–R15, R34–R39): every branch, with its exact message and cells.
 */
import { deadlineFor, mergeConfig, runChecks, type CheckableReport, type PreviousReport } from '../../src/format';
import { consistentReport, previousYear } from '../helpers/consistent-report';

const NOW = new Date('2024-01-10T02:00:00.000Z');
const config = mergeConfig();
const findings = (rule: string, report: CheckableReport, previous: PreviousReport | null = null, partial = {}) =>
  runChecks(report, { now: NOW, previous, config: mergeConfig(partial) }).findings.filter((f) => f.rule === rule);
const stored = (report: CheckableReport, label = '某某市某某局2022年政府信息公开工作年度报告'): PreviousReport => ({ report, source: 'database', label });
const supplied = (report: CheckableReport): PreviousReport => ({ report, source: 'input', label: null as never });

describe('deadlines (条例 第四十九条) and R37', () => {
  test.each([
    ['governmentDepartment', '2024-01-31', '条例第四十九条（政府部门年报）'],
    ['countyGovernment', '2024-03-31', '条例第四十九条（本级政府年报）'],
    ['municipalGovernment', '2024-03-31', '条例第四十九条（本级政府年报）'],
    ['townshipGovernment', '2024-03-31', '本地规定'],
    ['subdistrictOffice', '2024-03-31', '本地规定'],
  ] as const)('%s: %s by %s', (agencyType, date, basis) => {
    expect(deadlineFor({ year: 2023, agencyType }, config.deadlines)).toEqual({ date, basis });
  });

  test('local rules, the 2008 条例 and unknowns', () => {
    expect(deadlineFor({ year: 2023, agencyType: 'townshipGovernment' }, mergeConfig({ deadlines: { township: '02-28' } as never }).deadlines)).toEqual({ date: '2024-02-28', basis: '本地规定' });
    expect(deadlineFor({ year: 2023, agencyType: 'other' }, mergeConfig({ deadlines: { other: { other: '02-15' } } as never }).deadlines)).toEqual({ date: '2024-02-15', basis: '本地规定' });
    expect(deadlineFor({ year: 2018, agencyType: 'governmentDepartment' }, config.deadlines)).toEqual({ date: '2019-03-31', basis: '2008年条例第三十一条' });
    expect(deadlineFor({ year: 2019, agencyType: 'governmentDepartment' }, config.deadlines)).toEqual({ date: '2020-01-31', basis: '条例第四十九条（政府部门年报）' });
    expect(deadlineFor({ year: null, agencyType: 'governmentDepartment' }, config.deadlines)).toBeNull();
    expect(deadlineFor({ year: 2023, agencyType: null }, config.deadlines)).toBeNull();
  });

  test('unpublished: days left or days late; unknown type: not assessable', () => {
    const report = consistentReport();
    report.publishedAt = null;
    expect(findings('R37', report)).toEqual([expect.objectContaining({ notAssessable: true, cells: ['publishedAt'], message: '尚未发布；法定期限为2024年1月31日（条例第四十九条（政府部门年报）），还有21天' })]);
    const late = runChecks(report, { now: new Date('2024-02-03T02:00:00.000Z') }).findings.find((f) => f.rule === 'R37');
    expect(late!.message).toBe('尚未发布；法定期限为2024年1月31日（条例第四十九条（政府部门年报）），已逾期3天');
    report.agencyType = null;
    expect(findings('R37', report)).toEqual([expect.objectContaining({ notAssessable: true, severity: 'I', message: '机关类型未知，无法确定法定发布期限' })]);
  });

  test('published on the deadline day is on time; one day later is late, with the deadline in the fingerprint', () => {
    const report = consistentReport();
    report.publishedAt = '2024-01-31T15:59:00.000Z'; // 23:59 in Beijing
    expect(findings('R37', report)).toEqual([]);
    report.publishedAt = '2024-02-01T02:00:00.000Z';
    const [f] = findings('R37', report);
    expect(f).toMatchObject({ severity: 'E', cells: ['publishedAt'], expected: '≤2024-01-31', actual: '2024-02-01', fingerprint: 'R37|publishedAt|late:2024-01-31' });
  });

  test('the day of first publication decides: a source\'s stated date, kept through corrections; an imported report without one is not assessable', () => {
    const report = { ...consistentReport(), issuedOn: '2024-02-03', publishedAt: '2024-01-20T02:00:00.000Z' };
    expect(findings('R37', report)).toEqual([expect.objectContaining({ severity: 'E', actual: '2024-02-03', message: '发布日期2024-02-03晚于法定期限2024年1月31日（条例第四十九条（政府部门年报）），逾期3天' })]);
    expect(findings('R37', { ...report, issuedOn: '2024-01-31', publishedAt: '2025-06-01T02:00:00.000Z' })).toEqual([]);
    const archive = { ...consistentReport(), imported: true, publishedAt: '2026-12-01T02:00:00.000Z' };
    expect(findings('R37', archive)).toEqual([
      expect.objectContaining({ severity: 'I', notAssessable: true, cells: ['issuedOn'], message: '原报告未写明发布日期，无法核对是否在法定期限2024年1月31日前发布' }),
    ]);
    expect(findings('R37', { ...archive, issuedOn: '2024-01-15' })).toEqual([]);
  });

  test('R38 without the 专栏 address; R39 names each accountability trigger', () => {
    const report = consistentReport();
    report.publicationUrl = null;
    expect(findings('R38', report)).toEqual([expect.objectContaining({ notAssessable: true, cells: ['publicationUrl'], message: '未记录发布栏目地址，无法核对是否在政府信息公开专栏公开' })]);
    expect(findings('R39', consistentReport())).toEqual([]);
    const bad = consistentReport();
    bad.publishedAt = '2024-03-01T02:00:00.000Z';
    (bad.requests as Record<string, Record<string, number>>).newReceived.naturalPerson = 11;
    const same = previousYear(2022);
    const copy = { ...bad, overview: same.overview, problems: same.problems };
    const [r39] = findings('R39', copy, stored(same));
    expect(r39).toMatchObject({ cells: [], message: '可能触发问责（年报格式 工作要求（四））：不按时发布、内容不准确不全面、内容雷同' });
    const onlyLate = consistentReport();
    onlyLate.publishedAt = '2024-03-01T02:00:00.000Z';
    expect(findings('R39', onlyLate)[0].message).toBe('可能触发问责（年报格式 工作要求（四））：不按时发布');
  });
});

describe('R13–R15: format version and 表二', () => {
  test('R13: the version must fit the year, and the text it was imported from', () => {
    const report = consistentReport();
    expect(findings('R13', report)).toEqual([]);
    const wrong = { ...report, formatVersion: 'v2019' as const };
    expect(findings('R13', wrong)).toEqual([expect.objectContaining({ cells: ['formatVersion'], expected: 'v2021', actual: 'v2019' })]);
    expect(findings('R13', wrong)[0].message).toMatch(/^2023年度的报告应使用.+，当前为.+$/);
    const detected = { ...report, detectedFormatVersion: 'v2019' as const };
    expect(findings('R13', detected)).toEqual([expect.objectContaining({ cells: ['formatVersion'], expected: 'v2021', actual: 'v2019', message: expect.stringMatching(/^原文表格为.+，与记录的格式版本不符$/) })]);
    expect(findings('R13', { ...report, formatVersion: null })).toEqual([]);
  });

  test('R14 against a supplied previous report, R36 against a stored one', () => {
    const report = consistentReport();
    const prev = previousYear(2022);
    expect(findings('R14', report, supplied(prev))).toEqual([]);
    expect(findings('R36', report, stored(prev))).toEqual([]);
    (report.proactive as Record<string, Record<string, number>>).normativeDocs.inForce = 15;
    const [r14] = findings('R14', report, supplied(prev));
    expect(r14).toMatchObject({
      cells: ['t2.normativeDocs.issued', 't2.normativeDocs.repealed', 't2.normativeDocs.inForce'],
      expected: '12',
      actual: '15',
      message: '表二 行政规范性文件：上年现行有效10+本年制发3−本年废止1=12，本年现行有效为15；如有集中清理，请说明原因',
    });
    expect(findings('R36', report, supplied(prev))).toEqual([]);
    const [r36] = findings('R36', report, stored(prev));
    expect(r36.message).toBe('表二 行政规范性文件：上年现行有效10+本年制发3−本年废止1=12，本年现行有效为15（上年报告：某某市某某局2022年政府信息公开工作年度报告）；如有集中清理，请说明原因');
    expect(findings('R14', report, stored(prev))).toEqual([]);
  });

  test('R36 says when there is no previous year, or no 2021 表二 in it; blanks are not computed', () => {
    const report = consistentReport();
    expect(findings('R36', report)).toEqual([expect.objectContaining({ notAssessable: true, cells: ['t2.rules.inForce', 't2.normativeDocs.inForce'], message: '没有该机关上一年度的年报，无法核对现行有效件数的衔接' })]);
    expect(findings('R14', report)).toEqual([]);
    const old = { ...previousYear(2022), formatVersion: 'v2019' as const };
    expect(findings('R36', report, stored(old))).toEqual([expect.objectContaining({ notAssessable: true, message: '上一年度报告没有2021年格式的表二，无法核对现行有效件数的衔接' })]);
    const blank = consistentReport();
    (blank.proactive as Record<string, Record<string, number | null>>).normativeDocs.issued = null;
    (blank.proactive as Record<string, Record<string, number | null>>).normativeDocs.inForce = 99;
    expect(findings('R36', blank, stored(previousYear(2022))).filter((f) => !f.notAssessable)).toEqual([]);
    expect(findings('R36', { ...report, formatVersion: 'v2019' }, stored(previousYear(2022)))).toEqual([]);
  });

  test('R15: only rule makers issue 规章; without the agency type it is not assessable', () => {
    const report = consistentReport();
    (report.proactive as Record<string, Record<string, number>>).rules.issued = 2;
    expect(findings('R15', report)).toEqual([
      expect.objectContaining({ cells: ['t2.rules.issued'], expected: '0', actual: '2', message: '表二 规章本年制发2件：按立法法只有国务院部门和省、设区的市级人民政府制定规章，请核实（现行有效件数可包含上级规章）' }),
    ]);
    for (const agencyType of ['stateCouncilDepartment', 'provincialGovernment', 'municipalGovernment'] as const) expect(findings('R15', { ...report, agencyType })).toEqual([]);
    expect(findings('R15', { ...report, agencyType: null })).toEqual([expect.objectContaining({ notAssessable: true, message: '表二 规章本年制发2件：机关类型未知，无法判断是否有规章制定权' })]);
    expect(findings('R15', consistentReport())).toEqual([]);
  });
});

describe('R34 and R35: against last year', () => {
  test('R34: 上年结转 must equal last year’s 结转下年度, column by column', () => {
    const report = consistentReport();
    const prev = previousYear(2022);
    expect(findings('R34', report, stored(prev))).toEqual([]);
    (prev.requests as Record<string, Record<string, number>>).carriedForward = { ...(prev.requests as Record<string, Record<string, number>>).carriedForward, commercial: 3, total: 4 };
    const found = findings('R34', report, stored(prev));
    expect(found.map((f) => [f.cells[0], f.expected, f.actual])).toEqual([
      ['t3.carriedOver.commercial', '3', '0'],
      ['t3.carriedOver.total', '4', '1'],
    ]);
    expect(found[0].message).toBe('表三 商业企业列：二、上年结转政府信息公开申请数量=0，上年报告四、结转下年度继续办理=3');
  });

  test('R34 without a previous year, or without its 表三; nothing to compare without this year’s', () => {
    const report = consistentReport();
    expect(findings('R34', report)).toEqual([expect.objectContaining({ notAssessable: true, cells: ['t3.carriedOver'], message: expect.stringMatching(/^没有该机关上一年度的年报，无法核对表三 二、上年结转政府信息公开申请数量/) })]);
    const prev = { ...previousYear(2022), requests: null };
    expect(findings('R34', report, stored(prev))[0].message).toMatch(/（上年报告没有表三）$/);
    expect(findings('R34', { ...report, requests: null }, stored(previousYear(2022)))).toEqual([]);
  });

  test('R35: the same narrative as last year is flagged with the share, a different one is not', () => {
    const report = consistentReport();
    const prev = previousYear(2022);
    expect(findings('R35', report, stored(prev))).toEqual([]);
    const copy = { ...report, overview: prev.overview, problems: prev.problems };
    const [f] = findings('R35', copy, stored(prev));
    expect(f).toMatchObject({ cells: ['overview', 'problems', 'otherMatters'], expected: '≤50%' });
    expect(f.message).toMatch(/^叙述文字与上年报告有\d+%相同，超过50%（内容雷同是问责情形之一）$/);
    expect(Number(f.actual!.replace('%', ''))).toBeGreaterThan(80);
    expect(findings('R35', copy, stored(prev), { similarityThreshold: 1 })).toEqual([]);
    expect(findings('R35', copy, stored(prev), { similarityThreshold: 0.99 })[0]?.expected).toBe('≤99%');
    expect(findings('R35', report)).toEqual([expect.objectContaining({ notAssessable: true, cells: ['overview'], message: '没有该机关上一年度的年报，无法核对与上年报告的文字雷同程度' })]);
  });
});
