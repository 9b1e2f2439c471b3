import { RULE_CATALOGUE, runChecks } from '../../src/format';
import { consistentReport, previousYear } from '../helpers/consistent-report';
import { NOW, SENTENCES, baseOptions, casesOf, findingsOf, sentenceFindings } from '../helpers/rule-cases';

const REJECT = casesOf('reject');
const rejectOf = (rule: string) => REJECT.find((c) => c.rule === rule)!.edit;
const ACCEPT = casesOf('accept');

describe('the consistent report', () => {
  test('passes every rule', () => {
    const result = runChecks(consistentReport(), baseOptions());
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('passed');
  });
});

test('every rule has a reject case, and every case sits beside the file that defines its rule', () => {
  expect(new Set(REJECT.map((c) => c.rule))).toEqual(new Set(RULE_CATALOGUE.map((r) => r.id)));
  expect(ACCEPT.length).toBeGreaterThan(10);
  expect([...REJECT, ...ACCEPT].filter((c) => !c.beside).map((c) => `${c.file} ${c.rule}`)).toEqual([]);
});

const severityOf = new Map(RULE_CATALOGUE.map((r) => [r.id, r.severity]));

describe.each(REJECT.map((c) => [`${c.rule}${c.i ? ` #${c.i + 1}` : ''}`, c] as const))('%s', (_name, c) => {
  test('is found when violated', () => {
    const report = consistentReport();
    const options = baseOptions();
    c.edit(report, options);
    const found = findingsOf(c.rule, report, options);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].message).toMatch(/[\u4e00-\u9fff]/);
    if (c.rule !== 'R38') expect(found.some((f) => f.severity === severityOf.get(c.rule) && !f.notAssessable)).toBe(true);
  });

  test('passes on the consistent report', () => {
    expect(findingsOf(c.rule, consistentReport(), baseOptions())).toEqual([]);
  });
});

test.each(ACCEPT.map((c) => [`${c.rule} #${c.i + 1} (${c.file})`, c] as const))('%s stays silent on a near miss', (_name, c) => {
  const report = consistentReport();
  const options = baseOptions();
  c.edit(report, options);
  expect(findingsOf(c.rule, report, options)).toEqual([]);
});

/** The rules that read narrative text, each with a table of real-shaped sentences (issue 13). */
const NARRATIVE_RULES = ['R18', 'R19', 'R20', 'R24', 'R25', 'R26', 'R27', 'R28', 'R29', 'R30', 'R31', 'R32', 'R33'];

test('every narrative rule has at least 10 sentences to accept and 5 to flag', () => {
  expect(SENTENCES.map((t) => t.rule).sort()).toEqual(NARRATIVE_RULES);
  expect(SENTENCES.filter((t) => t.accept.length < 10 || t.reject.length < 5).map((t) => t.rule)).toEqual([]);
});

describe.each(SENTENCES.map((t) => [t.rule, t] as const))('%s sentences', (_rule, table) => {
  const warnings = (sentence: string) => sentenceFindings(table, sentence).filter((f) => f.severity !== 'I' && !f.notAssessable);
  test.each(table.accept)('accepts 「%s」', (sentence) => expect(warnings(sentence)).toEqual([]));
  test.each(table.reject)('flags 「%s」', (sentence) => expect(warnings(sentence).length).toBeGreaterThan(0));
});

describe('messages and cells', () => {
  test('R01 names the column, both sides and the difference, with the four cells', () => {
    const report = consistentReport();
    Object.assign((report.requests as Record<string, object>).newReceived, { naturalPerson: 11, total: 13 });
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
    (report.requests as Record<string, Record<string, unknown>>).newReceived.naturalPerson = null;
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
    report.overview!.requestDisclosure = report.overview!.requestDisclosure!.replace('共收到政府信息公开申请12件', '共受理政府信息公开申请13件');
    const [f] = findingsOf('R25', report, baseOptions());
    expect(f.severity).toBe('I');
    expect(f.message).toContain('按“一+二”口径（12+1）与表三一致');
  });

  test('R14 with a blank cell says it cannot check, naming what is blank', () => {
    const report = consistentReport() as any;
    report.proactive.normativeDocs.repealed = null;
    const options = { ...baseOptions(), previous: { report: previousYear(), source: 'input' as const } };
    expect(findingsOf('R14', report, options)).toMatchObject([
      { notAssessable: true, cells: ['t2.normativeDocs.issued', 't2.normativeDocs.repealed', 't2.normativeDocs.inForce'], message: '表二 行政规范性文件：本年废止件数空白或不适用，无法核对现行有效件数的衔接' },
    ]);
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
    rejectOf('R33')(report, {});
    expect(findingsOf('R33', report, { ...baseOptions(), config: { rules: { R33: { enabled: false } } } })).toEqual([]);
    const [f] = findingsOf('R33', report, { ...baseOptions(), config: { rules: { R33: { severity: 'I' } } } });
    expect(f.severity).toBe('I');
  });

  test('pre2019 reports get only the publication rules', () => {
    const result = runChecks({ year: 2017, formatVersion: 'pre2019', agencyType: 'governmentDepartment', publishedAt: '2018-03-20T00:00:00Z' }, { now: NOW });
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(['R38']));
  });
});
