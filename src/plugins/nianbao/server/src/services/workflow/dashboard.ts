/**
 * The 政务公开办's view of a year: every agency, the state of its report, the days to or past its
 * legal deadline, and its check result.
 */
import type { Core } from '@strapi/strapi';
import { csvDocument, deadlineFor, localDate, daysBetweenDates, type AgencyType } from '#format';
import { checkConfig } from '../checks/stored-report';
import { STAGE_LABELS, type Stage } from '../../../../shared/transitions';
import { AGENCY_UID, JOB_UID, REPORT_UID } from '../../../../shared/constants';
import type { DashboardRow, DashboardState } from '../../../../shared/contracts/workflow';

export type { DashboardRow };

interface Row {
  documentId: string;
  publishedAt: string | null;
  issuedOn: string | null;
  imported: boolean | null;
  reviewStage: Stage | null;
  checkSummary: string | null;
  agency: { id: number } | null;
}

/**
 * The day a report first went public, as R37 reads it: its stated 首次发布日期, else its
 * publication here — but not for an imported archive, whose publication here is not its first.
 */
export function firstPublishedOn(report: { issuedOn: string | null; publishedAt: string | null; imported: boolean | null }, timezone: string): string | null {
  return report.issuedOn ?? (report.publishedAt && !report.imported ? localDate(new Date(report.publishedAt), timezone) : null);
}

/** `agencies` narrows the rows to the agencies an administrator may read (the where-clause of their scope). */
export async function dashboard(strapi: Core.Strapi, year: number, now = new Date(), agencies: Record<string, unknown> = {}): Promise<DashboardRow[]> {
  const config = checkConfig(strapi).deadlines;
  const listed: { id: number; name: string; type: AgencyType }[] = await strapi.db.query(AGENCY_UID).findMany({ where: agencies, select: ['id', 'name', 'type'], orderBy: { name: 'asc' } });
  const reports: Row[] = await strapi.db.query(REPORT_UID).findMany({
    where: { year },
    select: ['documentId', 'publishedAt', 'issuedOn', 'imported', 'reviewStage', 'checkSummary'],
    populate: { agency: { select: ['id'] } },
  });
  const scheduled = new Set(
    (await strapi.db.query(JOB_UID).findMany({ where: { state: 'pending', action: 'publish' }, select: ['targetDocumentId'] })).map((j: { targetDocumentId: string }) => j.targetDocumentId),
  );
  const today = localDate(now, config.timezone);
  return listed.map((agency) => {
    const rows = reports.filter((r) => r.agency?.id === agency.id);
    const draft = rows.find((r) => !r.publishedAt);
    const published = rows.find((r) => r.publishedAt);
    const deadline = deadlineFor({ year, agencyType: agency.type }, config)?.date ?? null;
    // The day it first went public, as R37 reads it: an archive's stated date (none: nothing to count),
    // else the publication here, else today for one still to be published.
    const report = published ?? draft;
    const archive = !!report?.imported;
    const publishedOn = report ? firstPublishedOn(report, config.timezone) : null;
    const days = deadline && !(archive && !publishedOn) ? daysBetweenDates(publishedOn ?? today, deadline) : null;
    let state: DashboardState;
    if (published) state = '已发布';
    else if (!draft) state = '未创建';
    else if (scheduled.has(draft.documentId)) state = '已排期';
    else state = STAGE_LABELS[draft.reviewStage ?? 'draft'] as DashboardState;
    if (!published && !archive && days !== null && days < 0) state = '逾期';
    return {
      agency: agency.name,
      agencyType: agency.type,
      documentId: (draft ?? published)?.documentId ?? null,
      state,
      deadline,
      daysToDeadline: days,
      publishedOn,
      checkSummary: (draft ?? published)?.checkSummary ?? null,
    };
  });
}

export function dashboardCsv(rows: DashboardRow[], year: number): string {
  const header = ['年度', '机关', '状态', '法定期限', '距期限天数（负数为逾期）', '发布日期', '校验结果'];
  return csvDocument(header, rows.map((r) => [year, r.agency, r.state, r.deadline, r.daysToDeadline, r.publishedOn, r.checkSummary]));
}
