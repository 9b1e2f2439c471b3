/** Each rule file's cases, from the `<file>.cases.ts` beside it, and how a case is run. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks, type CheckableReport, type CheckOptions, type Finding, type RuleCases, type SentenceCases } from '../../src/format';
import { consistentReport, previousYear } from './consistent-report';

export const NOW = new Date('2024-01-20T00:00:00Z');
export const baseOptions = (): CheckOptions => ({ previous: { report: previousYear(), source: 'database', label: '2022年报' }, now: NOW });

const RULES_DIR = join(__dirname, '../../src/format/rules');
const caseFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.cases.ts'));

export const casesOf = (kind: 'reject' | 'accept') =>
  caseFiles.flatMap((file) => {
    const source = readFileSync(join(RULES_DIR, file.replace('.cases', '')), 'utf8');
    const cases: RuleCases = require(join(RULES_DIR, file))[kind] ?? {};
    return Object.entries(cases).flatMap(([rule, edits]) => [edits].flat().map((edit, i) => ({ rule, file, edit, i, beside: new RegExp(`\\bid: [^\\n]*['"]${rule}['"]`).test(source) })));
  });

export const SENTENCES = caseFiles.flatMap((file) =>
  Object.entries((require(join(RULES_DIR, file)).sentences ?? {}) as SentenceCases).map(([rule, table]) => ({ rule, file, ...table })),
);

export const findingsOf = (rule: string, report: CheckableReport, options: CheckOptions): Finding[] =>
  runChecks(report, options).findings.filter((f) => f.rule === rule);

/** A rule's findings on the consistent report with `sentence` written into the table's field. */
export function sentenceFindings(table: (typeof SENTENCES)[number], sentence: string): Finding[] {
  const report = consistentReport() as any;
  const options = baseOptions();
  table.prepare?.(report, options);
  const [head, key] = table.field.split('.');
  if (key) report[head] = { ...report[head], [key]: sentence };
  else report[head] = sentence;
  return findingsOf(table.rule, report, options);
}
