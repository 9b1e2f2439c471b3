/** Cell values and addresses (FORMAT.md §7). Pure: no Strapi imports. */
import {
  TABLE3_ROWS,
  TABLE3_COLUMNS,
  TABLE4_GROUPS,
  TABLE4_COLUMNS,
  TABLE2,
  TABLES,
  type CellKind,
  type TableKey,
  type TabularVersion,
  type Table3ColumnKey,
  type Table4ColumnKey,
  type Table4GroupKey,
} from './definition';

/** A count: a non-negative integer, `null` for a blank cell (not zero), `'/'` for not applicable. */
export type CountCell = number | null | '/';
/** 万元 amounts are exact decimal strings such as "4166.241619". */
export type AmountWanCell = string | null | '/';
export interface AmountText {
  raw: string;
  amount: string | null;
  unit: '元' | '万元' | null;
}
export type AmountTextCell = AmountText | null | '/';
export type Table2Cell = CountCell | AmountWanCell | AmountTextCell;

export type Table2 = Record<string, Record<string, Table2Cell>>;
export type Table3 = Record<string, Record<Table3ColumnKey, CountCell>>;
export type Table4 = Record<Table4GroupKey, Record<Table4ColumnKey, CountCell>>;

export interface ReportTables {
  proactive: Table2 | null;
  requests: Table3 | null;
  reviewLitigation: Table4 | null;
}

/** `t3.results.total.other` — table prefix, row key (may contain dots), column key. */
export function cellAddress(table: TableKey, row: string, column: string): string {
  return `${TABLES[table].prefix}.${row}.${column}`;
}

export interface ParsedAddress {
  table: TableKey;
  /** Null when the address names the whole table (`t4`). */
  row: string | null;
  /** Null when it names a whole row (`t4.review`) or table. */
  column: string | null;
}

const TABLE_BY_PREFIX = new Map((Object.keys(TABLES) as TableKey[]).map((key) => [TABLES[key].prefix as string, key]));

/**
 * The table, row and column a finding's or the grid's address names, the inverse of cellAddress;
 * null for an address outside the tables (`overview.intro`, `formatVersion`).
 */
export function parseCellAddress(address: string): ParsedAddress | null {
  const [head, ...rest] = address.split('.');
  const table = TABLE_BY_PREFIX.get(head);
  if (!table) return null;
  if (rest.length < 2) return { table, row: rest[0] ?? null, column: null };
  return { table, row: rest.slice(0, -1).join('.'), column: rest[rest.length - 1] };
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** No report counts a billion of anything: a larger number is a typing or unit error (and beyond 2^53 not even exact). */
export const MAX_COUNT = 1_000_000_000;
const TOO_LARGE = `数值过大（超过${MAX_COUNT / 100_000_000}亿），请核对`;

/** Why a value is not acceptable in a cell of this kind, or null when it is. */
export function cellProblem(kind: CellKind, value: unknown): string | null {
  if (value === undefined) return '缺少此单元格（空白请填 null）';
  if (value === null || value === '/') return null;
  switch (kind) {
    case 'count':
      if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0)) return '应为非负整数（空白填 null，不适用填 "/"）';
      return value > MAX_COUNT ? TOO_LARGE : null;
    case 'signedCount':
      if (!(typeof value === 'number' && Number.isInteger(value))) return '应为整数（减少填负数，如 -4）';
      return Math.abs(value) > MAX_COUNT ? TOO_LARGE : null;
    case 'amountWan':
      if (typeof value === 'number') {
        if (!(Number.isFinite(value) && value >= 0)) return '应为非负金额（单位：万元）';
        return value > MAX_COUNT ? TOO_LARGE : null;
      }
      return typeof value === 'string' && DECIMAL.test(value)
        ? null
        : '应为非负金额（单位：万元，如 7730.28）';
    case 'amountText': {
      if (typeof value === 'string') return null;
      const v = value as Partial<AmountText>;
      if (typeof value !== 'object' || typeof v.raw !== 'string') return '应为金额文字（如 "120.5万元"）';
      if (v.amount != null && !(typeof v.amount === 'string' && DECIMAL.test(v.amount)))
        return '金额应为非负数字';
      if (v.unit != null && v.unit !== '元' && v.unit !== '万元') return '单位应为“元”或“万元”';
      return null;
    }
  }
}

/** Brings an accepted value to its stored form: amounts become exact decimal strings. */
export function normalizeCell(kind: CellKind, value: unknown): Table2Cell {
  if (value === null || value === '/') return value;
  if (kind === 'amountWan') return typeof value === 'number' ? String(value) : (value as string);
  if (kind === 'amountText') {
    if (typeof value === 'string') return { raw: value, ...parseAmountText(value) };
    const v = value as AmountText;
    if (v.amount !== undefined && v.unit !== undefined && Object.keys(v).length === 3) return v;
    return { raw: v.raw, amount: v.amount ?? null, unit: v.unit ?? null };
  }
  return value as number;
}

/** '120.5万元' → { amount: '120.5', unit: '万元' }; the unit is not fixed by the format. */
export function parseAmountText(raw: string): Pick<AmountText, 'amount' | 'unit'> {
  const m = raw.normalize('NFKC').replace(/[\s,，]/g, '').match(/(\d+(?:\.\d+)?)(万元|元)?/);
  if (!m) return { amount: null, unit: null };
  return { amount: m[1], unit: (m[2] as AmountText['unit']) ?? null };
}

/** The numeric value of a cell for arithmetic; blank and '/' are not numbers. */
export function numericValue(cell: unknown): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && DECIMAL.test(cell)) return Number(cell);
  return null;
}

/** Chinese location of a cell, e.g. 「表三 一、本年新收政府信息公开申请数量 自然人」. */
export function describeLocation(
  table: TableKey,
  version: TabularVersion | null,
  row?: string,
  column?: string,
): string {
  const parts = [TABLES[table].name];
  if (table === 'requests') {
    if (row) parts.push(TABLE3_ROWS.find((r) => r.key === row)?.label ?? `未知的行“${row}”`);
    if (column) parts.push(TABLE3_COLUMNS.find((c) => c.key === column)?.label ?? `未知的列“${column}”`);
  } else if (table === 'reviewLitigation') {
    if (row) parts.push(TABLE4_GROUPS.find((g) => g.key === row)?.label ?? `未知的栏目“${row}”`);
    if (column) parts.push(TABLE4_COLUMNS.find((c) => c.key === column)?.label ?? `未知的列“${column}”`);
  } else {
    const blocks = TABLE2[version ?? 'v2021'];
    const block = row ? blocks.find((b) => b.rows.some((r) => r.key === row)) : undefined;
    if (row) {
      parts.push(block ? `${block.heading} ${block.rows.find((r) => r.key === row)!.label}` : `未知的行“${row}”`);
    }
    if (column) parts.push(block?.columns.find((c) => c.key === column)?.label ?? `未知的列“${column}”`);
  }
  return parts.join(' ');
}
