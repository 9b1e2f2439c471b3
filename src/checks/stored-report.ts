/** Reads a stored report (draft or published row) and its previous year as the rules see them. */
import type { Core } from '@strapi/strapi';
import { mergeConfig, runChecks, type CheckConfig, type CheckResult, type CheckableReport, type PreviousReport } from '../format';

export const REPORT_UID = 'api::annual-report.annual-report';

export interface ReportRow extends CheckableReport {
  id: number;
  documentId: string;
  title?: string | null;
  publishedAt?: string | null;
  agency?: { id: number; name: string; type?: CheckableReport['agencyType'] } | null;
  acknowledgements?: unknown;
  reviewStage?: unknown;
  workflowHistory?: unknown;
  correctionNote?: string | null;
}

const POPULATE = { agency: { select: ['id', 'name', 'type'] }, overview: true, otherMatters: true };

export async function findReportRow(strapi: Core.Strapi, documentId: string, status: 'draft' | 'published'): Promise<ReportRow | null> {
  return strapi.db.query(REPORT_UID).findOne({
    where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
    populate: POPULATE,
  });
}

export function toCheckable(row: ReportRow, publishedAt: string | null): CheckableReport {
  return { ...row, agencyName: row.agency?.name ?? null, agencyType: row.agency?.type ?? null, publishedAt };
}

/** The same agency's report for the year before: its published version when there is one. */
export async function findPreviousReport(strapi: Core.Strapi, row: ReportRow): Promise<PreviousReport | null> {
  if (!row.agency || row.year == null) return null;
  const rows: ReportRow[] = await strapi.db.query(REPORT_UID).findMany({
    where: { agency: { id: row.agency.id }, year: row.year - 1 },
    populate: POPULATE,
  });
  const chosen = rows.find((r) => r.publishedAt) ?? rows[0];
  return chosen ? { report: toCheckable(chosen, chosen.publishedAt ?? null), source: 'database', label: chosen.title ?? `${row.year - 1}年报告` } : null;
}

export function checkConfig(strapi: Core.Strapi): CheckConfig {
  return mergeConfig(strapi.config.get('checks') as Partial<CheckConfig> | undefined);
}

/**
 * Checks a stored row. `publishingAt` is the moment of a publication under way; otherwise the
 * row's own publication date (if any) is used for R37.
 */
export async function checkRow(strapi: Core.Strapi, row: ReportRow, publishingAt?: Date): Promise<CheckResult> {
  const publishedAt = publishingAt ? publishingAt.toISOString() : row.publishedAt ?? null;
  return runChecks(toCheckable(row, publishedAt), {
    previous: await findPreviousReport(strapi, row),
    now: publishingAt ?? new Date(),
    config: checkConfig(strapi),
  });
}
