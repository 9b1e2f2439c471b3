/** The open-data shape: one line per cell, UTF-8 with a BOM so that Excel opens it as such. */
import type { ReportView } from './view';

const HEADER = ['机关', '年度', '表', '行键', '行', '列键', '列', '值'];

/**
 * One CSV field. A text that begins like a formula (= + - @, tab, CR) is prefixed with ' so that
 * Excel and WPS show it instead of running it (an agency named =HYPERLINK(…)); plain numbers,
 * negative ones included, stay numbers.
 */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(view: ReportView): string {
  const lines = [HEADER.join(',')];
  for (const table of view.tables) {
    for (const row of table.rows) {
      const label = [...row.groups, row.label].join(' ');
      for (const c of row.cells) {
        lines.push([view.agencyName, String(view.year), table.name, row.key, label, c.column, c.label, c.display].map(csvField).join(','));
      }
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
