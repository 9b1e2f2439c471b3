/**
 * The 上级机关 tree: an agency, the agencies below it, and how a route names one. Loops were
 * refused when written, but the walk keeps a seen-set anyway, so a loop written past the API ends.
 */
import type { Core } from '@strapi/strapi';
import { AGENCY_UID } from '../../../../shared/constants';

/** The ids of the given agencies and every agency below them. */
export async function withDescendants(strapi: Core.Strapi, roots: readonly number[]): Promise<number[]> {
  if (!roots.length) return [];
  const all: { id: number; parent?: { id: number } | null }[] = await strapi.db.query(AGENCY_UID).findMany({ select: ['id'], populate: { parent: { select: ['id'] } } });
  const children = new Map<number, number[]>();
  for (const a of all) if (a.parent) children.set(a.parent.id, [...(children.get(a.parent.id) ?? []), a.id]);
  const seen = new Set<number>(roots);
  const queue = [...roots];
  while (queue.length) for (const child of children.get(queue.shift()!) ?? []) if (!seen.has(child)) seen.add(child), queue.push(child);
  return [...seen];
}

/** How a public address names an agency: by documentId, 统一社会信用代码 or exact name. */
export const agencyKeyWhere = (key: string) => ({ $or: [{ documentId: key }, { creditCode: key.toUpperCase() }, { name: key }] });

/** The agency a public address names. */
export async function findAgency(strapi: Core.Strapi, key: string): Promise<{ id: number; documentId: string; name: string } | null> {
  return strapi.db.query(AGENCY_UID).findOne({ where: agencyKeyWhere(key), select: ['id', 'documentId', 'name'] });
}
