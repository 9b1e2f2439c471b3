/** The standard view as one self-contained HTML page: semantic tables, A4 print CSS, no external assets. */
import { yearTitle } from '../definition';
import type { GridCell, TableGrid } from './layout';
import type { ReportView } from './view';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** All text goes through here: narrative can never become markup or script. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const CSS = `
:root { color: #111; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC", serif; font-size: 16px; line-height: 1.8; margin: 0; background: #f4f4f4; }
main { max-width: 210mm; margin: 24px auto; padding: 20mm 18mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
header { text-align: center; margin-bottom: 1.5em; }
header .agency { font-size: 22px; font-weight: bold; margin: 0; text-indent: 0; text-align: center; }
h1 { font-size: 22px; margin: .2em 0 .6em; }
header .period { font-size: 14px; color: #444; }
h2 { font-size: 18px; margin: 1.4em 0 .6em; }
h3 { font-size: 16px; margin: 1em 0 .3em; }
p { text-indent: 2em; margin: .3em 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: 13px; line-height: 1.4; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
th, td { border: 1px solid #000; padding: 4px 5px; text-align: center; vertical-align: middle; }
th { font-weight: normal; }
th[scope="row"] { text-align: left; }
th.note { font-size: 12px; }
td { min-width: 2.5em; font-variant-numeric: tabular-nums; }
.t4 th, .t4 td { font-size: 12px; padding: 3px 2px; }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { background: #fff; font-size: 12pt; }
  main { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  tr, th, td { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
`;

function cellHtml(c: GridCell): string {
  const attrs = [
    c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '',
    c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : '',
    c.header && c.scope ? ` scope="${c.scope}"` : '',
    !c.header && c.address ? ` data-cell="${escapeHtml(c.address)}"` : '',
    c.header && c.rowspan === 3 && c.colspan === 3 ? ' class="note"' : '',
  ].join('');
  const tag = c.header ? 'th' : 'td';
  return `<${tag}${attrs}>${escapeHtml(c.text)}</${tag}>`;
}

const rowsHtml = (rows: GridCell[][]) => rows.map((r) => `<tr>${r.map(cellHtml).join('')}</tr>`).join('\n');

export function tableHtml(grid: TableGrid): string {
  const cls = grid.key === 'reviewLitigation' ? 't4' : grid.key === 'requests' ? 't3' : 't2';
  const head = grid.head.length ? `<thead>\n${rowsHtml(grid.head)}\n</thead>\n` : '';
  return `<table class="${cls}" id="${grid.key}">\n<caption>${escapeHtml(`${grid.name} ${grid.caption}`)}</caption>\n${head}<tbody>\n${rowsHtml(grid.body)}\n</tbody>\n</table>`;
}

const para = (p: string) => `<p>${escapeHtml(p)}</p>`;

export function renderHtml(view: ReportView): string {
  const sections = view.sections
    .map((s) => {
      const blocks = s.blocks
        .map((b) => `${b.heading ? `<h3>${escapeHtml(b.heading)}</h3>\n` : ''}${b.paragraphs.map(para).join('\n')}`)
        .join('\n');
      return `<section id="${s.key}">\n<h2>${escapeHtml(`${s.numeral}、${s.heading}`)}</h2>\n${blocks}${s.grid ? `\n${tableHtml(s.grid)}` : ''}\n</section>`;
    })
    .join('\n');
  const body = `<header>
<p class="agency">${escapeHtml(view.agencyName)}</p>
<h1>${escapeHtml(yearTitle(view.year))}</h1>
<div class="period">统计期间：${escapeHtml(view.period)}</div>
</header>
${view.preamble.map(para).join('\n')}
${sections}`;
  return htmlPage(view.title, body);
}

/** A self-contained page in the view's style around `body` (already escaped markup). */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
