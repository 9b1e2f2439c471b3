/** Reads a stored report (draft or published row) and its previous year as the rules see them. */
import type { Core } from '@strapi/strapi';
import { mergeConfig, runChecks, type CheckConfig, type CheckResult, type CheckableReport, type PreviousReport } from '#format';
import { REPORT_UID } from '../../../../shared/constants';


export interface ReportRow extends CheckableReport {
  id: number;
  documentId: string;
  title?: string | null;
  publishedAt?: string | null;
  agency?: { id: number; documentId?: string; name: string; type?: CheckableReport['agencyType'] } | null;
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

/**
 * The same agency's published report for the year before. A previous year that exists only as a
 * draft counts as missing: findings are public once a report is published, and must never quote
 * what has not been.
 */
export async function findPreviousReport(strapi: Core.Strapi, row: Pick<ReportRow, 'agency' | 'year'>): Promise<PreviousReport | null> {
  if (!row.agency || row.year == null) return null;
  const chosen: ReportRow | null = await strapi.db.query(REPORT_UID).findOne({
    where: { agency: { id: row.agency.id }, year: row.year - 1, publishedAt: { $notNull: true } },
    populate: POPULATE,
  });
  return chosen ? { report: toCheckable(chosen, chosen.publishedAt ?? null), source: 'database', label: chosen.title ?? `${row.year - 1}年报告` } : null;
}

export function checkConfig(strapi: Core.Strapi): CheckConfig {
  return mergeConfig(strapi.config.get('checks') as Partial<CheckConfig> | undefined);
}

/**
 * Checks a stored row. `publishingAt` is the moment of a publication under way (or, with
 * `planned`, one intended); a published row is checked with its own publication date; a draft is
 * checked as if published now — what an editor needs to know before publishing it (R37).
 */
export async function checkRow(strapi: Core.Strapi, row: ReportRow, publishingAt?: Date, planned = false): Promise<CheckResult> {
  const now = new Date();
  const at = publishingAt ?? (row.publishedAt ? null : now);
  const publicationPlanned = at !== null && (planned || !publishingAt);
  const report = { ...toCheckable(row, at ? at.toISOString() : row.publishedAt ?? null), publicationPlanned };
  return runChecks(report, {
    previous: await findPreviousReport(strapi, row),
    now: publishingAt ?? now,
    config: checkConfig(strapi),
  });
}
