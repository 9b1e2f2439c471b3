/**
 * One report per agency and year, held by the database itself: a partial unique index over the
 * draft rows (every document has exactly one draft, so this also bounds the published rows) on a
 * key the write guard keeps — the agency's documentId, which never changes, and the year.
 * SQLite and PostgreSQL share the syntax. Strapi's schema sync leaves indexes it did not create.
 */
import { REPORT_UID } from '../../../../shared/constants';
import type { Core } from '@strapi/strapi';
import { validationError } from './validation-error';

export const UNIQUE_INDEX = 'annual_reports_one_per_agency_year';

export const agencyYearKey = (agencyDocumentId: string, year: number) => `${agencyDocumentId}:${year}`;

/** The 年报重复 400 for a write that lost a race to the index; null for any other error. */
export function asUniqueViolation(error: unknown): Error | null {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  const unique = e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
  if (!unique || !`${e?.constraint ?? ''} ${e?.message ?? ''}`.match(/agency_year/)) return null;
  return validationError('年报重复', [{ path: ['year'], message: '该机关该年度的年报已存在，每个机关每年只有一份年报' }]);
}

interface KeyRow {
  id: number;
  year: number | null;
  agencyYear?: string | null;
  agency?: { documentId: string } | null;
}

/** Bootstrap: fills the key where it is missing, then creates the index (or says why it cannot). */
export async function ensureOneReportPerAgencyYear(strapi: Core.Strapi): Promise<void> {
  const rows: KeyRow[] = await strapi.db.query(REPORT_UID).findMany({
    select: ['id', 'year', 'agencyYear'],
    populate: { agency: { select: ['documentId'] } },
  });
  for (const row of rows) {
    const key = row.agency && row.year != null ? agencyYearKey(row.agency.documentId, row.year) : null;
    if (key !== (row.agencyYear ?? null)) await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: { agencyYear: key } });
  }
  const table = strapi.db.metadata.get(REPORT_UID).tableName;
  try {
    await strapi.db.connection.raw(
      `CREATE UNIQUE INDEX IF NOT EXISTS ${UNIQUE_INDEX} ON ${table} (agency_year) WHERE published_at IS NULL AND agency_year IS NOT NULL`,
    );
  } catch (error) {
    strapi.log.error(`无法建立“每个机关每年一份年报”的唯一索引（库中已有重复的年报，请先合并）：${(error as Error).message}`);
  }
}
