/**
 * What a reviewer approved: the report's content, independent of key order and of component row ids
 * (Strapi recreates them). Any change returns an approved report to 拟稿.
 */
import crypto from 'crypto';
import { canonicalJson } from './canonical-json';

const CONTENT_FIELDS = ['year', 'formatVersion', 'periodStart', 'periodEnd', 'preamble', 'overview', 'proactive', 'requests', 'reviewLitigation', 'problems', 'otherMatters', 'correctionNote'];
const ROW_IDS = new Set(['id', '__temp_key__']);

export function contentSignature(row: object & { agency?: { id?: number } | null }): string {
  const fields = row as Record<string, unknown>;
  return canonicalJson({ ...Object.fromEntries(CONTENT_FIELDS.map((k) => [k, fields[k] ?? null])), agency: row.agency?.id ?? null }, ROW_IDS);
}

/** The SHA-256 of the content signature: what the audit log keeps of a deleted report's last content. */
export const contentHash = (row: Parameters<typeof contentSignature>[0]): string => crypto.createHash('sha256').update(contentSignature(row)).digest('hex');
