/**
 * Generates the queries a hostile outsider would try, from the content model itself rather than
 * from a list of known holes: every type × publication selector × filter along every attribute
 * path (through every relation, up to depth 3) × populate path; and GraphQL roots × status ×
 * nested relation selections and connections.
 */
import type { Core } from '@strapi/strapi';

export const PUBLIC_TYPES = {
  'api::annual-report.annual-report': { rest: 'annual-reports', list: 'annualReports', one: 'annualReport' },
  'api::agency.agency': { rest: 'agencies', list: 'agencies', one: 'agency' },
  'api::catalog-entry.catalog-entry': { rest: 'catalog-entries', list: 'catalogEntries', one: 'catalogEntry' },
  'api::open-day-event.open-day-event': { rest: 'open-day-events', list: 'openDayEvents', one: 'openDayEvent' },
} as const;
export type PublicUid = keyof typeof PUBLIC_TYPES;
export const PUBLIC_UIDS = Object.keys(PUBLIC_TYPES) as PublicUid[];

/** Publication selectors Strapi 5 (and its v4 compatibility) understands. */
export const PUBLICATION_SELECTORS = ['', 'status=draft', 'status=published', 'publicationState=preview', 'locale=*', 'hasPublishedVersion=false', 'publicationFilter=never-published-document'];

interface Attr {
  type: string;
  target?: string;
  component?: string;
  private?: boolean;
}
const attributes = (strapi: Core.Strapi, uid: string) => (strapi.getModel(uid as never) as unknown as { attributes: Record<string, Attr> }).attributes;

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'json']);
const LINKS = (strapi: Core.Strapi, uid: string) =>
  Object.entries(attributes(strapi, uid)).filter(([name, a]) => a.type === 'relation' && a.target?.startsWith('api::') && !['createdBy', 'updatedBy'].includes(name));

/** Every path to a text attribute, through relations, up to `depth` relations deep: ['agency', 'annualReports', 'preamble']. */
export function textPaths(strapi: Core.Strapi, uid: string, depth = 3): string[][] {
  const here = Object.entries(attributes(strapi, uid))
    .filter(([, a]) => TEXT_TYPES.has(a.type))
    .map(([name]) => [name]);
  if (depth === 0) return here;
  const deeper = LINKS(strapi, uid).flatMap(([name, a]) => textPaths(strapi, a.target!, depth - 1).map((p) => [name, ...p]));
  return [...here, ...deeper];
}

/** Relation paths to populate, up to `depth`: ['agency'], ['agency', 'annualReports'], … */
export function relationPaths(strapi: Core.Strapi, uid: string, depth = 3): string[][] {
  if (depth === 0) return [];
  return LINKS(strapi, uid).flatMap(([name, a]) => [[name], ...relationPaths(strapi, a.target!, depth - 1).map((p) => [name, ...p])]);
}

export const filterQuery = (path: string[], op: string, value: string) => `filters${path.map((p) => `[${p}]`).join('')}[${op}]=${encodeURIComponent(value)}`;

export function populateQueries(path: string[]): string[] {
  const nested = path.reduce((acc, p, i) => `${acc}${i === 0 ? `populate[${p}]` : `[populate][${p}]`}`, '');
  return [`populate=${path.join('.')}`, `${nested}=true`, `${nested}[populate]=*`];
}

/** The GraphQL selection of a type: its scalar fields, components with theirs, and relations below. */
export function selection(strapi: Core.Strapi, uid: string, depth: number, relationArgs = ''): string {
  const fields: string[] = ['documentId'];
  for (const [name, a] of Object.entries(attributes(strapi, uid))) {
    if (a.private || ['createdBy', 'updatedBy', 'localizations'].includes(name)) continue;
    if (a.type === 'component') {
      const inner = Object.entries(attributes(strapi, a.component!))
        .filter(([, c]) => TEXT_TYPES.has(c.type) || ['integer', 'decimal'].includes(c.type))
        .map(([n]) => n);
      fields.push(`${name} { ${inner.join(' ')} }`);
    } else if (a.type === 'relation') {
      if (!a.target?.startsWith('api::') || depth === 0) continue;
      const many = /Many$/.test((a as unknown as { relation: string }).relation);
      const inner = selection(strapi, a.target, depth - 1, relationArgs);
      fields.push(`${name}${many && relationArgs ? `(${relationArgs})` : ''} { ${inner} }`);
      if (many) fields.push(`${name}_connection { nodes { ${inner} } }`);
    } else if (a.type !== 'media' && a.type !== 'dynamiczone') {
      fields.push(name);
    }
  }
  return fields.join(' ');
}
