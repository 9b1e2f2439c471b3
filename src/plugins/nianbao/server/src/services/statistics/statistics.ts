/**
 * The open statistics of a year: every published report's cells, one row each (src/format/statistics.ts
 * names the columns). Reports are read a batch at a time in id order and each batch is handed on
 * before the next is read, so a year of a whole province never sits in memory at once.
 */
import type { Core } from '@strapi/strapi';
import {
  formatVersionOf,
  statisticsRows,
  tableRows,
  validTables,
  type AgencyType,
  type FormatVersion,
  type StatisticsAgency,
  type StatisticsRow,
  type TableKey,
} from '#format';
import { AGENCY_UID, REPORT_UID } from '../../../../shared/constants';
import { agencyKeyWhere } from '../scope/agency-tree';

export interface StatisticsFilter {
  year: number;
  /** documentId, 统一社会信用代码 or exact name. */
  agency?: string;
  region?: string;
  agencyType?: AgencyType;
}

const BATCH = 100;

interface AgencyRow {
  id: number;
  name: string;
  creditCode: string | null;
  type: AgencyType | null;
  region: string | null;
  parent: { id: number } | null;
}

function agencyWhere({ agency, region, agencyType }: StatisticsFilter): Record<string, unknown> {
  const where: Record<string, unknown>[] = [];
  if (agency) where.push(agencyKeyWhere(agency));
  if (region) where.push({ region });
  if (agencyType) where.push({ type: agencyType });
  return where.length ? { $and: where } : {};
}

/** The rows of the year's published reports, a batch of reports at a time. */
export async function* statisticsBatches(strapi: Core.Strapi, filter: StatisticsFilter): AsyncGenerator<StatisticsRow[]> {
  const all: AgencyRow[] = await strapi.db.query(AGENCY_UID).findMany({ select: ['id', 'name', 'creditCode', 'type', 'region'], populate: { parent: { select: ['id'] } } });
  const names = new Map(all.map((a) => [a.id, a.name]));
  const agencies = new Map<number, StatisticsAgency>(
    all.map((a) => [a.id, { name: a.name, creditCode: a.creditCode, type: a.type, region: a.region, parent: a.parent ? names.get(a.parent.id) ?? null : null }]),
  );
  const narrowed = agencyWhere(filter);
  let after = 0;
  for (;;) {
    const reports: { id: number; documentId: string; year: number; formatVersion: FormatVersion | null; proactive: unknown; requests: unknown; reviewLitigation: unknown; agency: { id: number } | null }[] =
      await strapi.db.query(REPORT_UID).findMany({
        where: { year: filter.year, publishedAt: { $notNull: true }, id: { $gt: after }, ...(Object.keys(narrowed).length ? { agency: narrowed } : {}) },
        select: ['id', 'documentId', 'year', 'formatVersion', 'proactive', 'requests', 'reviewLitigation'],
        populate: { agency: { select: ['id'] } },
        orderBy: { id: 'asc' },
        limit: BATCH,
      });
    if (!reports.length) return;
    after = reports[reports.length - 1].id;
    const rows: StatisticsRow[] = [];
    for (const report of reports) {
      const version = formatVersionOf(report);
      const agency = report.agency && agencies.get(report.agency.id);
      if (version === 'pre2019' || !agency) continue;
      const { tables, notices } = validTables(version, report);
      const shown = tableRows(version, tables).filter((t) => !notices[t.key as TableKey]);
      for (const row of statisticsRows(agency, report.year, report.documentId, shown)) rows.push(row);
    }
    yield rows;
    if (reports.length < BATCH) return;
  }
}
