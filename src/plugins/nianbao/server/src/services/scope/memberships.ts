/**
 * Which agencies an administrator belongs to, and the agencies that puts in their scope: those
 * agencies and every agency below them in the 上级机关 tree (a government's 下属机关).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AGENCY_UID, MEMBERSHIP_UID } from '../../../../shared/constants';
import { withDescendants } from './agency-tree';

import type { MemberAgency } from '../../../../shared/contracts/members';

export async function agenciesOf(strapi: Core.Strapi, userId: number): Promise<MemberAgency[]> {
  const row: { agencies?: MemberAgency[] } | null = await strapi.db.query(MEMBERSHIP_UID).findOne({
    where: { userId },
    populate: { agencies: { select: ['documentId', 'name'], orderBy: { name: 'asc' } } },
  });
  return (row?.agencies ?? []).map(({ documentId, name }) => ({ documentId, name }));
}

/** Replaces the administrator's agencies; unknown documentIds are a 400 naming them, and nothing is written. */
export async function setAgenciesOf(strapi: Core.Strapi, userId: number, documentIds: string[]): Promise<MemberAgency[]> {
  const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['id'] });
  if (!user) throw new errors.NotFoundError('找不到该管理员');
  const wanted = [...new Set(documentIds)];
  const found: { id: number; documentId: string }[] = wanted.length
    ? await strapi.db.query(AGENCY_UID).findMany({ where: { documentId: { $in: wanted } }, select: ['id', 'documentId'] })
    : [];
  const unknown = wanted.filter((d) => !found.some((f) => f.documentId === d));
  if (unknown.length) throw new errors.ValidationError(`没有这些机关：${unknown.join('、')}`, { errors: unknown.map((d) => ({ path: ['agencies'], message: `没有机关 ${d}` })) });
  const ids = found.map((f) => f.id);
  const existing = await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { userId }, select: ['id'] });
  if (existing) await strapi.db.query(MEMBERSHIP_UID).update({ where: { id: existing.id }, data: { agencies: ids } });
  else await strapi.db.query(MEMBERSHIP_UID).create({ data: { userId, agencies: ids } });
  return agenciesOf(strapi, userId);
}

/** The ids of the administrator's agencies and all their descendants. */
export async function scopeIds(strapi: Core.Strapi, userId: number): Promise<number[]> {
  const own = await strapi.db.query(MEMBERSHIP_UID).findOne({ where: { userId }, populate: { agencies: { select: ['id'] } } });
  return withDescendants(strapi, (own?.agencies ?? []).map((a: { id: number }) => a.id));
}
