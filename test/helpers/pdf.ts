/** A PDF read back as its pages' sizes (pt) and text lines, by pdf.js from npm (no poppler). */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export interface PdfRead {
  pages: { width: number; height: number; lines: string[] }[];
  title: string | null;
  /** Every line of every page, in order. */
  lines: string[];
  text: string;
}

export function readPdf(body: Buffer): PdfRead {
  const file = path.join(os.tmpdir(), `read-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, body);
  try {
    const read = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    const lines = read.pages.flatMap((p: { lines: string[] }) => p.lines);
    return { ...read, lines, text: lines.join('\n') };
  } finally {
    fs.rmSync(file, { force: true });
  }
}
