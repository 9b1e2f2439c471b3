/**
 * A government's roll-up for a year: the published reports of an agency and every agency below it,
 * their three tables summed, the arithmetic rules run on the sum, and beside it which agencies have not
 * published or published late. Published rows only: a draft's figures never reach a sum.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  AGENCY_TYPE_LABELS,
  TABLES,
  ROLLUP_RULE_IDS,
  daysBetweenDates,
  deadlineFor,
  expectedFormatVersion,
  formatVersionOf,
  onlyRules,
  runChecks,
  sumTables,
  validTables,
  type AgencyType,
  type Finding,
  type FormatVersion,
  type ReportTables,
  type TabularVersion,
  type TableKey,
} from '#format';
import { AGENCY_UID, REPORT_UID } from '../../../../shared/constants';
import { checkConfig } from '../checks/stored-report';
import { firstPublishedOn } from '../workflow/dashboard';
import { findAgency, withDescendants } from '../scope/agency-tree';
import type { RollupAgency, RollupResult } from '../../../../shared/contracts/rollups';

interface AgencyRow {
  id: number;
  documentId: string;
  name: string;
  type: AgencyType;
  parent: { id: number } | null;
}

interface ReportRow {
  documentId: string;
  year: number;
  formatVersion: FormatVersion | null;
  issuedOn: string | null;
  publishedAt: string;
  imported: boolean | null;
  proactive: unknown;
  requests: unknown;
  reviewLitigation: unknown;
  agency: { id: number } | null;
}

/** The roll-up of `agency` (documentId, 统一社会信用代码 or name) for `year`; `drill` adds each agency's tables. */
export async function rollup(strapi: Core.Strapi, agencyKey: string, year: number, options: { drill?: boolean; mayRead?: (agencyId: number) => Promise<boolean> } = {}): Promise<RollupResult> {
  const version = expectedFormatVersion(year);
  if (version === 'pre2019') throw new errors.ValidationError(`${year}年的年报没有统一格式的统计表（2019年起才有），无法汇总`);
  const root = await findAgency(strapi, agencyKey);
  if (!root || (options.mayRead && !(await options.mayRead(root.id)))) throw new errors.NotFoundError(`没有找到机关“${agencyKey}”`);
  const ids = await withDescendants(strapi, [root.id]);
  const agencies: AgencyRow[] = await strapi.db.query(AGENCY_UID).findMany({
    where: { id: { $in: ids } },
    select: ['id', 'documentId', 'name', 'type'],
    populate: { parent: { select: ['id'] } },
    orderBy: { name: 'asc' },
  });
  const reports: ReportRow[] = await strapi.db.query(REPORT_UID).findMany({
    where: { year, publishedAt: { $notNull: true }, agency: { id: { $in: ids } } },
    select: ['documentId', 'year', 'formatVersion', 'issuedOn', 'publishedAt', 'imported', 'proactive', 'requests', 'reviewLitigation'],
    populate: { agency: { select: ['id'] } },
  });
  const config = checkConfig(strapi);
  const byAgency = new Map(reports.filter((r) => r.agency).map((r) => [r.agency!.id, r]));
  const notes: string[] = [];
  const parts: { name: string; tables: ReportTables }[] = [];
  const listed: RollupAgency[] = [];
  const drill: NonNullable<RollupResult['reports']> = [];
  for (const agency of agencies) {
    const report = byAgency.get(agency.id);
    const deadline = deadlineFor({ year, agencyType: agency.type }, config.deadlines)?.date ?? null;
    const publishedOn = report ? firstPublishedOn(report, config.deadlines.timezone) : null;
    const daysLate = deadline && publishedOn ? Math.max(0, -daysBetweenDates(publishedOn, deadline)) : null;
    listed.push({
      documentId: agency.documentId,
      name: agency.name,
      type: AGENCY_TYPE_LABELS[agency.type],
      parent: agencies.find((a) => a.id === agency.parent?.id)?.documentId ?? null,
      deadline,
      report: report ? { documentId: report.documentId, publishedOn, daysLate, counted: false } : null,
    });
    if (!report) continue;
    const own = formatVersionOf(report);
    if (own !== version) {
      notes.push(`${agency.name}：年报按${own === 'pre2019' ? '2019年以前' : own}格式填报，与${year}年的统一格式不同，未计入合计`);
      continue;
    }
    const { tables, notices } = validTables(version, report);
    for (const key of Object.keys(notices) as TableKey[]) notes.push(`${agency.name}：${TABLES[key].name}未计入合计（${notices[key]}）`);
    parts.push({ name: agency.name, tables });
    listed[listed.length - 1].report!.counted = true;
    if (options.drill) drill.push({ agency: agency.documentId, documentId: report.documentId, tables });
  }
  const sum = sumTables(version as TabularVersion, parts);
  const check = runChecks({ year, formatVersion: version, ...sum.tables }, { config: onlyRules(ROLLUP_RULE_IDS, config) });
  const missing = listed.filter((a) => !a.report).length;
  const late = listed.filter((a) => a.report?.daysLate).length;
  return {
    agency: { documentId: root.documentId, name: root.name },
    year,
    formatVersion: version,
    counts: { agencies: listed.length, published: listed.length - missing, counted: parts.length, missing, late },
    tables: sum.tables,
    check: { status: check.status, errors: check.errors, warnings: check.warnings, findings: check.findings.map(publicFinding) },
    notes: [...notes, ...sum.notes],
    agencies: listed,
    ...(options.drill ? { reports: drill } : {}),
  };
}

const publicFinding = ({ rule, severity, message, cells, expected, actual }: Finding) => ({ rule, severity, message, cells, expected, actual });
