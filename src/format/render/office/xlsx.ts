/** The three tables as a workbook: one sheet per table, the template's merged headers, numbers as numbers. */
import ExcelJS from 'exceljs';
import { placeCells } from '../layout';
import type { ReportView } from '../view';

/** A plain sheet after the tables: a header row and its rows (a roll-up's list of agencies). */
export interface ExtraSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

export async function renderXlsx(view: ReportView, extra: readonly ExtraSheet[] = []): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '公开年报';
  book.title = view.title;
  for (const s of view.sections) {
    const grid = s.grid;
    if (!grid) continue;
    const sheet = book.addWorksheet(`${grid.name} ${s.heading}`.slice(0, 31));
    sheet.addRow([`${view.title}　${s.numeral}、${s.heading}`]);
    sheet.mergeCells(1, 1, 1, grid.columns);
    const offset = 2;
    const rows = [...grid.head, ...grid.body];
    for (const { cell, row, col } of placeCells(rows)) {
      const r = row + offset;
      const c = col + 1;
      const target = sheet.getCell(r, c);
      target.value = !cell.header && typeof cell.value === 'number' ? cell.value : !cell.header && typeof cell.value === 'string' && /^\d+(\.\d+)?$/.test(cell.value) ? Number(cell.value) : cell.text;
      target.alignment = { vertical: 'middle', horizontal: cell.header && cell.scope === 'row' ? 'left' : 'center', wrapText: true };
      target.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if ((cell.rowspan ?? 1) > 1 || (cell.colspan ?? 1) > 1) {
        sheet.mergeCells(r, c, r + (cell.rowspan ?? 1) - 1, c + (cell.colspan ?? 1) - 1);
      }
    }
    sheet.columns.forEach((column, i) => {
      column.width = grid.key === 'requests' && i < 3 ? 18 : 12;
    });
  }
  for (const { name, header, rows } of extra) {
    const sheet = book.addWorksheet(name.slice(0, 31));
    sheet.addRow([...header]).font = { bold: true };
    for (const row of rows) sheet.addRow([...row]);
    sheet.columns.forEach((column) => (column.width = 16));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
