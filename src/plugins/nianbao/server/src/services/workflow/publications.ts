/**
 * The publication record: every publication keeps an immutable snapshot — the data, the rendered
 * view and its SHA-256 — retrievable by version. Republishing needs a 更正说明.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { renderHtml, reportView, type ViewInput } from '#format';
import { canonicalJson } from './canonical-json';
import { PUBLICATION_UID, REPORT_UID } from '../../../../shared/constants';


export interface PublicationRow {
  id: number;
  reportDocumentId: string;
  version: number;
  title: string;
  publicationTime: string;
  publishedBy: string;
  correctionNote: string | null;
  data: Record<string, unknown>;
  html: string;
  sha256: string;
}

export async function publicationsOf(strapi: Core.Strapi, reportDocumentId: string): Promise<PublicationRow[]> {
  return strapi.db.query(PUBLICATION_UID).findMany({ where: { reportDocumentId }, orderBy: { version: 'asc' } });
}

const CONTENT = ['title', 'year', 'formatVersion', 'periodStart', 'periodEnd', 'preamble', 'overview', 'proactive', 'requests', 'reviewLitigation', 'problems', 'otherMatters'];

export async function recordPublication(strapi: Core.Strapi, reportDocumentId: string, by: string): Promise<PublicationRow> {
  const row = await strapi.db.query(REPORT_UID).findOne({
    where: { documentId: reportDocumentId, publishedAt: { $notNull: true } },
    populate: { agency: { select: ['name'] }, overview: true, otherMatters: true },
  });
  const previous = await publicationsOf(strapi, reportDocumentId);
  const data = { ...Object.fromEntries(CONTENT.map((k) => [k, row[k] ?? null])), agency: row.agency?.name ?? null };
  const html = renderHtml(reportView(row as ViewInput));
  const sha256 = crypto.createHash('sha256').update(canonicalJson(data)).update('\n').update(html).digest('hex');
  return strapi.db.query(PUBLICATION_UID).create({
    data: {
      reportDocumentId,
      version: (previous[previous.length - 1]?.version ?? 0) + 1,
      title: row.title,
      publicationTime: row.publishedAt,
      publishedBy: by,
      correctionNote: previous.length ? row.correctionNote ?? null : null,
      data,
      html,
      sha256,
    },
  });
}
