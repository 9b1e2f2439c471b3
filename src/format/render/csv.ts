/** The open-data shape: one line per cell, UTF-8 with a BOM so that Excel opens it as such. */
import type { ReportView } from './view';

const HEADER = ['机关', '年度', '表', '行键', '行', '列键', '列', '值'];

/**
 * One CSV field. A text that begins like a formula (= + - @, tab, CR) is prefixed with ' so that
 * Excel and WPS show it instead of running it (an agency named =HYPERLINK(…)); plain numbers,
 * negative ones included, stay numbers.
 */
export function csvField(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** What every CSV of ours starts with, so that Excel reads it as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** One CSV line with its CRLF, each field made safe: streamed exports write these one by one. */
export const csvLine = (fields: readonly unknown[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** A CSV document as every download of ours writes it: a BOM, CRLF lines, each field made safe. */
export function csvDocument(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return CSV_BOM + [header, ...rows].map(csvLine).join('');
}

export function renderCsv(view: ReportView): string {
  const rows = view.tables.flatMap((table) =>
    table.rows.flatMap((row) => {
      const label = [...row.groups, row.label].join(' ');
      return row.cells.map((c) => [view.agencyName, String(view.year), table.name, row.key, label, c.column, c.label, c.display]);
    }),
  );
  return csvDocument(HEADER, rows);
}

/** The report with keys and labels, without the layout grids. */
export function renderJson(view: ReportView): string {
  const { sections, ...rest } = view;
  return JSON.stringify(
    { ...rest, sections: sections.map(({ grid, ...s }) => ({ ...s, table: grid ? grid.key : null })) },
    null,
    2,
  );
}
