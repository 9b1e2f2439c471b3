/**
 * A published report file as lines: Word (.docx, through mammoth's HTML), HTML, or text in UTF-8
 * or GB18030 (as Chinese Windows tools often save it).
 */
import mammoth from 'mammoth';
import { linesFromHtml, linesFromText, type Line } from './lines';

export type SourceKind = 'docx' | 'html' | 'text';

export function sourceKind(name: string, content: Buffer): SourceKind {
  if (/\.docx$/i.test(name) || (content[0] === 0x50 && content[1] === 0x4b)) return 'docx';
  if (/\.x?html?$/i.test(name)) return 'html';
  const head = content.subarray(0, 2048).toString('utf8').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(table|body|p)[\s>]/.test(head) ? 'html' : 'text';
}

export function decodeText(content: Buffer): string {
  const utf8 = new TextDecoder('utf-8').decode(content);
  if (!utf8.includes('\uFFFD')) return utf8;
  return new TextDecoder('gb18030').decode(content);
}

/** A file that cannot be read as what it claims to be: the uploader's problem, not the server's. */
export class UnreadableSource extends Error {}

export async function readSource(name: string, content: Buffer): Promise<{ kind: SourceKind; lines: Line[]; text: string }> {
  const kind = sourceKind(name, content);
  if (kind === 'docx') {
    const html = await mammoth.convertToHtml({ buffer: content }).then(
      (r) => r.value,
      () => {
        throw new UnreadableSource(`无法读取“${name}”：文件已损坏或不是 Word（.docx）文档`);
      },
    );
    return { kind, lines: linesFromHtml(html), text: html };
  }
  const text = decodeText(content);
  return { kind, lines: kind === 'html' ? linesFromHtml(text) : linesFromText(text), text };
}
