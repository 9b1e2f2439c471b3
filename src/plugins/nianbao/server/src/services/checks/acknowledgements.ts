/** Reasons given for warnings, stored on the draft: who, when, for which finding, and why. */
import { REPORT_UID } from '../../../../shared/constants';
import type { Core } from '@strapi/strapi';
import type { Acknowledgement, Finding } from '#format';
import { type ReportRow } from './stored-report';

export const acknowledgementsOf = (row: Pick<ReportRow, 'acknowledgements'>): Acknowledgement[] =>
  Array.isArray(row.acknowledgements) ? (row.acknowledgements as Acknowledgement[]) : [];

/** Records (or replaces) the reasons for these findings on the draft row. */
export async function acknowledge(strapi: Core.Strapi, row: ReportRow, findings: Finding[], reason: string, by: string): Promise<void> {
  const at = new Date().toISOString();
  const given = new Set(findings.map((f) => f.fingerprint));
  const kept = acknowledgementsOf(row).filter((a) => !given.has(a.fingerprint));
  const added = findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, message: f.message, reason, by, at }));
  await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: { acknowledgements: [...kept, ...added] } });
}

export async function withdrawAcknowledgement(strapi: Core.Strapi, row: ReportRow, fingerprint: string): Promise<void> {
  const kept = acknowledgementsOf(row).filter((a) => a.fingerprint !== fingerprint);
  await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: { acknowledgements: kept } });
}
