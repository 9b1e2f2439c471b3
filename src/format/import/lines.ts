/**
 * Every input (text, HTML, DOCX via HTML) becomes the same thing: lines of cells, each with a
 * reference back to where it stood, so that one parser reads them all.
 */
import * as cheerio from 'cheerio';

export interface Line {
  cells: string[];
  /** 「第12行」 or 「第2个表格第5行」: where a note should send the reader. */
  ref: string;
}

/**
 * Tab- or pipe-separated rows, or one cell per line; '-----' rows are noise. Trailing tabs stay: a
 * row whose last cells are blank has them as its positions (the table readers drop any beyond a row's width).
 */
export function linesFromText(text: string): Line[] {
  const out: Line[] = [];
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/ +$/, '');
      if (/^[\s\-—_=|]*$/.test(line)) return;
      const cells = line.split(line.includes('\t') ? '\t' : '|');
      out.push({ cells: cells.map((c) => c.trim()), ref: `第${i + 1}行` });
    });
  return out;
}

const BLOCK = /^(p|h[1-6]|li|div|table|section|article|ul|ol|main|header|footer|body|br|tr|blockquote|center)$/i;

/**
 * Paragraphs and table rows in document order. Spanned cells are not repeated: a row shows what
 * the page shows, as the text of published reports does. Tables split over several <table>
 * elements simply follow one another; a small table nested in a cell is read as that cell's text.
 */
export function linesFromHtml(html: string): Line[] {
  // htmlparser2 rather than cheerio's default parse5: several times faster, and as forgiving of the
  // hand-made markup of portal pages; it adds no <body> to a fragment, so the walk starts at the root.
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const out: Line[] = [];
  let tableNo = 0;
  let paragraph = '';
  const clean = (s: string) => s.replace(/\u00a0/g, ' ');
  // A line end inside a paragraph's text splits it, as the page shows it.
  const flush = () => {
    for (const piece of paragraph.split('\n').map((s) => s.trim()).filter(Boolean)) out.push({ cells: [piece], ref: `第${out.length + 1}段` });
    paragraph = '';
  };
  const cellText = (el: any) => clean($(el).text()).replace(/\s+/g, ' ').trim();
  /** A table whose cells hold whole tables is page layout, not data: read what is inside it. */
  const isLayout = (table: any) => $(table).find('td table, th table').toArray().some((t) => $(t).find('tr').length > 1);

  const walk = (el: any) => {
    for (const child of $(el).contents().toArray() as any[]) {
      if (child.type === 'text') {
        paragraph += clean(child.data);
        continue;
      }
      // Comments, <script> and <style> are nodes of their own types; <head> is outside <body>.
      if (child.type !== 'tag') continue;
      const tag = child.tagName.toLowerCase();
      if (tag === 'head') continue;
      if (tag === 'table' && isLayout(child)) {
        flush();
        $(child).find('> tr > td, > tbody > tr > td, > tr > th, > tbody > tr > th').each((_, cell) => {
          walk(cell);
          flush();
        });
        continue;
      }
      if (tag === 'table') {
        flush();
        const n = ++tableNo;
        $(child)
          .find('> tr, > tbody > tr, > thead > tr, > tfoot > tr')
          .each((r, tr) => {
            const cells = $(tr).children().toArray();
            const values = cells.map(cellText);
            if (values.some((v) => v !== '')) out.push({ cells: values, ref: `第${n}个表格第${r + 1}行` });
          });
        continue;
      }
      if (BLOCK.test(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk($('body')[0] ?? $.root()[0]);
  flush();
  return out;
}
