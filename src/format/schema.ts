/**
 * Zod schemas derived from the format definition, one per table and format version, and the
 * validation that turns their issues into Chinese messages naming table, row and column.
 */
import { z } from 'zod';
import {
  TABLE2,
  TABLE3_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLES,
  table3Layouts,
  table3LayoutOf,
  type ColumnDef,
  type FormatVersion,
  type RowDef,
  type TableKey,
  type TabularVersion,
} from './definition';
import {
  cellProblem,
  describeLocation,
  MAX_COUNT,
  normalizeCell,
  type ReportTables,
  type Table2,
  type Table3,
  type Table4,
} from './cells';

function cellSchema(column: ColumnDef) {
  return z
    .any()
    .superRefine((value, ctx) => {
      const problem = cellProblem(column.kind, value);
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
    })
    .transform((value) => normalizeCell(column.kind, value));
}

function rowSchema(columns: readonly ColumnDef[]) {
  return z.object(Object.fromEntries(columns.map((c) => [c.key, cellSchema(c)]))).strict();
}

type TableRows = readonly { key: string; columns: readonly ColumnDef[] }[];

/** The zod schema of a table, with the row layout it was derived from. */
function tableSchema(rows: TableRows) {
  return Object.assign(z.object(Object.fromEntries(rows.map((r) => [r.key, rowSchema(r.columns)]))).strict(), { rows });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Stored tables are already well formed and in normal form; confirming that directly is far
 * cheaper than a zod parse, which stays the authority for anything else (messages, normalising).
 */
/** Own keys, counted without building their array (stored rows are plain JSON objects). */
function keyCount(o: Record<string, unknown>): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

function alreadyValid(rows: TableRows, value: unknown): boolean {
  if (!isRecord(value) || keyCount(value) !== rows.length) return false;
  for (const r of rows) {
    const row = value[r.key];
    if (!isRecord(row) || keyCount(row) !== r.columns.length) return false;
    for (const c of r.columns) {
      const cell = row[c.key];
      // Most cells are blank or a count; those are valid and normal as they stand.
      if (cell === null || (c.kind === 'count' && typeof cell === 'number' && cell >= 0 && cell <= MAX_COUNT && Number.isInteger(cell))) continue;
      if (cellProblem(c.kind, cell) || normalizeCell(c.kind, cell) !== cell) return false;
    }
  }
  return true;
}

const table2Rows = (version: TabularVersion) =>
  TABLE2[version].flatMap((block) => block.rows.map((row: RowDef) => ({ key: row.key, columns: block.columns })));

export const table2Schemas = {
  v2019: tableSchema(table2Rows('v2019')),
  v2021: tableSchema(table2Rows('v2021')),
};

function table3Schemas(version: TabularVersion) {
  return table3Layouts(version).map((layout) => ({
    collapsed: layout.collapsed,
    schema: tableSchema(layout.rows.map((r) => ({ key: r.key, columns: TABLE3_COLUMNS }))),
  }));
}

export const table3SchemaVariants = { v2019: table3Schemas('v2019'), v2021: table3Schemas('v2021') };

export const table4Schema = tableSchema(TABLE4_GROUPS.map((g) => ({ key: g.key, columns: TABLE4_COLUMNS })));

export interface TableIssue {
  /** Path in the report body, e.g. ['requests', 'newReceived', 'naturalPerson']. */
  path: string[];
  /** Full Chinese message, location first: 「表三 一、… 自然人：应为非负整数」. */
  message: string;
}

export type TablesResult =
  | { ok: true; value: ReportTables }
  | { ok: false; issues: TableIssue[] };

function chineseReason(issue: z.ZodIssue, depth: number): string {
  if (issue.code === z.ZodIssueCode.unrecognized_keys) {
    return `${depth === 0 ? '未知的行' : '未知的列'}：${issue.keys.join('、')}`;
  }
  if (issue.code === z.ZodIssueCode.invalid_type) {
    // An absent table is not yet entered (validateTables skips it), so only a row can be missing.
    if (issue.received === 'undefined') return '缺少此行';
    return depth === 0 ? '应为按行键组织的对象' : '应为按列键组织的对象';
  }
  return issue.message;
}

function toTableIssues(table: TableKey, version: TabularVersion, error: z.ZodError): TableIssue[] {
  return error.issues.map((issue) => {
    const [row, column] = issue.path.map(String);
    const depth = issue.path.length;
    return {
      path: [table, ...issue.path.map(String)],
      message: `${describeLocation(table, version, row, column)}：${chineseReason(issue, depth === 0 ? 0 : depth)}`,
    };
  });
}

/** Picks the table-三 layout by the （六） rows present, so errors speak of the layout meant. */
function pickTable3Variant(version: TabularVersion, value: unknown) {
  const { collapsed } = table3LayoutOf(version, value);
  return table3SchemaVariants[version].find((v) => v.collapsed === collapsed)!;
}

function parseTable(table: TableKey, version: TabularVersion, value: unknown) {
  const schema =
    table === 'proactive'
      ? table2Schemas[version]
      : table === 'requests'
        ? pickTable3Variant(version, value).schema
        : table4Schema;
  if (alreadyValid(schema.rows, value)) return { ok: true as const, value: value as z.infer<typeof schema> };
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true as const, value: result.data }
    : { ok: false as const, issues: toTableIssues(table, version, result.error) };
}

const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

/**
 * Validates the tables of a report body for its format version. A table that is absent or null is
 * not yet entered (allowed in drafts; the rules report it). pre2019 reports hold no tables.
 */
export function validateTables(
  version: FormatVersion,
  tables: Partial<Record<TableKey, unknown>>,
): TablesResult {
  const issues: TableIssue[] = [];
  const value: ReportTables = { proactive: null, requests: null, reviewLitigation: null };
  for (const table of TABLE_KEYS) {
    const input = tables[table];
    if (input === undefined || input === null) continue;
    if (version === 'pre2019') {
      issues.push({
        path: [table],
        message: `${TABLES[table].name}：2019年以前的报告没有统一表格，请留空`,
      });
      continue;
    }
    const parsed = parseTable(table, version, input);
    if (parsed.ok) (value as unknown as Record<TableKey, unknown>)[table] = parsed.value;
    else issues.push(...parsed.issues);
  }
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

export type { Table2, Table3, Table4 };
