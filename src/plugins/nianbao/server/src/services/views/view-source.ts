/** Loads what the standard view shows: a report row with its agency and components. */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { reportView, type ReportView, type ViewInput } from '#format';
import { AGENCY_UID, REPORT_UID } from '../../../../shared/constants';
import { findAgency } from '../scope/agency-tree';

/** Bumped when the renderers change, so that cached copies are not served as current. */
const RENDER_VERSION = '2';

interface Stamp {
  documentId: string;
  updatedAt: unknown;
  publishedAt: unknown;
  agencyUpdatedAt: unknown;
}

const where = (documentId: string, status: 'draft' | 'published') => ({
  documentId,
  publishedAt: status === 'draft' ? null : { $notNull: true },
});

interface JoinColumns {
  joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
}

/**
 * A cheap identity of what a view shows, for ETags: one indexed query joining the agency (its
 * name is in the view), no components, no rendering — so a revalidation costs almost nothing.
 */
export async function viewStamp(strapi: Core.Strapi, documentId: string, status: 'draft' | 'published'): Promise<string | null> {
  const reports = strapi.db.metadata.get(REPORT_UID);
  const agencies = strapi.db.metadata.get(AGENCY_UID);
  const link = (reports.attributes.agency as unknown as JoinColumns).joinTable;
  const query = strapi.db
    .connection(`${reports.tableName} as r`)
    .leftJoin(`${link.name} as l`, `l.${link.joinColumn.name}`, 'r.id')
    .leftJoin(`${agencies.tableName} as a`, 'a.id', `l.${link.inverseJoinColumn.name}`)
    .where('r.document_id', documentId)
    .first('r.document_id as documentId', 'r.updated_at as updatedAt', 'r.published_at as publishedAt', 'a.updated_at as agencyUpdatedAt');
  const row: Stamp | undefined = await (status === 'draft' ? query.whereNull('r.published_at') : query.whereNotNull('r.published_at'));
  if (!row) return null;
  const key = [RENDER_VERSION, row.documentId, row.updatedAt, row.publishedAt, row.agencyUpdatedAt].map(String).join('|');
  return crypto.createHash('sha1').update(key).digest('base64url');
}

export async function loadView(strapi: Core.Strapi, documentId: string, status: 'draft' | 'published'): Promise<ReportView | null> {
  const row: ViewInput | null = await strapi.db.query(REPORT_UID).findOne({
    where: where(documentId, status),
    populate: { agency: { select: ['name'] }, overview: true, otherMatters: true },
  });
  return row ? reportView(row) : null;
}

/**
 * The report of an agency (documentId, 统一社会信用代码 or exact name) for a year, published or
 * not: the caller serves it only if it is published, and says so if it was withdrawn.
 */
export async function findReportByAgencyYear(strapi: Core.Strapi, agency: string, year: number): Promise<string | null> {
  const found = await findAgency(strapi, agency);
  if (!found) return null;
  const row = await strapi.db.query(REPORT_UID).findOne({ where: { agency: { id: found.id }, year }, select: ['documentId'] });
  return row?.documentId ?? null;
}
