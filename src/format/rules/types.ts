/** Findings of the cross-check rules (FORMAT.md §9). Pure: no Strapi imports. */
import type { AgencyType, FormatVersion, OverviewBlockKey } from '../definition';
import type { ReportTables } from '../cells';

export type Severity = 'E' | 'W' | 'I';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Cell addresses such as 't3.results.total.other', or section keys such as 'problems'. */
  cells: string[];
  expected?: string;
  actual?: string;
  message: string;
  /** The rule could not be assessed for lack of data; never counted as a pass. */
  notAssessable?: boolean;
  /** Stable identity for acknowledging a warning: rule and cells, independent of wording. */
  fingerprint: string;
}

export type NarrativeKey = 'preamble' | 'intro' | OverviewBlockKey | 'problems' | 'otherMatters';

export interface OtherMattersInput {
  feeStatement?: string | null;
  feeNoticesIssuedCount?: number | null;
  feeNoticesIssuedAmountYuan?: number | string | null;
  feeCollectedAmountYuan?: number | string | null;
  workPointsImplementation?: string | null;
  proposalsDisclosure?: string | null;
  innovation?: string | null;
  otherText?: string | null;
}

/** A report as the rules see it: what is stored, plus metadata where it is known. */
export interface CheckableReport {
  year?: number | null;
  formatVersion?: FormatVersion | null;
  /** The version an importer detected from the text, when it differs from the stored one (R13). */
  detectedFormatVersion?: FormatVersion | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  preamble?: string | null;
  overview?: Partial<Record<'intro' | OverviewBlockKey, string | null>> | null;
  proactive?: unknown;
  requests?: unknown;
  reviewLitigation?: unknown;
  problems?: string | null;
  otherMatters?: OtherMattersInput | null;
  agencyName?: string | null;
  agencyType?: AgencyType | null;
  /** When the report was (or is being) published, ISO 8601. */
  publishedAt?: string | null;
  /** `publishedAt` is when it would be published (a draft checked for publication), not when it was. */
  publicationPlanned?: boolean;
  /**
   * The day the report was first published (YYYY-MM-DD): as its source states it for an imported
   * report, or the day of its first publication here. A correction published later keeps it.
   */
  issuedOn?: string | null;
  /** Imported from a report published elsewhere: without `issuedOn` its timeliness cannot be known. */
  imported?: boolean | null;
  /** Where it is published (专栏 URL), for R38. */
  publicationUrl?: string | null;
  /** Labels as published, by cell row or column address, when the report was imported (R22). */
  sourceLabels?: Record<string, string> | null;
  /** Group subtotals as published (e.g. a 不予公开 row with its own numbers), when imported (R08). */
  sourceSubtotals?: Record<string, Record<string, unknown>> | null;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface DeadlineConfig {
  /** MM-DD in the year after the report year. */
  department: string;
  government: string;
  township: string;
  other: Partial<Record<AgencyType, string>>;
  /** Reports on 2018 and earlier (2008 条例 第三十一条). */
  pre2019: string;
  timezone: string;
}

export interface CheckConfig {
  rules: Record<string, RuleSetting>;
  deadlines: DeadlineConfig;
  /** R35: the share of text shared with last year's report above which it counts as 雷同. */
  similarityThreshold: number;
}

export interface PreviousReport {
  report: CheckableReport;
  /** 'database': the same agency's stored report (R36); 'input': supplied with the report (R14). */
  source: 'database' | 'input';
  label?: string;
}

export interface RuleContext {
  report: CheckableReport;
  /** Tables that passed their schema; null where absent or malformed. */
  tables: ReportTables;
  /** Schema problems per table, which make that table's arithmetic not assessable. */
  malformed: Set<string>;
  previous: PreviousReport | null;
  previousTables: ReportTables | null;
  now: Date;
  config: CheckConfig;
  /** Computes a value once per run, for work several rules share (e.g. the narrative's figures). */
  memo: <T>(key: string, compute: () => T) => T;
  /** What each table's schema said, cell by cell (R16). */
  schemaIssues: FindingDraft[];
  /** The findings of the rules run before this one, in catalogue order (R39 reads them all). */
  findings: readonly Finding[];
}

/** What a rule returns; a rule may lower a finding to information (e.g. a match found another way). */
export type FindingDraft = Omit<Finding, 'severity' | 'fingerprint'> & {
  severity?: 'I';
  /** What identifies the finding for acknowledgements when `actual` changes from day to day (lateness). */
  fingerprintKey?: string;
};
export type RuleFn = (ctx: RuleContext) => FindingDraft[];

export type RuleGroup = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

/** What the catalogue says of a rule: a stable id, its default severity, its group, a Chinese title. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  group: RuleGroup;
  title: string;
}

/** A rule as it describes itself: what it is, when it applies, and its check. */
export interface Rule extends RuleInfo {
  check: RuleFn;
  /** Also applies to reports before 2019, which have no national tables (FORMAT.md §1). */
  pre2019?: boolean;
  /** An error that editing cannot remove (lateness): it needs an acknowledged reason instead. */
  acknowledgeable?: boolean;
}

export const defineRule = (rule: Rule): Rule => rule;
