/** The standard view as a Word document (docx): headings, narrative and the three tables with merged cells. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { yearTitle } from '../../definition';
import type { GridCell, TableGrid } from '../layout';
import type { ReportView } from '../view';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

const text = (t: string, size = 24, bold = false) => new TextRun({ text: t, font: FONT, size, bold });

function cell(c: GridCell, size: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: c.header && c.scope === 'row' ? AlignmentType.LEFT : AlignmentType.CENTER, children: [text(c.text, size)] })],
    rowSpan: c.rowspan,
    columnSpan: c.colspan,
    verticalAlign: VerticalAlign.CENTER,
    borders,
  });
}

function table(grid: TableGrid): Table {
  const size = grid.key === 'reviewLitigation' ? 16 : 18;
  const rows = [...grid.head, ...grid.body].map(
    (cells, i) => new TableRow({ children: cells.map((c) => cell(c, size)), tableHeader: i < grid.head.length, cantSplit: true }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

const body = (t: string) => new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 360 }, children: [text(t)] });

export async function renderDocx(view: ReportView): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(view.agencyName, 32, true)] }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(yearTitle(view.year), 32, true)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`统计期间：${view.period}`, 21)] }),
    ...view.preamble.map(body),
  ];
  for (const s of view.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(`${s.numeral}、${s.heading}`, 28, true)] }));
    for (const b of s.blocks) {
      if (b.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(b.heading, 24, true)] }));
      children.push(...b.paragraphs.map(body));
    }
    if (s.grid) children.push(table(s.grid), new Paragraph({ children: [] }));
  }
  const doc = new Document({
    title: view.title,
    creator: '公开年报',
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
