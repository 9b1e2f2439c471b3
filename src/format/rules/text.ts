/** Text helpers shared by the structure and narrative rules. */
import { OVERVIEW_BLOCK_KEYS } from '../definition';
import type { CheckableReport, NarrativeKey } from './types';

export const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim().length > 0;

/**
 * Markdown and HTML residue out, spaces out, full-width digits, ％ and ． folded; Chinese punctuation
 * kept for quoting. Line ends stay, as one '\n': a heading or a list line often has no 。, and its
 * figures must not run into the next paragraph's.
 */
export function plain(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .replace(/[\uFF10-\uFF19\uFF05\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/<[^>]+>/g, '')
    .replace(/[*_#>`]/g, '')
    .replace(/[^\S\n]+/g, '')
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n|\n$/g, '');
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

export function narrativeLocation(key: NarrativeKey): string {
  return key === 'preamble' || key === 'problems' || key === 'otherMatters' ? key : `overview.${key}`;
}
