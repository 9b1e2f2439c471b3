import { RULE_CATALOGUE, runChecks, type CheckableReport, type CheckOptions, type Finding } from '../../src/format';
import { consistentReport, previousYear } from '../helpers/consistent-report';

const NOW = new Date('2024-01-20T00:00:00Z');
const baseOptions = (): CheckOptions => ({ previous: { report: previousYear(), source: 'database', label: '2022年报' }, now: NOW });

type Spoil = (r: any, o: CheckOptions) => void;

const t3 = (r: any, row: string, cells: Record<string, unknown>) => Object.assign(r.requests[row], cells);
const text = (r: any, key: string, from: string | RegExp, to: string) => (r.overview[key] = r.overview[key].replace(from, to));

const VIOLATIONS: Record<string, Spoil> = {
  R01: (r) => t3(r, 'carriedOver', { research: 1, total: 2 }),
  R02: (r) => t3(r, 'newReceived', { commercial: 3 }),
  R03: (r) => t3(r, 'results.granted', { naturalPerson: 4 }),
  R04: (r) => t3(r, 'results.granted', { naturalPerson: 6 }),
  R05: (r) => t3(r, 'newReceived', { research: null }),
  R06: (r) => t3(r, 'carriedForward', { naturalPerson: 12 }),
  R07: (r) => {
    t3(r, 'results.otherHandling.feeUnpaid', { naturalPerson: 1, total: 1 });
    r.otherMatters.feeNoticesIssuedCount = null;
  },
  R08: (r) => (r.sourceSubtotals = { 'results.withheld': { total: 5 } }),
  R09: (r) => (r.reviewLitigation.review.total = 3),
  R10: (r) => (r.reviewLitigation.suitDirect.total = 2),
  R11: (r) => (r.reviewLitigation.suitAfterReview.upheld = 1),
  R12: (r) => (r.reviewLitigation.review.upheld = '/'),
  R13: (r) => (r.detectedFormatVersion = 'v2019'),
  R14: (_r, o) => {
    o.previous = { report: previousYear(), source: 'input' };
    (o.previous.report.proactive as any).normativeDocs.inForce = 9;
  },
  R15: (r) => {
    r.proactive.rules = { issued: 1, repealed: 0, inForce: 1 };
    r.agencyType = 'countyGovernment';
  },
  R16: (r) => (r.reviewLitigation.review.upheld = -1),
  R17: (r) => (r.problems = ''),
  R18: (r) => (r.overview.platform = ''),
  R19: (r) => (r.problems = '全年工作取得一定成效。'),
  R20: (r) => (r.otherMatters = { otherText: '无其他事项。' }),
  R21: (r) => (r.agencyType = 'countyGovernment'),
  R22: (r) => (r.sourceLabels = { 't3.results.granted': '（一）公开' }),
  R23: (r) => {
    for (const k of ['noCorrection', 'feeUnpaid', 'other']) delete r.requests[`results.otherHandling.${k}`];
    r.requests['results.otherHandling.unsplit'] = { ...r.requests['results.granted'], naturalPerson: 0, commercial: 0, total: 0 };
  },
  R24: (r) => (r.periodEnd = '2023-11-30'),
  R25: (r) => text(r, 'requestDisclosure', '申请12件', '申请15件'),
  R26: (r) => text(r, 'requestDisclosure', '答复11件', '答复10件'),
  R27: (r) => text(r, 'requestDisclosure', '部分公开2件', '部分公开3件'),
  R28: (r) => text(r, 'requestDisclosure', '行政复议2件', '行政复议3件'),
  R29: (r) => text(r, 'proactiveDisclosure', '制发行政规范性文件3件', '制发行政规范性文件4件'),
  R30: (r) => text(r, 'requestDisclosure', '同比增长20%', '同比增长25%'),
  R31: (r) => (r.reviewLitigation.review = { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 }),
  R32: (r) => {
    for (const k of Object.keys(r.overview)) r.overview[k] = r.overview[k].replace(/2023年/g, '2022年');
  },
  R33: (r) => text(r, 'proactiveDisclosure', '工作动态100条', '工作动态90条'),
  R34: (_r, o) => ((o.previous!.report.requests as any).carriedForward.naturalPerson = 2),
  R35: (r, o) => (o.previous!.report.overview = { ...r.overview }),
  R36: (_r, o) => ((o.previous!.report.proactive as any).normativeDocs.inForce = 9),
  R37: (r) => (r.publishedAt = '2024-03-01T02:00:00.000Z'),
  R38: (r) => (r.publicationUrl = null),
  R39: (r) => (r.publishedAt = '2024-03-01T02:00:00.000Z'),
};

const findingsOf = (rule: string, report: CheckableReport, options: CheckOptions): Finding[] =>
  runChecks(report, options).findings.filter((f) => f.rule === rule);

describe('the consistent report', () => {
  test('passes every rule', () => {
    const result = runChecks(consistentReport(), baseOptions());
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('passed');
  });
});

