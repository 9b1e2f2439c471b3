/**
 * The national template's tables as grids of header and data cells with their row and column
 * spans, for v2019 and v2021. Every output format (HTML, DOCX, XLSX, text) is drawn from these.
 */
import {
  TABLE2,
  TABLE2_FIRST_HEADER,
  TABLE3_APPLICANT_HEADER,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  TABLE3_LEGAL_ENTITY_HEADER,
  TABLE3_NOTE,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLE4_LITIGATION_HEADER,
  TABLES,
  type TableKey,
  type TabularVersion,
  table3LayoutOf,
} from '../definition';
import { cellAddress, type ReportTables, type Table2Cell } from '../cells';

export interface GridCell {
  text: string;
  header: boolean;
  rowspan?: number;
  colspan?: number;
  scope?: 'col' | 'row' | 'colgroup' | 'rowgroup';
  /** For data cells: the cell address and its stored value. */
  address?: string;
  value?: Table2Cell;
}

export interface TableGrid {
  key: TableKey;
  name: string;
  caption: string;
  columns: number;
  head: GridCell[][];
  body: GridCell[][];
}

/** How a stored value is shown: blank stays blank (never 0), '/' stays '/', amounts exactly as stored. */
export function displayValue(value: Table2Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.raw;
  return String(value);
}

const th = (text: string, extra: Partial<GridCell> = {}): GridCell => ({ text, header: true, ...extra });
const td = (address: string, value: Table2Cell | undefined, extra: Partial<GridCell> = {}): GridCell => ({
  text: displayValue(value),
  header: false,
  address,
  value: value ?? null,
  ...extra,
});

const TABLE2_WIDTH = 4;

function table2Grid(version: TabularVersion, data: ReportTables['proactive']): TableGrid {
  const head: GridCell[][] = [];
  const body: GridCell[][] = [];
  for (const block of TABLE2[version]) {
    body.push([th(block.heading, { colspan: TABLE2_WIDTH, scope: 'colgroup' })]);
    const last = block.columns.length - 1;
    const span = (i: number) => (i === last ? TABLE2_WIDTH - 1 - last : 1);
    body.push([
      th(TABLE2_FIRST_HEADER, { scope: 'col' }),
      ...block.columns.map((c, i) => th(c.label, { scope: 'col', ...(span(i) > 1 ? { colspan: span(i) } : {}) })),
    ]);
    for (const row of block.rows) {
      body.push([
        th(row.label, { scope: 'row' }),
        ...block.columns.map((c, i) =>
          td(cellAddress('proactive', row.key, c.key), data?.[row.key]?.[c.key], span(i) > 1 ? { colspan: span(i) } : {}),
        ),
      ]);
    }
  }
  return { key: 'proactive', ...names('proactive'), columns: TABLE2_WIDTH, head, body };
}

function table3Grid(version: TabularVersion, data: ReportTables['requests']): TableGrid {
  const { rows } = table3LayoutOf(version, data);
  const head: GridCell[][] = [
    [th(TABLE3_NOTE, { rowspan: 3, colspan: 3 }), th(TABLE3_APPLICANT_HEADER, { colspan: 7, scope: 'colgroup' })],
    [
      th(TABLE3_COLUMNS[0].label, { rowspan: 2, scope: 'col' }),
      th(TABLE3_LEGAL_ENTITY_HEADER, { colspan: 5, scope: 'colgroup' }),
      th(TABLE3_COLUMNS[6].label, { rowspan: 2, scope: 'col' }),
    ],
    TABLE3_COLUMNS.slice(1, 6).map((c) => th(c.label, { scope: 'col' })),
  ];
  const values = (rowKey: string) =>
    TABLE3_COLUMNS.map((c) => td(cellAddress('requests', rowKey, c.key), data?.[rowKey]?.[c.key as never]));
  const resultRows = rows.filter((r) => r.group?.startsWith('results'));
  const groupSize = (g: string) => rows.filter((r) => r.group === g).length;
  const body: GridCell[][] = [];
  const seenGroups = new Set<string>();
  for (const row of rows) {
    const cells: GridCell[] = [];
    if (!row.group) {
      cells.push(th(row.label, { colspan: 3, scope: 'row' }));
    } else {
      if (row === resultRows[0]) {
        cells.push(th(TABLE3_GROUPS[0].label, { rowspan: resultRows.length, scope: 'rowgroup' }));
      }
      if (row.group === 'results') {
        cells.push(th(row.label, { colspan: 2, scope: 'row' }));
      } else {
        if (!seenGroups.has(row.group)) {
          seenGroups.add(row.group);
          const label = TABLE3_GROUPS.find((g) => g.key === row.group)!.label;
          cells.push(th(label, { rowspan: groupSize(row.group), scope: 'rowgroup' }));
        }
        cells.push(th(row.label, { scope: 'row' }));
      }
    }
    body.push([...cells, ...values(row.key)]);
  }
  return { key: 'requests', ...names('requests'), columns: 10, head, body };
}

function table4Grid(data: ReportTables['reviewLitigation']): TableGrid {
  const [review, ...suits] = TABLE4_GROUPS;
  const head: GridCell[][] = [
    [th(review.label, { colspan: 5, scope: 'colgroup' }), th(TABLE4_LITIGATION_HEADER, { colspan: 10, scope: 'colgroup' })],
    [
      ...TABLE4_COLUMNS.map((c) => th(c.label, { rowspan: 2, scope: 'col' })),
      ...suits.map((g) => th(g.label, { colspan: 5, scope: 'colgroup' })),
    ],
    suits.flatMap(() => TABLE4_COLUMNS.map((c) => th(c.label, { scope: 'col' }))),
  ];
  const body = [
    TABLE4_GROUPS.flatMap((g) =>
      TABLE4_COLUMNS.map((c) => td(cellAddress('reviewLitigation', g.key, c.key), data?.[g.key as never]?.[c.key as never])),
    ),
  ];
  return { key: 'reviewLitigation', ...names('reviewLitigation'), columns: 15, head, body };
}

function names(key: TableKey) {
  return { name: TABLES[key].name, caption: TABLES[key].caption };
}

export function tableGrids(version: TabularVersion, tables: ReportTables): TableGrid[] {
  return [table2Grid(version, tables.proactive), table3Grid(version, tables.requests), table4Grid(tables.reviewLitigation)];
}

/**
 * Places spanning cells on the full grid: for each cell its row and column index, so that
 * spreadsheet and word-processor renderers can merge exact ranges.
 */
export function placeCells(rows: GridCell[][]): { cell: GridCell; row: number; col: number }[] {
  const taken = new Set<string>();
  const placed: { cell: GridCell; row: number; col: number }[] = [];
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r}:${c}`)) c++;
      placed.push({ cell, row: r, col: c });
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) taken.add(`${r + dr}:${c + dc}`);
      }
      c += cell.colspan ?? 1;
    }
  });
  return placed;
}
