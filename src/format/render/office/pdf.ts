/**
 * The standard view as an A4 PDF, drawn by pdfmake from the same grids as every other format, with
 * Noto Serif SC from npm: no browser and no system font, so `.pdf` works after `npm install` alone.
 * Only the glyphs a report uses are embedded, and the text stays selectable.
 */
import fs from 'fs';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { yearTitle } from '../../definition';
import { placeCells, type TableGrid } from '../layout';
import type { ReportView } from '../view';

const FONT_FILES = {
  normal: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
};

/**
 * The two faces, read once per process (≈ 15 MB each) into pdfmake's in-memory file system, so no
 * rendering reads a file; documents may name no other file and no URL.
 */
const VFS = { normal: 'NotoSerifSC-Regular.ttf', bold: 'NotoSerifSC-Bold.ttf' };
let registered = false;
function registerFonts(): void {
  if (registered) return;
  // pdfmake's server build keeps its virtual file system on the instance; its types do not list it.
  const { virtualfs } = pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } };
  virtualfs.writeFileSync(VFS.normal, fs.readFileSync(require.resolve(FONT_FILES.normal)));
  virtualfs.writeFileSync(VFS.bold, fs.readFileSync(require.resolve(FONT_FILES.bold)));
  pdfmake.setFonts({ Serif: { normal: VFS.normal, bold: VFS.bold, italics: VFS.normal, bolditalics: VFS.bold } });
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setUrlAccessPolicy(() => false);
  registered = true;
}

/**
 * Column widths in % of the text width: 表三's three label columns take what its labels need (the
 * longest, 「2.其他法律行政法规禁止公开」, on two lines), the count columns share the rest.
 */
function widths(grid: TableGrid): string[] {
  const even = (n: number, total: number) => Array.from({ length: n }, () => `${total / n}%`);
  if (grid.key === 'requests') return ['8%', '13%', '27%', ...even(grid.columns - 3, 52)];
  if (grid.key === 'proactive') return ['34%', ...even(grid.columns - 1, 66)];
  return even(grid.columns, 100);
}

/** 表三's 勾稽 note: the header cell that spans three rows and three columns. */
const isNote = (grid: TableGrid, rowspan = 1, colspan = 1) => grid.key === 'requests' && rowspan === 3 && colspan === 3;

function table(grid: TableGrid): Content {
  const rows = [...grid.head, ...grid.body];
  const body: TableCell[][] = rows.map(() => Array.from({ length: grid.columns }, () => ({})));
  for (const { cell, row, col } of placeCells(rows)) {
    body[row][col] = {
      text: cell.text,
      rowSpan: cell.rowspan,
      colSpan: cell.colspan,
      alignment: cell.header && cell.scope === 'row' ? 'left' : 'center',
      // pdfmake centres a cell that spans rows within its first row, over the next ones: only single rows are centred.
      ...((cell.rowspan ?? 1) === 1 ? { verticalAlignment: 'middle' as const } : {}),
      ...(isNote(grid, cell.rowspan, cell.colspan) ? { fontSize: 7 } : {}),
    };
  }
  return {
    table: { headerRows: grid.head.length, dontBreakRows: true, widths: widths(grid), body },
    fontSize: grid.key === 'reviewLitigation' ? 7 : 8,
    lineHeight: 1.2,
    margin: [0, 4, 0, 12],
  };
}

const paragraph = (text: string): Content => ({ text, leadingIndent: 24, alignment: 'justify', margin: [0, 0, 0, 2] });

export function pdfDocument(view: ReportView): TDocumentDefinitions {
  const content: Content[] = [
    { text: view.agencyName, style: 'title' },
    { text: yearTitle(view.year), style: 'title' },
    { text: `统计期间：${view.period}`, alignment: 'center', fontSize: 10, margin: [0, 2, 0, 14] },
    ...view.preamble.map(paragraph),
  ];
  for (const s of view.sections) {
    content.push({ text: `${s.numeral}、${s.heading}`, style: 'section', headlineLevel: 1 });
    for (const b of s.blocks) {
      if (b.heading) content.push({ text: b.heading, style: 'block' });
      content.push(...b.paragraphs.map(paragraph));
    }
    if (s.grid) content.push(table(s.grid));
  }
  return {
    pageSize: 'A4',
    // 20 mm top and bottom, 18 mm left and right, as the HTML view's print style.
    pageMargins: [51, 57, 51, 57],
    info: { title: view.title, creator: '公开年报', producer: '公开年报' },
    content,
    defaultStyle: { font: 'Serif', fontSize: 12, lineHeight: 1.5 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center' },
      section: { fontSize: 14, bold: true, margin: [0, 12, 0, 4] },
      block: { fontSize: 12, bold: true, margin: [0, 6, 0, 2] },
    },
    // A section heading is never left alone at the foot of a page.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    footer: (page, pages) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 9, margin: [0, 20, 0, 0] }),
  };
}

export async function renderPdf(view: ReportView): Promise<Buffer> {
  registerFonts();
  return pdfmake.createPdf(pdfDocument(view)).getBuffer();
}
