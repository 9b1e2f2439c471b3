/** Keeps each row's findings with the document, so lists can show and filter the check result. */
import { REPORT_UID } from '../../../../shared/constants';
import type { Core } from '@strapi/strapi';
import { ACKNOWLEDGEABLE_ERRORS, type Acknowledgement, type CheckResult } from '#format';

/**
 * The list's 通过 / 有警告 / 有错误. An error that editing cannot remove (lateness) counts as a
 * warning once a reason is on record: it no longer blocks anything.
 */
export function checkFields(result: CheckResult, acknowledgements: Acknowledgement[], at: Date) {
  const acknowledged = new Set(acknowledgements.map((a) => a.fingerprint));
  const excused = result.findings.filter(
    (f) => f.severity === 'E' && !f.notAssessable && ACKNOWLEDGEABLE_ERRORS.has(f.rule) && acknowledged.has(f.fingerprint),
  ).length;
  const errors = result.errors - excused;
  const warnings = result.warnings + excused;
  const status = errors ? 'errors' : warnings ? 'warnings' : 'passed';
  const summary = errors ? `有错误（${errors}）${warnings ? `，警告（${warnings}）` : ''}` : warnings ? `有警告（${warnings}）` : '通过';
  return { checkStatus: status, checkSummary: summary, checkFindings: result.findings, checkedAt: at };
}

/** Written with the query engine, which does not re-enter the document middlewares. */
export async function storeFindings(
  strapi: Core.Strapi,
  rowId: number,
  result: CheckResult,
  acknowledgements: Acknowledgement[],
  at = new Date(),
): Promise<void> {
  await strapi.db.query(REPORT_UID).update({ where: { id: rowId }, data: checkFields(result, acknowledgements, at) });
}
