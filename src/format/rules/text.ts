/** Text helpers shared by the structure and narrative rules. */
import { OVERVIEW_BLOCK_KEYS } from '../definition';
import type { CheckableReport, NarrativeKey, RuleContext } from './types';

export const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim().length > 0;

/** JavaScript's \s without the line end: what plain() drops. */
const SPACE = new Uint8Array(0x10000);
for (const c of [0x09, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;
/** Markdown emphasis and heading marks, dropped as well. */
const MARK = new Uint8Array(0x80);
for (const ch of '*_#>`') MARK[ch.charCodeAt(0)] = 1;
const NEWLINE = 0x0a;
const LT = 0x3c;
const GT = '>';

/**
 * Markdown and HTML residue out, spaces out, full-width digits, ％ and ． folded; Chinese punctuation
 * kept for quoting. Line ends stay, as one '\n': a heading or a list line often has no 。, and its
 * figures must not run into the next paragraph's. One scan that copies untouched runs whole.
 */
export function plain(s: string | null | undefined): string {
  if (!s) return '';
  let out = '';
  let run = 0;
  let lastIsNewline = true;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === LT) {
      const close = s.indexOf(GT, i + 1);
      if (close > i + 1) {
        out += s.slice(run, i);
        i = close;
        run = close + 1;
        continue;
      }
    } else if (c === NEWLINE) {
      out += s.slice(run, i);
      if (!lastIsNewline && out.length) out += '\n';
      lastIsNewline = true;
      run = i + 1;
      continue;
    } else if (SPACE[c] || (c < 0x80 && MARK[c])) {
      out += s.slice(run, i);
      run = i + 1;
      continue;
    } else if ((c >= 0xff10 && c <= 0xff19) || c === 0xff05 || c === 0xff0e) {
      out += s.slice(run, i) + String.fromCharCode(c - 0xfee0);
      run = i + 1;
      lastIsNewline = false;
      continue;
    }
    lastIsNewline = false;
  }
  out += s.slice(run);
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

export function otherMattersText(report: CheckableReport): string {
  const om = report.otherMatters ?? {};
  return [om.feeStatement, om.workPointsImplementation, om.proposalsDisclosure, om.innovation, om.otherText]
    .filter(present)
    .join('\n');
}

/** Every narrative part of the report, keyed by where it stands. */
export function narrativeParts(report: CheckableReport): { key: NarrativeKey; text: string }[] {
  const parts: { key: NarrativeKey; text: string }[] = [];
  if (present(report.preamble)) parts.push({ key: 'preamble', text: report.preamble });
  for (const key of ['intro', ...OVERVIEW_BLOCK_KEYS] as const) {
    const text = report.overview?.[key];
    if (present(text)) parts.push({ key, text });
  }
  if (present(report.problems)) parts.push({ key: 'problems', text: report.problems });
  const om = otherMattersText(report);
  if (present(om)) parts.push({ key: 'otherMatters', text: om });
  return parts;
}

/** Every narrative part with its plain text, read once per run and shared by the rules. */
export function plainParts(ctx: RuleContext): { key: NarrativeKey; text: string }[] {
  return ctx.memo('plain-parts', () => narrativeParts(ctx.report).map((p) => ({ key: p.key, text: plain(p.text) })));
}

/** The plain text of one part, '' when the report leaves it out. */
export function plainPart(ctx: RuleContext, key: NarrativeKey): string {
  return plainParts(ctx).find((p) => p.key === key)?.text ?? '';
}

/** The plain text of 第一部分 总体情况: its introduction and its five blocks, one per line. */
export function overviewPlain(ctx: RuleContext): string {
  return ctx.memo('overview-plain', () =>
    plainParts(ctx)
      .filter((p) => p.key === 'intro' || (OVERVIEW_BLOCK_KEYS as readonly string[]).includes(p.key))
      .map((p) => p.text)
      .join('\n'),
  );
}

export function narrativeLocation(key: NarrativeKey): string {
  return key === 'preamble' || key === 'problems' || key === 'otherMatters' ? key : `overview.${key}`;
}
