/**
 * What a reviewer approved: the report's content, independent of key order (PostgreSQL's jsonb)
 * and of component row ids (Strapi recreates them). Any change returns an approved report to 拟稿.
 */
const CONTENT_FIELDS = ['year', 'formatVersion', 'periodStart', 'periodEnd', 'preamble', 'overview', 'proactive', 'requests', 'reviewLitigation', 'problems', 'otherMatters', 'correctionNote'];

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => k !== 'id' && k !== '__temp_key__')
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) && value.includes('.')) return String(Number(value));
  return JSON.stringify(value ?? null);
}

export function contentSignature(row: object & { agency?: { id?: number } | null }): string {
  const fields = row as Record<string, unknown>;
  return stable({ ...Object.fromEntries(CONTENT_FIELDS.map((k) => [k, fields[k] ?? null])), agency: row.agency?.id ?? null });
}
