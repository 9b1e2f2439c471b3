/**
 * A government's roll-up: 表二, 表三 and 表四 summed cell by cell over the reports of its agencies.
 * Blank is not 0 (FORMAT.md §7): a cell that every report left blank stays blank, one that every
 * report marked 「/」 stays 「/」, and otherwise the figures given are summed. Amounts are summed
 * exactly, in 万元. Pure: no Strapi imports.
 */
import {
  REPORT_TITLE_SUFFIX,
  TABLE2,
  TABLE3_COLUMNS,
  TABLE3_UNSPLIT_KEY,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLES,
  table3LayoutOf,
  type CellKind,
  type TableKey,
  type TabularVersion,
} from './definition';
import type { AmountText, ReportTables, Table2, Table2Cell, Table3, Table4 } from './cells';
import { sumDecimals, yuanToWan } from './decimal';
import { TABLE_RULE_IDS } from './rules/catalogue';

export interface RollupPart {
  /** Whose report it is, for the notes. */
  name: string;
  tables: ReportTables;
}

export interface TablesSum {
  tables: ReportTables;
  /** What could not be summed or was summed differently, each naming the agency, table, row and column. */
  notes: string[];
}

type Cell = Table2Cell | undefined;

/** What one cell of the parts adds up to, by the rule above. */
function sumCell(kind: CellKind, values: readonly Cell[], where: string, names: readonly string[], notes: string[]): Table2Cell {
  const given: { value: Exclude<Table2Cell, null | '/'>; name: string }[] = [];
  let blank = false;
  values.forEach((value, i) => {
    if (value === null || value === undefined) blank = true;
    else if (value !== '/') given.push({ value, name: names[i] });
  });
  if (!given.length) return blank || !values.length ? null : '/';
  if (kind === 'count' || kind === 'signedCount') return given.reduce((sum, g) => sum + (g.value as number), 0);
  if (kind === 'amountWan') return sumDecimals(given.map((g) => g.value as string));
  const wan: string[] = [];
  for (const g of given) {
    const { raw, amount, unit } = g.value as AmountText;
    const inWan = amount === null || unit === null ? null : unit === '万元' ? amount : yuanToWan(amount);
    if (inWan === null) notes.push(`${g.name}：${where}「${raw}」没有可读的金额和单位，未计入合计`);
    else wan.push(inWan);
  }
  const total = wan.length ? sumDecimals(wan) : null;
  return total === null ? null : { raw: `${total}万元`, amount: total, unit: '万元' };
}

const location = (table: TableKey, row: string, column: string) => `${TABLES[table].name} ${row} ${column}`;

function sumTable2(version: TabularVersion, parts: readonly RollupPart[], notes: string[]): Table2 | null {
  const given = parts.filter((p) => p.tables.proactive);
  if (!given.length) return null;
  const names = given.map((p) => p.name);
  const out: Table2 = {};
  for (const block of TABLE2[version]) {
    for (const row of block.rows) {
      out[row.key] = {};
      for (const column of block.columns) {
        const values = given.map((p) => p.tables.proactive![row.key]?.[column.key]);
        out[row.key][column.key] = sumCell(column.kind, values, location('proactive', row.label, column.label), names, notes);
      }
    }
  }
  return out;
}

/**
 * 表三 in the layout the parts share; when one of them keeps the single （六）其他处理 row, the sum
 * does too, and the other parts' three sub-rows are added into it.
 */
function sumTable3(version: TabularVersion, parts: readonly RollupPart[], notes: string[]): Table3 | null {
  const given = parts.filter((p) => p.tables.requests);
  if (!given.length) return null;
  const layouts = given.map((p) => table3LayoutOf(version, p.tables.requests));
  const target = layouts.find((l) => l.collapsed) ?? layouts[0];
  const names = given.map((p) => p.name);
  if (target.collapsed && layouts.some((l) => !l.collapsed)) {
    notes.push(`表三：${names.filter((_, i) => layouts[i].collapsed).join('、')}的“（六）其他处理”未分项，合计也不分项，其余机关的三个分项加总计入`);
  }
  const subRows = layouts.find((l) => !l.collapsed)?.rows.filter((r) => r.group === 'results.otherHandling').map((r) => r.key) ?? [];
  const valueOf = (requests: Table3, collapsed: boolean, row: string, column: string): Cell => {
    if (row !== TABLE3_UNSPLIT_KEY || collapsed) return requests[row]?.[column as never];
    const values = subRows.map((key) => requests[key]?.[column as never]);
    return sumCell('count', values, '', [], []);
  };
  const out: Table3 = {};
  for (const row of target.rows) {
    out[row.key] = {} as Table3[string];
    for (const column of TABLE3_COLUMNS) {
      const values = given.map((p, i) => valueOf(p.tables.requests!, layouts[i].collapsed, row.key, column.key));
      out[row.key][column.key as never] = sumCell('count', values, location('requests', row.label, column.label), names, notes) as never;
    }
  }
  return out;
}

function sumTable4(parts: readonly RollupPart[], notes: string[]): Table4 | null {
  const given = parts.filter((p) => p.tables.reviewLitigation);
  if (!given.length) return null;
  const names = given.map((p) => p.name);
  const out = {} as Table4;
  for (const group of TABLE4_GROUPS) {
    out[group.key as keyof Table4] = {} as Table4[keyof Table4];
    for (const column of TABLE4_COLUMNS) {
      const values = given.map((p) => p.tables.reviewLitigation![group.key as keyof Table4]?.[column.key as never]);
      out[group.key as keyof Table4][column.key as never] = sumCell('count', values, location('reviewLitigation', group.label, column.label), names, notes) as never;
    }
  }
  return out;
}

/** The three tables summed over the parts (all of one format version); a table no part has is null. */
export function sumTables(version: TabularVersion, parts: readonly RollupPart[]): TablesSum {
  const notes: string[] = [];
  const tables: ReportTables = {
    proactive: sumTable2(version, parts, notes),
    requests: sumTable3(version, parts, notes),
    reviewLitigation: sumTable4(parts, notes),
  };
  return { tables, notes };
}

/** The title of a roll-up's tables, as every format of it shows it. */
export const rollupTitle = (agencyName: string, year: number): string => `${agencyName}及下属机关${year}${REPORT_TITLE_SUFFIX}统计表汇总`;

/**
 * The table rules that hold for a sum: the arithmetic of 表三 and 表四 and the cell types. Not R07
 * (it asks the narrative's 第六部分, which a sum has none of), R13 (the sum takes the year's version),
 * R14 (it needs last year's sum) or R15 (it asks one agency's type, and a government's sum mixes them).
 */
export const ROLLUP_RULE_IDS: readonly string[] = TABLE_RULE_IDS.filter((id) => !['R07', 'R13', 'R14', 'R15'].includes(id));
