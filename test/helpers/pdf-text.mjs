// Reads a PDF back with pdf.js (unpdf, an npm package): page size, and each page's text as lines —
// the items of one baseline, left to right, separated by a space. Run as a child process because
// pdf.js is an ES module and the jest projects load CommonJS.
import fs from 'fs';
import { getDocumentProxy } from 'unpdf';

const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(process.argv[2])));
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const [, , width, height] = page.view;
  const rows = new Map();
  for (const item of (await page.getTextContent()).items) {
    if (!item.str) continue;
    const y = Math.round(item.transform[5]);
    rows.set(y, [...(rows.get(y) ?? []), { x: item.transform[4], text: item.str }]);
  }
  const lines = [...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, items]) => items.sort((a, b) => a.x - b.x).map((i) => i.text).join(' '));
  pages.push({ width, height, lines });
}
const info = await pdf.getMetadata();
process.stdout.write(JSON.stringify({ pages, title: info.info?.Title ?? null }));
