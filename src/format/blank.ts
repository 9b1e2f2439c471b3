/** Tables of the right shape with every cell blank, for new reports and editors. */
import { TABLE2, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, table3Layouts, type TabularVersion } from './definition';
import type { ReportTables, Table2, Table3, Table4 } from './cells';

const blankRow = (columns: readonly { key: string }[]) =>
  Object.fromEntries(columns.map((c) => [c.key, null]));

export function blankTables(version: TabularVersion): ReportTables {
  const proactive = Object.fromEntries(
    TABLE2[version].flatMap((b) => b.rows.map((r) => [r.key, blankRow(b.columns)])),
  ) as Table2;
  const requests = Object.fromEntries(
    table3Layouts(version)[0].rows.map((r) => [r.key, blankRow(TABLE3_COLUMNS)]),
  ) as Table3;
  const reviewLitigation = Object.fromEntries(
    TABLE4_GROUPS.map((g) => [g.key, blankRow(TABLE4_COLUMNS)]),
  ) as Table4;
  return { proactive, requests, reviewLitigation };
}
