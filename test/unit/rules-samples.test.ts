/** The hand-checked findings of the published samples (data/samples/README.md) and the example report. */
import fs from 'fs';
import path from 'path';
import { runChecks, type CheckableReport, type PreviousReport } from '../../src/format';
import { EXAMPLE } from '../helpers/fixtures';

const sample = (name: string): CheckableReport =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/samples', `${name}.json`), 'utf8'));
const stored = (name: string): PreviousReport => ({ report: sample(name), source: 'database', label: name });

const check = (name: string, previous?: string) => runChecks(sample(name), { previous: previous ? stored(previous) : null });
const rules = (findings: { rule: string; notAssessable?: boolean; severity: string }[], severity?: string) =>
  findings.filter((f) => !f.notAssessable && (!severity || f.severity === severity)).map((f) => f.rule);

describe('example report 原州区科学技术局 2023', () => {
  const result = () => runChecks({ ...EXAMPLE.report, agencyType: 'governmentDepartment' });

  test('passes every table rule and has no error', () => {
    expect(result().errors).toBe(0);
    const tableRules = rules(result().findings).filter((r) => Number(r.slice(1)) <= 24);
    expect(tableRules).toEqual([]);
  });

  test('yields R33 for 「累计主动公开政府信息7条。其中……」', () => {
    const r33 = result().findings.filter((f) => f.rule === 'R33');
    expect(r33).toHaveLength(1);
    expect(r33[0].severity).toBe('W');
    expect(r33[0].message).toContain('7+5+1+3=16，与7条不符');
    expect(r33[0].cells).toEqual(['overview.infoManagement']);
  });
});

describe('published samples', () => {
  test('淮安市 2024 passes R01–R03 and R09–R11; its narrative matches; R07 is raised', () => {
    const found = rules(check('huaian-szf-2024').findings);
    for (const r of ['R01', 'R02', 'R03', 'R09', 'R10', 'R11', 'R25', 'R26', 'R27', 'R28', 'R33']) expect(found).not.toContain(r);
    expect(found).toContain('R07');
    expect(check('huaian-szf-2024').errors).toBe(0);
  });

  test('洪泽区 2023: R09, R11 and R23 errors; the label typo is R22', () => {
    const result = check('hongze-qzf-2023');
    expect(rules(result.findings, 'E').sort()).toEqual(['R09', 'R11', 'R23']);
    expect(result.findings.find((f) => f.rule === 'R09')!.message).toBe('表四 行政复议：10+1+0+0=11，总计=0，相差11');
    expect(result.findings.find((f) => f.rule === 'R22')!.actual).toBe('2.其他法律行政止公开');
  });

  test('洪泽区 2024: R23, R25 against 95; R34 and R14 hold against 2023', () => {
    const result = check('hongze-qzf-2024', 'hongze-qzf-2023');
    const found = rules(result.findings);
    expect(found).toEqual(expect.arrayContaining(['R23', 'R25']));
    expect(found).not.toContain('R34');
    expect(found).not.toContain('R36');
    expect(result.findings.find((f) => f.rule === 'R25')!.message).toContain('17件');
  });

  test('宿迁市 2023: R25 matches 3607 as 一+二; the abbreviated （六） labels are R22', () => {
    const result = check('suqian-szf-2023');
    const r25 = result.findings.filter((f) => f.rule === 'R25');
    expect(r25).toHaveLength(1);
    expect(r25[0].severity).toBe('I');
    expect(r25[0].message).toContain('一+二');
    expect(result.errors).toBe(0);
    expect(result.findings.filter((f) => f.rule === 'R22').map((f) => f.actual)).toEqual(['1.逾期不补正', '2.逾期不缴费']);
  });

  test('宿迁市 2024: R34 and R14 hold against 2023; 1.05% is R30; the 备案 figures are not R28', () => {
    const result = check('suqian-szf-2024', 'suqian-szf-2023');
    const found = rules(result.findings);
    for (const r of ['R01', 'R02', 'R03', 'R09', 'R10', 'R11', 'R28', 'R34', 'R36', 'R33']) expect(found).not.toContain(r);
    const r30 = result.findings.find((f) => f.rule === 'R30')!;
    expect(r30.actual).toBe('1.05%');
    expect(r30.expected).toBe('1.08%');
    expect(result.errors).toBe(0);
  });
});

/**
 * Every warning and error each sample gets, no more: the hand-checked findings of data/samples/README.md,
 * plus what the format requires and the text lacks — R18: a government's 监督保障 names no
 * 考核/评议/追究 (FORMAT.md §3); R24: 宿迁市 states no statistics period; R35: 洪泽区 2024 repeats
 * 2023's text.
 */
describe.each([
  ['huaian-szf-2024', undefined, ['R07', 'R18']],
  ['hongze-qzf-2023', undefined, ['R09', 'R11', 'R18', 'R22', 'R23']],
  ['hongze-qzf-2024', 'hongze-qzf-2023', ['R18', 'R22', 'R23', 'R25', 'R35']],
  ['suqian-szf-2023', undefined, ['R07', 'R18', 'R22', 'R22', 'R24']],
  ['suqian-szf-2024', 'suqian-szf-2023', ['R07', 'R18', 'R22', 'R22', 'R24', 'R30']],
] as const)('%s', (name, previous, expected) => {
  test('gets exactly its hand-checked warnings and errors', () => {
    const found = check(name, previous).findings.filter((f) => f.severity !== 'I' && !f.notAssessable).map((f) => f.rule);
    expect(found.sort()).toEqual([...expected]);
  });
});

