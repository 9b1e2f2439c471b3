/**
 * The open statistics: every cell of every published report as one row (long format), the shape
 * researchers load into a data frame. The column keys are a published contract — README lists them;
 * add columns at the end, never rename. Pure: no Strapi imports.
 */
import { AGENCY_TYPE_LABELS, type AgencyType } from './definition';
import type { ViewTable } from './render/view';

export const STATISTICS_COLUMNS = [
  { key: 'agency', label: '机关' },
  { key: 'creditCode', label: '统一社会信用代码' },
  { key: 'agencyType', label: '机关类型' },
  { key: 'region', label: '地区' },
  { key: 'parent', label: '上级机关' },
  { key: 'year', label: '年度' },
  { key: 'report', label: '年报编号' },
  { key: 'table', label: '表' },
  { key: 'rowKey', label: '行键' },
  { key: 'rowLabel', label: '行' },
  { key: 'columnKey', label: '列键' },
  { key: 'columnLabel', label: '列' },
  { key: 'value', label: '值' },
] as const;

export type StatisticsColumn = (typeof STATISTICS_COLUMNS)[number]['key'];

/** One cell: a count is a number, an amount its exact text, 「/」 kept, a blank null (never 0). */
export type StatisticsRow = Record<Exclude<StatisticsColumn, 'year' | 'value'>, string | null> & { year: number; value: number | string | null };

export interface StatisticsAgency {
  name: string;
  creditCode?: string | null;
  type?: AgencyType | null;
  region?: string | null;
  parent?: string | null;
}

/** The rows of one report, table by table in the template's order. */
export function statisticsRows(agency: StatisticsAgency, year: number, report: string, tables: readonly ViewTable[]): StatisticsRow[] {
  const rows: StatisticsRow[] = [];
  const creditCode = agency.creditCode ?? null;
  const agencyType = agency.type ? AGENCY_TYPE_LABELS[agency.type] : null;
  const region = agency.region ?? null;
  const parent = agency.parent ?? null;
  for (const table of tables) {
    for (const row of table.rows) {
      const rowLabel = row.groups.length ? `${row.groups.join(' ')} ${row.label}` : row.label;
      for (const cell of row.cells) {
        const value = cell.value;
        // Written out field by field, in column order: a spread of shared fields costs more than the row itself.
        rows.push({
          agency: agency.name,
          creditCode,
          agencyType,
          region,
          parent,
          year,
          report,
          table: table.name,
          rowKey: row.key,
          rowLabel,
          columnKey: cell.column,
          columnLabel: cell.label,
          value: value === null || typeof value === 'number' || value === '/' ? value : cell.display,
        });
      }
    }
  }
  return rows;
}
