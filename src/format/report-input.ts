/**
 * What a write to a report must satisfy before it is stored, whatever the path (admin, REST,
 * GraphQL, code): a known format version and tables of that version's exact shape.
 */
import { FORMAT_VERSIONS, OTHER_MATTERS_FIELDS, TABLES, expectedFormatVersion, sectionTitle, type FormatVersion, type TableKey } from './definition';
import { validateTables, type TableIssue } from './schema';
import { MAX_COUNT } from './cells';

export interface StoredReportFields {
  year?: number | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  formatVersion?: FormatVersion | null;
  proactive?: unknown;
  requests?: unknown;
  reviewLitigation?: unknown;
}

export type ReportInputResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issues: TableIssue[] };

const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

/** Reports exist from the first year of the 2008 条例 on; far-future years are typing errors. */
export const YEAR_RANGE = { min: 2008, max: 2100 } as const;

/** 六、其他需要报告的事项 — the 信息处理费 figures: counts and 元 amounts, never negative. */
const FEE_FIELDS = { feeNoticesIssuedCount: true, feeNoticesIssuedAmountYuan: false, feeCollectedAmountYuan: false } as const;

function yearIssue(year: unknown): TableIssue | null {
  if (typeof year !== 'number' || !Number.isInteger(year)) return { path: ['year'], message: '年度：应为四位整数年份，如 2023' };
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return { path: ['year'], message: `年度：应在${YEAR_RANGE.min}—${YEAR_RANGE.max}年之间` };
  }
  return null;
}

function feeIssues(otherMatters: unknown): TableIssue[] {
  if (typeof otherMatters !== 'object' || otherMatters === null) return [];
  const issues: TableIssue[] = [];
  for (const [key, integer] of Object.entries(FEE_FIELDS)) {
    const label = OTHER_MATTERS_FIELDS[key as keyof typeof FEE_FIELDS];
    const value = (otherMatters as Record<string, unknown>)[key];
    if (value === null || value === undefined || value === '') continue;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
    const wrong = !Number.isFinite(n) || n < 0 || n > MAX_COUNT || (integer && !Number.isInteger(n));
    if (wrong) issues.push({ path: ['otherMatters', key], message: `${sectionTitle('otherMatters')} ${label}：应为${integer ? '非负整数' : '非负金额'}${n > MAX_COUNT ? '，且不超过10亿' : ''}` });
  }
  return issues;
}

/** The statistics period must run forwards. */
function periodIssue(start: unknown, end: unknown): TableIssue | null {
  if (typeof start !== 'string' || typeof end !== 'string' || !start || !end) return null;
  return end < start ? { path: ['periodEnd'], message: `统计期间：结束日期${end}早于开始日期${start}` } : null;
}

/**
 * Checks an incoming (possibly partial) report body against what is stored, and returns the body
 * to write: formatVersion filled in from the year when missing, tables normalised.
 */
export function prepareReportInput(
  incoming: Record<string, unknown>,
  stored: StoredReportFields | null,
): ReportInputResult {
  const year = 'year' in incoming ? incoming.year : stored?.year;
  if (year === null || year === undefined) {
    return { ok: false, issues: [{ path: ['year'], message: '年度：必填，据此确定报告格式版本' }] };
  }
  const wrongYear = yearIssue(year);
  if (wrongYear) return { ok: false, issues: [wrongYear] };
  const fieldIssues = [
    periodIssue(incoming.periodStart ?? stored?.periodStart, incoming.periodEnd ?? stored?.periodEnd),
    ...feeIssues(incoming.otherMatters),
  ].filter((i): i is TableIssue => i !== null);
  if (fieldIssues.length) return { ok: false, issues: fieldIssues };
  const requested = incoming.formatVersion ?? stored?.formatVersion ?? expectedFormatVersion(year as number);
  if (!FORMAT_VERSIONS.includes(requested as FormatVersion)) {
    return {
      ok: false,
      issues: [{ path: ['formatVersion'], message: `格式版本：应为 ${FORMAT_VERSIONS.join('、')} 之一` }],
    };
  }
  const version = requested as FormatVersion;
  const versionChanged = stored !== null && stored.formatVersion != null && stored.formatVersion !== version;

  // A changed version must still fit the tables already stored, or they would silently become malformed.
  const tables: Partial<Record<TableKey, unknown>> = {};
  for (const key of TABLE_KEYS) {
    if (key in incoming) tables[key] = incoming[key];
    else if (versionChanged) tables[key] = stored?.[key];
  }
  const result = validateTables(version, tables);
  if (!result.ok) return result;

  const data: Record<string, unknown> = { ...incoming, formatVersion: version };
  for (const key of TABLE_KEYS) if (key in incoming) data[key] = result.value[key];
  return { ok: true, data };
}
