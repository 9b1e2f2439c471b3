/**
 * Every write to an annual report, by any path, passes here: the tables are checked against the
 * zod schema of the report's format version before anything is stored, the title is derived from
 * the agency and year, and one report per agency and year is enforced — all in one transaction.
 */
import type { Core } from '@strapi/strapi';
import { prepareReportInput, reportTitle, type StoredReportFields } from '../format';
import { validationError } from './validation-error';

export const REPORT_UID = 'api::annual-report.annual-report';

interface ReportRow extends StoredReportFields {
  id: number;
  documentId: string;
  title?: string | null;
  publishedAt?: string | null;
  agency?: { id: number; name: string } | null;
}

async function findDraftRow(strapi: Core.Strapi, documentId: string): Promise<ReportRow | null> {
  return strapi.db.query(REPORT_UID).findOne({ where: { documentId, publishedAt: null } });
}

async function deriveTitleAndCheckUnique(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const rows: ReportRow[] = await strapi.db
    .query(REPORT_UID)
    .findMany({ where: { documentId }, populate: { agency: { select: ['id', 'name'] } } });
  const draft = rows.find((r) => !r.publishedAt) ?? rows[0];
  if (!draft?.agency || draft.year == null) return draft?.title ?? null;

  const clash = await strapi.db.query(REPORT_UID).findOne({
    where: { year: draft.year, agency: { id: draft.agency.id }, publishedAt: null, documentId: { $ne: documentId } },
  });
  if (clash) {
    throw validationError('年报重复', [
      { path: ['year'], message: `${draft.agency.name}${draft.year}年的年报已存在，每个机关每年只有一份年报` },
    ]);
  }

  const title = reportTitle(draft.agency.name, draft.year);
  for (const row of rows) {
    if (row.title !== title) await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: { title } });
  }
  return title;
}

export function registerReportWriteGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== REPORT_UID || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };

    return strapi.db.transaction(async () => {
      const stored = params.documentId ? await findDraftRow(strapi, params.documentId) : null;
      const prepared = prepareReportInput(params.data ?? {}, stored);
      if (!prepared.ok) throw validationError('年报数据有误，未保存', prepared.issues);
      params.data = prepared.data;

      const result = await next();
      const written = result as { documentId?: string; title?: string | null } | null;
      if (written?.documentId) written.title = await deriveTitleAndCheckUnique(strapi, written.documentId);
      return result;
    });
  });
}