describe.each(RULE_CATALOGUE.map((r) => [r.id, r.severity]))('%s', (rule, severity) => {
  test('is found when violated', () => {
    const report = consistentReport();
    const options = baseOptions();
    VIOLATIONS[rule](report, options);
    const found = findingsOf(rule, report, options);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].message).toMatch(/[\u4e00-\u9fff]/);
    if (rule !== 'R38') expect(found.some((f) => f.severity === severity && !f.notAssessable)).toBe(true);
  });

  test('passes on the consistent report', () => {
    expect(findingsOf(rule, consistentReport(), baseOptions())).toEqual([]);
  });
});

describe('messages and cells', () => {
  test('R01 names the column, both sides and the difference, with the four cells', () => {
    const report = consistentReport();
    t3(report, 'newReceived', { naturalPerson: 11, total: 13 });
    const [f] = findingsOf('R01', report, baseOptions()).filter((x) => x.cells[0].endsWith('naturalPerson'));
    expect(f.message).toBe('表三 自然人列：一+二=12，三（七）+四=11，相差1');
    expect(f.cells).toEqual([
      't3.newReceived.naturalPerson',
      't3.carriedOver.naturalPerson',
      't3.results.total.naturalPerson',
      't3.carriedForward.naturalPerson',
    ]);
    expect([f.expected, f.actual]).toEqual(['12', '11']);
  });

  test('blank and "/" are not zero: R05 and R12 fail, arithmetic on them is not assessed', () => {
    const report = consistentReport();
    t3(report, 'newReceived', { naturalPerson: null });
    (report.reviewLitigation as Record<string, Record<string, unknown>>).review.upheld = '/';
    const result = runChecks(report, baseOptions());
    const failed = result.findings.filter((f) => f.severity === 'E' && !f.notAssessable);
    expect(failed.find((f) => f.rule === 'R05')?.cells).toEqual(['t3.newReceived.naturalPerson']);
    expect(failed.find((f) => f.rule === 'R12')?.cells).toEqual(['t4.review.upheld']);
    // Nothing is computed with the blank or the "/" as if it were 0.
    expect(failed.filter((f) => f.rule === 'R01' && f.cells[0].endsWith('naturalPerson'))).toEqual([]);
    expect(failed.filter((f) => f.rule === 'R09' && f.cells.includes('t4.review.upheld'))).toEqual([]);
  });

  test('R25 tries both readings and says which one matched', () => {
    const report = consistentReport();
    text(report, 'requestDisclosure', '共收到政府信息公开申请12件', '共受理政府信息公开申请13件');
    const [f] = findingsOf('R25', report, baseOptions());
    expect(f.severity).toBe('I');
    expect(f.message).toContain('按“一+二”口径（12+1）与表三一致');
  });

  test('rules that lack data say so instead of passing silently', () => {
    const report = consistentReport();
    report.agencyType = null;
    report.publishedAt = null;
    const result = runChecks(report, { now: NOW });
    const na = result.findings.filter((f) => f.notAssessable).map((f) => f.rule);
    expect(na).toEqual(expect.arrayContaining(['R21', 'R34', 'R35', 'R36', 'R37']));
    expect(result.status).toBe('passed');
  });

  test('R37 counts the days late in Asia/Shanghai and depends on the agency type', () => {
    const report = consistentReport();
    report.publishedAt = '2024-01-31T16:30:00.000Z'; // 2024-02-01 00:30 in Beijing
    expect(findingsOf('R37', report, baseOptions())[0].message).toContain('逾期1天');
    report.agencyType = 'countyGovernment';
    expect(findingsOf('R37', report, baseOptions())).toEqual([]);
  });

  test('R37 for a planned publication: the reason can be given before, whatever the day', () => {
    const report = consistentReport();
    report.publicationPlanned = true;
    report.publishedAt = '2024-01-20T02:00:00.000Z';
    expect(findingsOf('R37', report, baseOptions())).toMatchObject([{ severity: 'I', message: expect.stringContaining('还有11天') }]);
    report.publishedAt = '2024-02-05T02:00:00.000Z';
    const planned = findingsOf('R37', report, baseOptions())[0];
    expect(planned).toMatchObject({ severity: 'E', message: expect.stringMatching(/^若于2024-02-05发布，晚于法定期限2024年1月31日.*5天；发布前请说明逾期原因$/) });
    report.publicationPlanned = false;
    report.publishedAt = '2024-03-01T02:00:00.000Z';
    const actual = findingsOf('R37', report, baseOptions())[0];
    expect(actual.message).toContain('逾期30天');
    expect(actual.fingerprint).toBe(planned.fingerprint);
  });

  test('each rule can be switched off or downgraded in config', () => {
    const report = consistentReport();
    VIOLATIONS.R33(report, {});
    expect(findingsOf('R33', report, { ...baseOptions(), config: { rules: { R33: { enabled: false } } } })).toEqual([]);
    const [f] = findingsOf('R33', report, { ...baseOptions(), config: { rules: { R33: { severity: 'I' } } } });
    expect(f.severity).toBe('I');
  });

  test('pre2019 reports get only the publication rules', () => {
    const result = runChecks({ year: 2017, formatVersion: 'pre2019', agencyType: 'governmentDepartment', publishedAt: '2018-03-20T00:00:00Z' }, { now: NOW });
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(['R38']));
  });
});
