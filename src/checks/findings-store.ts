/** Keeps each row's findings with the document, so lists can show and filter the check result. */
import type { Core } from '@strapi/strapi';
import type { CheckResult } from '../format';
import { REPORT_UID } from './stored-report';

const SUMMARY: Record<CheckResult['status'], (r: CheckResult) => string> = {
  passed: () => '通过',
  warnings: (r) => `有警告（${r.warnings}）`,
  errors: (r) => `有错误（${r.errors}）${r.warnings ? `，警告（${r.warnings}）` : ''}`,
};

export function checkFields(result: CheckResult, at: Date) {
  return {
    checkStatus: result.status,
    checkSummary: SUMMARY[result.status](result),
    checkFindings: result.findings,
    checkedAt: at,
  };
}

/** Written with the query engine, which does not re-enter the document middlewares. */
export async function storeFindings(strapi: Core.Strapi, rowId: number, result: CheckResult, at = new Date()): Promise<void> {
  await strapi.db.query(REPORT_UID).update({ where: { id: rowId }, data: checkFields(result, at) });
}
