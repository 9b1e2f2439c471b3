/**
 * Importing a published report into the CMS: parse, check, and (unless it is a dry run) write it
 * as the draft of its agency and year — updating that draft when it exists, never duplicating.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AGENCY_TYPE_LABELS, agencyTypeOfName, creditCodeProblem, matchAgency, type KnownAgency } from '#format';
import { analyseSource, type ImportNote, type ImportOutcome, type ImportRequest, type ImportedReport } from '#format/import';
import { checkConfig, checkRow, findReportRow } from '../checks/stored-report';
import { storeFindings } from '../checks/findings-store';
import { acknowledgementsOf } from '../checks/acknowledgements';
import { AGENCY_UID, REPORT_UID } from '../../../../shared/constants';

/** The agency a report's printed name means — by name, 简称 or 曾用名, or with its regions — or a new one. */
async function findOrCreateAgency(strapi: Core.Strapi, name: string, creditCode: string | null, notes: ImportNote[]): Promise<{ id: number; documentId: string }> {
  const agencies = strapi.documents(AGENCY_UID);
  const known = (await strapi.db.query(AGENCY_UID).findMany({ select: ['id', 'documentId', 'name', 'shortName', 'aliases', 'creditCode'] })) as (KnownAgency & { id: number; documentId: string })[];
  const match = matchAgency(name, known, creditCode);
  if (match) {
    const how = { creditCode: '统一社会信用代码', alias: '机关的其他名称', region: '上级地区的写法', name: '' }[match.how];
    if (how) notes.push({ level: 'info', ref: '机关', message: `“${name}”按${how}对应到已有机关“${match.matched}”，请核对` });
    return match.agency;
  }
  const type = agencyTypeOfName(name);
  notes.push({ level: 'info', ref: '机关', message: `新建机关“${name}”，类型按名称推断为“${AGENCY_TYPE_LABELS[type]}”，请核对` });
  // A printed credit code another agency holds would have matched it, so a valid one is this one's.
  const code = creditCode && !creditCodeProblem(creditCode) ? { creditCode } : {};
  return (await agencies.create({ data: { name, type, ...code } as never })) as { id: number; documentId: string };
}

const body = (r: ImportedReport, agencyId: string) => ({
  agency: agencyId,
  year: r.year,
  formatVersion: r.formatVersion,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  preamble: r.preamble,
  overview: r.overview,
  proactive: r.proactive,
  requests: r.requests,
  reviewLitigation: r.reviewLitigation,
  problems: r.problems,
  otherMatters: r.otherMatters,
});

/**
 * Records that the draft is an archive, the day its source says it was published, and its row
 * labels and subtotals as printed: fields the server owns (an editor cannot backdate a report), so
 * they are written past the write guard, and the draft's findings are checked again with them (R37,
 * R22, R08).
 */
async function markImported(strapi: Core.Strapi, documentId: string, report: ImportedReport): Promise<void> {
  const { issuedOn, sourceLabels, sourceSubtotals } = report;
  await strapi.db.query(REPORT_UID).update({ where: { documentId, publishedAt: null }, data: { imported: true, issuedOn, sourceLabels, sourceSubtotals } });
  const draft = await findReportRow(strapi, documentId, 'draft');
  if (draft) await storeFindings(strapi, draft.id, await checkRow(strapi, draft), acknowledgementsOf(draft));
}

/**
 * `mayUse` is asked about the agency the report belongs to (found or new) before anything is kept:
 * an administrator imports only into their own agencies; refused, the transaction leaves nothing.
 */
export async function importReport(strapi: Core.Strapi, request: ImportRequest, mayUse?: (agencyId: number) => Promise<boolean>): Promise<ImportOutcome> {
  const outcome = await analyseSource(request, checkConfig(strapi));
  if (request.dryRun || outcome.action === 'failed') return outcome;
  const { report, notes } = outcome;
  try {
    // One transaction, so a refused report leaves no new agency behind.
    return await strapi.db.transaction(async () => {
      const agency = await findOrCreateAgency(strapi, report.agencyName!, report.creditCode, notes);
      if (mayUse && !(await mayUse(agency.id))) throw new errors.ForbiddenError(`“${report.agencyName}”不是您所在的机关或其下属机关，不能导入它的年报`);
      const reports = strapi.documents(REPORT_UID);
      const existing = await reports.findFirst({ filters: { agency: { documentId: agency.documentId }, year: report.year }, status: 'draft' } as never);
      const data = body(report, agency.documentId) as never;
      const written = existing
        ? await reports.update({ documentId: existing.documentId, data, status: 'draft' } as never)
        : await reports.create({ data, status: 'draft' } as never);
      await markImported(strapi, written!.documentId, report);
      return { ...outcome, documentId: written!.documentId, action: existing ? 'updated' : 'created' } as ImportOutcome;
    });
  } catch (error) {
    // A refusal (the schema, the write guard, one report per agency and year) is about this file and
    // is reported with it; anything else is the server's fault and surfaces as a 500 with its cause.
    if (!(error instanceof errors.ApplicationError)) throw error;
    return { ...outcome, action: 'failed', error: error.message };
  }
}
