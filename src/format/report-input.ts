/**
 * What a write to a report must satisfy before it is stored, whatever the path (admin, REST,
 * GraphQL, code): a known format version and tables of that version's exact shape.
 */
import { FORMAT_VERSIONS, TABLES, expectedFormatVersion, type FormatVersion, type TableKey } from './definition';
import { validateTables, type TableIssue } from './schema';

export interface StoredReportFields {
  year?: number | null;
  formatVersion?: FormatVersion | null;
  proactive?: unknown;
  requests?: unknown;
  reviewLitigation?: unknown;
}

export type ReportInputResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issues: TableIssue[] };

const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

/**
 * Checks an incoming (possibly partial) report body against what is stored, and returns the body
 * to write: formatVersion filled in from the year when missing, tables normalised.
 */
export function prepareReportInput(
  incoming: Record<string, unknown>,
  stored: StoredReportFields | null,
): ReportInputResult {
  const year = incoming.year ?? stored?.year ?? null;
  if (year !== null && (typeof year !== 'number' || !Number.isInteger(year))) {
    return { ok: false, issues: [{ path: ['year'], message: '年度：应为四位整数年份，如 2023' }] };
  }
  const requested = incoming.formatVersion ?? stored?.formatVersion ?? (year !== null ? expectedFormatVersion(year) : null);
  if (requested === null) {
    return { ok: false, issues: [{ path: ['year'], message: '年度：必填，据此确定报告格式版本' }] };
  }
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
