/** Plain text in the layout of published reports (tab-separated tables), and Markdown. */
import { yearTitle } from '../definition';
import { placeCells, type GridCell, type TableGrid } from './layout';
import type { ReportView, ViewTable } from './view';

/**
 * A grid as tab-separated lines; a spanning cell's text stands in its first position only.
 */
function gridLines(grid: TableGrid): string[] {
  const rows = [...grid.head, ...grid.body];
  const lines: string[][] = rows.map(() => Array(grid.columns).fill(''));
  const width = rows.map(() => 0);
  for (const { cell, row, col } of placeCells(rows)) {
    lines[row][col] = cell.text;
    width[row] = Math.max(width[row], col + 1);
  }
  // A line ends at its last cell, blank or not (a blank is a position); columns no cell of the line reaches are not written.
  return lines.map((l, i) => l.slice(0, width[i]).join('\t'));
}

export function renderText(view: ReportView): string {
  const out: string[] = [view.agencyName, '', yearTitle(view.year), '', ...view.preamble, ''];
  for (const s of view.sections) {
    out.push(`${s.numeral}、${s.heading}`, '');
    for (const b of s.blocks) {
      if (b.heading) out.push(b.heading, '');
      for (const p of b.paragraphs) out.push(p, '');
    }
    if (s.grid) out.push(...gridLines(s.grid), '');
  }
  return out.join('\n');
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

function markdownTable(table: ViewTable): string[] {
  const columns = table.rows[0]?.cells ?? [];
  const header = ['项目', ...columns.map((c) => c.label)];
  const lines = [`| ${header.map(mdEscape).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of table.rows) {
    const label = [...row.groups, row.label].join(' ');
    lines.push(`| ${[label, ...row.cells.map((c) => c.display)].map(mdEscape).join(' | ')} |`);
  }
  return lines;
}

export function renderMarkdown(view: ReportView): string {
  const out: string[] = [`# ${mdEscape(view.title)}`, '', `统计期间：${view.period}`, ''];
  for (const p of view.preamble) out.push(mdEscape(p), '');
  for (const s of view.sections) {
    out.push(`## ${s.numeral}、${s.heading}`, '');
    for (const b of s.blocks) {
      if (b.heading) out.push(`### ${mdEscape(b.heading)}`, '');
      for (const p of b.paragraphs) out.push(mdEscape(p), '');
    }
    const table = view.tables.find((t) => t.key === s.key);
    if (table) {
      // Markdown has no merged cells; table 二 is split by its 第二十条 blocks.
      if (table.key === 'proactive') {
        for (const group of [...new Set(table.rows.map((r) => r.groups[0]))]) {
          out.push(`**${group}**`, '', ...markdownTable({ ...table, rows: table.rows.filter((r) => r.groups[0] === group).map((r) => ({ ...r, groups: [] })) }), '');
        }
      } else {
        out.push(...markdownTable(table), '');
      }
    }
  }
  return out.join('\n');
}

export type { GridCell };
