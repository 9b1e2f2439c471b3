/**
 * A roll-up as GET /api/nianbao/rollups/:agency/:year.json (public) and the admin's
 * GET /nianbao/rollups/:agency/:year answer it; the admin's adds each counted agency's tables.
 */
import type { ReportTables } from '#format';

export interface RollupAgency {
  documentId: string;
  name: string;
  /** 机关类型, in Chinese. */
  type: string;
  /** The documentId of its 上级机关 within the roll-up; null for the root. */
  parent: string | null;
  /** The legal deadline for this agency and year (YYYY-MM-DD); null when its type has none. */
  deadline: string | null;
  /** Its published report; null when it has none (未发布). */
  report: {
    documentId: string;
    /** 首次发布日期; null for an archive imported without one. */
    publishedOn: string | null;
    /** Days past the deadline (0: on time); null when either date is unknown. */
    daysLate: number | null;
    /** Whether its tables are in the sum (not when its format version differs). */
    counted: boolean;
  } | null;
}

export interface RollupFinding {
  rule: string;
  severity: 'E' | 'W' | 'I';
  message: string;
  cells: string[];
  expected?: string;
  actual?: string;
}

export interface RollupResult {
  agency: { documentId: string; name: string };
  year: number;
  formatVersion: string;
  counts: { agencies: number; published: number; counted: number; missing: number; late: number };
  tables: ReportTables;
  check: { status: 'passed' | 'warnings' | 'errors'; errors: number; warnings: number; findings: RollupFinding[] };
  /** What was left out of the sum or summed differently, in Chinese. */
  notes: string[];
  agencies: RollupAgency[];
  /** Admin only: each counted agency's tables, for drilling down from a cell. */
  reports?: { agency: string; documentId: string; tables: ReportTables }[];
}

export interface RollupResponse {
  data: RollupResult;
}
