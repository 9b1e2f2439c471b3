/** What blocks a publication: errors outright, warnings (and a late report, R37) until someone gives a reason. */
import { ACKNOWLEDGEABLE_ERRORS, needsAcknowledgement, publicationDecision, type Finding } from '../../src/format';

const finding = (rule: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding =>
  ({ rule, severity, cells: [], message: `${rule}的发现`, fingerprint: `${rule}-${severity}-${extra.notAssessable ? 'n' : 'a'}`, ...extra }) as Finding;

test('R37 (lateness) is the one error a reason can let through', () => {
  expect([...ACKNOWLEDGEABLE_ERRORS]).toEqual(['R37']);
});

test('which findings need a reason', () => {
  expect(needsAcknowledgement(finding('R25', 'W'))).toBe(true);
  expect(needsAcknowledgement(finding('R37', 'E'))).toBe(true);
  expect(needsAcknowledgement(finding('R01', 'E'))).toBe(false);
  expect(needsAcknowledgement(finding('R21', 'I'))).toBe(false);
  expect(needsAcknowledgement(finding('R25', 'W', { notAssessable: true }))).toBe(false);
  expect(needsAcknowledgement(finding('R37', 'E', { notAssessable: true }))).toBe(false);
});

test('an error blocks whatever reasons are given; a warning until its reason is not blank', () => {
  const error = finding('R01', 'E');
  const warning = finding('R25', 'W');
  const late = finding('R37', 'E');
  const info = finding('R21', 'I');
  const unknown = finding('R02', 'E', { notAssessable: true });
  const reason = (f: Finding, text: string) => ({ fingerprint: f.fingerprint, rule: f.rule, message: f.message, reason: text, by: '审核人', at: '2024-01-20T00:00:00Z' });

  expect(publicationDecision([info, unknown])).toEqual({ publishable: true, errors: [], unacknowledged: [] });
  expect(publicationDecision([error], [reason(error, '已核实')])).toEqual({ publishable: false, errors: [error], unacknowledged: [] });
  expect(publicationDecision([warning, late])).toEqual({ publishable: false, errors: [], unacknowledged: [warning, late] });
  expect(publicationDecision([warning, late], [reason(warning, '  ')])).toEqual({ publishable: false, errors: [], unacknowledged: [warning, late] });
  expect(publicationDecision([warning, late], [reason(warning, '已核实'), reason(late, '系统故障延迟发布')])).toEqual({ publishable: true, errors: [], unacknowledged: [] });
  expect(publicationDecision([warning, late], [reason(late, '系统故障延迟发布')])).toEqual({ publishable: false, errors: [], unacknowledged: [warning] });
  expect(publicationDecision([warning, error], [reason(warning, '已核实')])).toEqual({ publishable: false, errors: [error], unacknowledged: [] });
});
