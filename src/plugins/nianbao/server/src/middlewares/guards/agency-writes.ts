/**
 * Agency writes: the 统一社会信用代码 is checked (an empty one is stored as absent); the parent
 * chain never loops; the reports, catalog entries and open-day events of an agency change only
 * from their own side (moving a published report by writing the agency would change what the
 * public reads without a publication); an agency that still has any of them cannot be deleted.
 */
import type { Core } from '@strapi/strapi';
import { creditCodeProblem } from '#format';
import { validationError } from './validation-error';
import type { DocumentContext, Step } from './document-actions';
import { AGENCY_UID, CATALOG_UID, OPEN_DAY_UID, REPORT_UID } from '../../../../shared/constants';


/** The inverse sides of relations owned by other types. */
const OWNED_ELSEWHERE: Record<string, string> = {
  annualReports: REPORT_UID,
  catalogEntries: CATALOG_UID,
  openDayEvents: OPEN_DAY_UID,
};

/** A type's name as the content type declares it (「政府开放日活动」). */
const typeName = (strapi: Core.Strapi, uid: string) => (strapi.getModel(uid as never) as { info?: { displayName?: string } } | undefined)?.info?.displayName ?? uid;

/** Whether a relation value in a write body would change anything (the admin sends empty connect/disconnect lists). */
export function changesRelation(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null || Array.isArray(value) || typeof value !== 'object') return true;
  const v = value as { connect?: unknown[]; disconnect?: unknown[]; set?: unknown };
  const others = Object.keys(v).filter((k) => !['connect', 'disconnect', 'set'].includes(k));
  return others.length > 0 || v.set !== undefined || (v.connect?.length ?? 0) > 0 || (v.disconnect?.length ?? 0) > 0;
}

function normaliseCreditCode(data: Record<string, unknown>): void {
  if (!('creditCode' in data)) return;
  const code = typeof data.creditCode === 'string' ? data.creditCode.trim().toUpperCase() : data.creditCode;
  if (code === '' || code == null) {
    data.creditCode = null;
    return;
  }
  const problem = typeof code === 'string' ? creditCodeProblem(code) : '应为文本';
  if (problem) throw validationError('机关信息有误，未保存', [{ path: ['creditCode'], message: `统一社会信用代码：${problem}` }]);
  data.creditCode = code;
}

function refuseInverseWrites(strapi: Core.Strapi, data: Record<string, unknown>): void {
  for (const [field, uid] of Object.entries(OWNED_ELSEWHERE)) {
    if (changesRelation(data[field])) {
      const label = typeName(strapi, uid);
      throw validationError('机关信息有误，未保存', [
        { path: [field], message: `${label}的所属机关只能在${label}中修改，不能从机关一侧关联或移出` },
      ]);
    }
    delete data[field];
  }
}

/** Walks up from the written agency; a chain that comes back names the loop. */
async function assertNoParentLoop(strapi: Core.Strapi, documentId: string): Promise<void> {
  const rows: { id: number; documentId: string; name: string; parent?: { id: number } | null }[] = await strapi.db
    .query(AGENCY_UID)
    .findMany({ select: ['id', 'documentId', 'name'], populate: { parent: { select: ['id'] } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  let current = rows.find((r) => r.documentId === documentId);
  const seen: string[] = [];
  const visited = new Set<number>();
  while (current) {
    if (visited.has(current.id)) {
      throw validationError('机关信息有误，未保存', [{ path: ['parent'], message: `上级机关不能形成循环：${[...seen, current.name].join(' → ')}` }]);
    }
    visited.add(current.id);
    seen.push(current.name);
    current = current.parent ? byId.get(current.parent.id) : undefined;
  }
}

const save: Step = async (strapi, ctx, next) => {
  const data = { ...(ctx.params.data ?? {}) };
  normaliseCreditCode(data);
  refuseInverseWrites(strapi, data);
  ctx.params.data = data;
  const result = (await next()) as { documentId?: string } | null;
  if (result?.documentId) await assertNoParentLoop(strapi, result.documentId);
  return result;
};

const remove: Step = async (strapi, ctx: DocumentContext, next) => {
  const documentId = ctx.params.documentId;
  for (const uid of Object.values(OWNED_ELSEWHERE)) {
    const count = await strapi.db.query(uid).count({ where: { agency: { documentId } } });
    if (count) throw validationError('该机关不能删除', [{ path: ['documentId'], message: `该机关还有${typeName(strapi, uid)}（${count}条），请先删除或改到其他机关` }]);
  }
  return next();
};

export const agencySteps = { save, remove };
