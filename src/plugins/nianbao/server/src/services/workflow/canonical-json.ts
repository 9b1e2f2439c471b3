/**
 * JSON with keys sorted, so that the same content gives the same text whatever order the database
 * (PostgreSQL's jsonb) or Strapi gave its keys. `omit` drops keys such as component row ids.
 */
export function canonicalJson(value: unknown, omit: ReadonlySet<string> = new Set()): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, omit)).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => !omit.has(k))
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], omit)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
