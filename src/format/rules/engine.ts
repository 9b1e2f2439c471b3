/** Runs the catalogue on a report and decides whether it may be published. */
import { TABLES, formatVersionOf, type TableKey } from '../definition';
import { validateTables } from '../schema';
import type { ReportTables } from '../cells';
import { ACKNOWLEDGEABLE_ERRORS, RULES } from './catalogue';
import type { CheckConfig, CheckableReport, Finding, FindingDraft, PreviousReport, Rule, RuleContext, Severity } from './types';

export const DEFAULT_CHECK_CONFIG: CheckConfig = {
  rules: {},
  deadlines: {
    department: '01-31',
    government: '03-31',
    township: '03-31',
    other: {},
    pre2019: '03-31',
    timezone: 'Asia/Shanghai',
  },
  similarityThreshold: 0.5,
};

export type CheckStatus = 'passed' | 'warnings' | 'errors';

export interface CheckResult {
  status: CheckStatus;
  errors: number;
  warnings: number;
  infos: number;
  findings: Finding[];
}

export interface CheckOptions {
  previous?: PreviousReport | null;
  now?: Date;
  config?: Partial<CheckConfig>;
}

/**
 * A rule file's test cases, kept beside it in `<file>.cases.ts` (not built): each edits a fresh copy
 * of a report and options that pass every rule, and then the rule must be found (reject) or stay
 * silent (accept). Loose types, because a case reaches into any cell.
 */
export type RuleCase = (report: any, options: CheckOptions) => void;
export type RuleCases = Record<string, RuleCase | RuleCase[]>;

/**
 * A narrative rule's sentences (in its `<file>.cases.ts`): each is written into `field` of the same
 * passing report (after `prepare`), and then the rule must raise no warning or error (accept; an
 * information finding is allowed) or must raise one (reject).
 */
export type SentenceCases = Record<string, { field: string; prepare?: RuleCase; accept: string[]; reject: string[] }>;

const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

function tablesOf(report: CheckableReport): { tables: ReportTables; malformed: Set<string>; issues: FindingDraft[] } {
  const version = formatVersionOf(report);
  const tables: ReportTables = { proactive: null, requests: null, reviewLitigation: null };
  const malformed = new Set<string>();
  const issues: FindingDraft[] = [];
  if (version === 'pre2019') return { tables, malformed, issues };
  for (const key of TABLE_KEYS) {
    const result = validateTables(version, { [key]: report[key] });
    if (result.ok) {
      (tables as unknown as Record<string, unknown>)[key] = result.value[key];
    } else {
      malformed.add(key);
      for (const issue of result.issues) {
        const address = [TABLES[key].prefix, ...issue.path.slice(1)].join('.');
        issues.push({ rule: 'R16', cells: [address], message: issue.message });
      }
    }
  }
  return { tables, malformed, issues };
}

/** The finding of a draft, its fields copied one by one (a rest and a spread copy them slowly). */
function finding(draft: FindingDraft, severity: Severity): Finding {
  const identity = draft.notAssessable ? 'na' : draft.fingerprintKey ?? draft.actual ?? '';
  const f: Finding = {
    rule: draft.rule,
    severity: draft.notAssessable ? 'I' : draft.severity ?? severity,
    cells: draft.cells,
    message: draft.message,
    fingerprint: `${draft.rule}|${draft.cells.join(',')}|${identity}`,
  };
  if (draft.expected !== undefined) f.expected = draft.expected;
  if (draft.actual !== undefined) f.actual = draft.actual;
  if (draft.notAssessable !== undefined) f.notAssessable = draft.notAssessable;
  return f;
}

export function mergeConfig(partial?: Partial<CheckConfig>): CheckConfig {
  return {
    rules: { ...DEFAULT_CHECK_CONFIG.rules, ...partial?.rules },
    deadlines: {
      ...DEFAULT_CHECK_CONFIG.deadlines,
      ...partial?.deadlines,
      other: { ...DEFAULT_CHECK_CONFIG.deadlines.other, ...partial?.deadlines?.other },
    },
    similarityThreshold: partial?.similarityThreshold ?? DEFAULT_CHECK_CONFIG.similarityThreshold,
  };
}

export function summarize(findings: Finding[]): CheckResult {
  const count = (s: Severity) => findings.filter((f) => f.severity === s && !f.notAssessable).length;
  const errors = count('E');
  const warnings = count('W');
  return {
    status: errors ? 'errors' : warnings ? 'warnings' : 'passed',
    errors,
    warnings,
    infos: findings.length - errors - warnings,
    findings,
  };
}

export function runChecks(input: CheckableReport, options: CheckOptions = {}): CheckResult {
  // Every rule reads the report in the version the grid and the view draw it in.
  const report: CheckableReport = { ...input, formatVersion: formatVersionOf(input) };
  const config = mergeConfig(options.config);
  const severityOf = (rule: Rule): Severity | null => {
    const setting = config.rules[rule.id];
    if (setting?.enabled === false) return null;
    return setting?.severity ?? rule.severity;
  };
  const { tables, malformed, issues } = tablesOf(report);
  const previous = options.previous ?? null;
  const memos = new Map<string, unknown>();
  const findings: Finding[] = [];
  const ctx: RuleContext = {
    memo: <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    report,
    tables,
    malformed,
    schemaIssues: issues,
    findings,
    previous,
    previousTables: previous ? tablesOf(previous.report).tables : null,
    now: options.now ?? new Date(),
    config,
  };
  const pre2019 = report.formatVersion === 'pre2019';
  for (const rule of RULES) {
    const severity = severityOf(rule);
    if (!severity || (pre2019 && !rule.pre2019)) continue;
    findings.push(...rule.check(ctx).map((d) => finding(d, severity)));
  }
  return summarize(findings);
}

// ---------------------------------------------------------------------------------------------
// Publication gate

export interface Acknowledgement {
  fingerprint: string;
  rule: string;
  /** The finding as it read when acknowledged. */
  message: string;
  reason: string;
  by: string;
  at: string;
}

export interface PublicationDecision {
  publishable: boolean;
  /** Errors that block publication outright. */
  errors: Finding[];
  /** Warnings (and unfixable errors such as lateness) still waiting for a reason. */
  unacknowledged: Finding[];
}

export const needsAcknowledgement = (f: Finding) =>
  !f.notAssessable && (f.severity === 'W' || (f.severity === 'E' && ACKNOWLEDGEABLE_ERRORS.has(f.rule)));

export function publicationDecision(findings: Finding[], acknowledgements: Acknowledgement[] = []): PublicationDecision {
  const acknowledged = new Set(acknowledgements.filter((a) => a.reason?.trim()).map((a) => a.fingerprint));
  const errors = findings.filter((f) => f.severity === 'E' && !f.notAssessable && !ACKNOWLEDGEABLE_ERRORS.has(f.rule));
  const unacknowledged = findings.filter((f) => needsAcknowledgement(f) && !acknowledged.has(f.fingerprint));
  return { publishable: !errors.length && !unacknowledged.length, errors, unacknowledged };
}
