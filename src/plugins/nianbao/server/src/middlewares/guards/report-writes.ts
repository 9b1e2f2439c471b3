/**
 * Every document-service action on annual reports, by any path (admin, bulk publish, REST,
 * GraphQL, documents() from code, the scheduler), handled by name in one transaction. Each action
 * reads like the procedure it is:
 *
 *   save (create/update): strip server-owned fields → validate → write → derive title, check
 *     uniqueness → stage transition → audit → checks and stored findings → [publishing: gate → snapshot]
 *   clone (the admin's Duplicate): a new 拟稿 with no history, validated like a create
 *   publish: checks → gate (no error, warnings explained, 已审核, 更正说明) → publish → snapshot → audit
 *   unpublish: withdraw → audit (with the 撤回说明)
 *   discardDraft: back to the published content → checks → audit
 *   delete: cancel pending jobs → delete → audit
 */
import { JOB_UID, REPORT_SERVER_FIELDS, REPORT_UID } from '../../../../shared/constants';
import type { Core } from '@strapi/strapi';
import { localDate, prepareReportInput, publicationDecision, reportTitle, type Acknowledgement, type CheckResult, type Finding } from '#format';
import { checkConfig, checkRow, findReportRow, type ReportRow } from '../../services/checks/stored-report';
import { storeFindings } from '../../services/checks/findings-store';
import { acknowledgementsOf } from '../../services/checks/acknowledgements';
import { validationError, type PathIssue } from './validation-error';
import { findingPath } from './finding-path';
import { contentHash, contentSignature } from '../../services/workflow/content-signature';
import { returnAfterEdit, stageOf } from '../../services/workflow/review';
import { STAGE_LABELS } from '../../../../shared/transitions';
import { audit } from '../../services/workflow/audit';
import { actorOf } from '../../services/workflow/actor';
import { publicationsOf, recordPublication } from '../../services/workflow/publications';
import { inTransaction, type Step, type WriteHandlers } from './document-actions';
import { agencyYearKey, asUniqueViolation } from './report-uniqueness';

/** What a copy starts with: a new 拟稿, nothing reviewed, acknowledged or published about it. */
const FRESH_COPY = {
  title: null,
  agencyYear: null,
  checkStatus: null,
  checkSummary: null,
  checkFindings: null,
  checkedAt: null,
  // null, not []: the clone merges onto the source, and an empty array would keep its entries.
  acknowledgements: null,
  reviewStage: 'draft',
  workflowHistory: null,
  correctionNote: null,
  withdrawalNote: null,
};

type Checked = { draft: ReportRow; result: CheckResult };

// --- steps -----------------------------------------------------------------------------------

export function stripServerOwned(data: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept = { ...(data ?? {}) };
  for (const key of REPORT_SERVER_FIELDS) delete kept[key];
  return kept;
}

function validated(data: Record<string, unknown>, stored: ReportRow | null): Record<string, unknown> {
  const prepared = prepareReportInput(data, stored);
  if (!prepared.ok) throw validationError('年报数据有误，未保存', prepared.issues);
  return prepared.data;
}

/** The title comes from the agency and year; one report per agency and year (also a unique index). */
async function deriveTitleAndCheckUnique(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const rows: ReportRow[] = await strapi.db
    .query(REPORT_UID)
    .findMany({ where: { documentId }, populate: { agency: { select: ['id', 'documentId', 'name'] } } });
  const draft = rows.find((r) => !r.publishedAt) ?? rows[0];
  if (!draft?.agency || draft.year == null) return draft?.title ?? null;

  const clash = await strapi.db.query(REPORT_UID).findOne({
    where: { year: draft.year, agency: { id: draft.agency.id }, publishedAt: null, documentId: { $ne: documentId } },
  });
  if (clash) {
    throw validationError('年报重复', [
      { path: ['year'], message: `${draft.agency.name}${draft.year}年的年报已存在，每个机关每年只有一份年报` },
    ]);
  }

  const title = reportTitle(draft.agency.name, draft.year);
  const key = agencyYearKey(draft.agency.documentId!, draft.year);
  for (const row of rows) {
    const stored = row as ReportRow & { agencyYear?: string | null };
    if (row.title !== title || stored.agencyYear !== key) {
      await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: { title, agencyYear: key } });
    }
  }
  return title;
}

/** Reads the draft afresh (a write may just have changed its stage) and checks it. */
async function checkDraftAndStore(strapi: Core.Strapi, documentId: string, publishingAt?: Date): Promise<Checked | null> {
  const draft = await findReportRow(strapi, documentId, 'draft');
  if (!draft) return null;
  const result = await checkRow(strapi, draft, publishingAt);
  await storeFindings(strapi, draft.id, result, acknowledgementsOf(draft));
  return { draft, result };
}

const PUBLISH_HINT = '（“发布”会同时保存表单；未通过校验时本次修改不会保存，请先点“保存”再处理）';

function toIssues(findings: Finding[]): PathIssue[] {
  return findings.map((f) => ({ path: findingPath(f), message: `[${f.rule}] ${f.message}` }));
}

/** Throws the ValidationError that refuses publication, or returns when the report may go public. */
function assertPublishable(result: CheckResult, acknowledgements: Acknowledgement[], title: string): void {
  const decision = publicationDecision(result.findings, acknowledgements);
  if (decision.publishable) return;
  if (decision.errors.length) {
    throw validationError(`${title}有${decision.errors.length}处错误，不能发布${PUBLISH_HINT}`, toIssues(decision.errors));
  }
  throw validationError(
    `${title}有${decision.unacknowledged.length}条警告尚未说明理由，不能发布${PUBLISH_HINT}`,
    toIssues(decision.unacknowledged),
  );
}

/** Publishing needs 已审核, and a republication a 更正说明 of its own. */
async function assertReviewed(strapi: Core.Strapi, draft: ReportRow, title: string): Promise<void> {
  const stage = stageOf(draft);
  if (stage !== 'approved') {
    throw validationError(`${title}尚未审核通过（当前：${STAGE_LABELS[stage]}），不能发布`, [
      { path: ['reviewStage'], message: '请先提交审核，由审核人审核通过后再发布' },
    ]);
  }
  const previous = await publicationsOf(strapi, draft.documentId);
  const note = String(draft.correctionNote ?? '').trim();
  const last = previous[previous.length - 1];
  if (last && (!note || note === (last.correctionNote ?? '').trim())) {
    throw validationError(`${title}已于${String(last.publicationTime).slice(0, 10)}发布过，重新发布需要填写新的更正说明`, [
      { path: ['correctionNote'], message: '请说明本次更正的内容和原因' },
    ]);
  }
}

/** The publish gate, in the order an editor can act on it. */
async function assertMayPublish(strapi: Core.Strapi, checked: Checked, title: string): Promise<void> {
  assertPublishable(checked.result, acknowledgementsOf(checked.draft), title);
  await assertReviewed(strapi, checked.draft, title);
}

/**
 * The first publication here is the report's 首次发布日期 (R37 and the dashboard read it); a
 * correction published later keeps it, and an imported archive keeps what its source said.
 */
async function recordIssuedOn(strapi: Core.Strapi, documentId: string, at: Date): Promise<void> {
  const issuedOn = localDate(at, checkConfig(strapi).deadlines.timezone);
  await strapi.db.query(REPORT_UID).updateMany({
    where: { documentId, issuedOn: null, $or: [{ imported: false }, { imported: null }] },
    data: { issuedOn },
  });
}

async function snapshotAndAudit(strapi: Core.Strapi, checked: Checked, at: Date): Promise<void> {
  const { documentId } = checked.draft;
  await recordIssuedOn(strapi, documentId, at);
  const published = await findReportRow(strapi, documentId, 'published');
  if (published) await storeFindings(strapi, published.id, checked.result, acknowledgementsOf(checked.draft));
  const by = actorOf(strapi);
  const publication = await recordPublication(strapi, documentId, by);
  await audit(strapi, 'publish', documentId, { version: publication.version, sha256: publication.sha256 }, by);
}

async function draftOrNotFound(strapi: Core.Strapi, documentId: string | undefined): Promise<ReportRow> {
  const draft = documentId ? await findReportRow(strapi, documentId, 'draft') : null;
  if (!draft) throw validationError('找不到该年报', [{ path: ['documentId'], message: `没有 documentId 为“${documentId ?? ''}”的年报` }]);
  return draft;
}

// --- actions ---------------------------------------------------------------------------------

/** One transaction per action; a unique-index violation (two writers at once) becomes the 年报重复 400. */
const guarded = (strapi: Core.Strapi, step: Step) => inTransaction(strapi, step, asUniqueViolation);

const save: Step = async (strapi, ctx, next) => {
  const { params } = ctx;
  const stored = params.documentId ? await findReportRow(strapi, params.documentId, 'draft') : null;
  params.data = validated(stripServerOwned(params.data), stored);

  const result = await next();
  const written = result as { documentId?: string; title?: string | null } | null;
  if (!written?.documentId) return result;
  written.title = await deriveTitleAndCheckUnique(strapi, written.documentId);

  const after = await findReportRow(strapi, written.documentId, 'draft');
  const changed = !stored || !after || contentSignature(stored) !== contentSignature(after);
  if (stored && after && changed) await returnAfterEdit(strapi, after);
  if (changed) await audit(strapi, stored ? 'update' : 'create', written.documentId);

  const publishing = params.status === 'published' ? new Date() : undefined;
  const checked = await checkDraftAndStore(strapi, written.documentId, publishing);
  if (publishing && checked) {
    await assertMayPublish(strapi, checked, written.title ?? '年报');
    await snapshotAndAudit(strapi, checked, publishing);
  }
  return result;
};

const clone: Step = async (strapi, ctx, next) => {
  const { params } = ctx;
  const source = await draftOrNotFound(strapi, params.documentId);
  params.data = { ...validated(stripServerOwned(params.data), source), ...FRESH_COPY };
  const result = (await next()) as { documentId?: string } | null;
  if (!result?.documentId) return result;
  await deriveTitleAndCheckUnique(strapi, result.documentId);
  await audit(strapi, 'create', result.documentId, { clonedFrom: source.documentId });
  await checkDraftAndStore(strapi, result.documentId);
  return result;
};

/**
 * Publishing is safe to retry: when the draft is what is public already (a publication whose answer
 * was lost, sent again), nothing new goes public, so it answers success without a new version, a
 * 更正说明 or the gate — that exact content passed the gate when it was published — and the log says
 * it was a repeat. Anything else goes through the gate.
 */
const publish: Step = async (strapi, ctx, next) => {
  const draft = await draftOrNotFound(strapi, ctx.params.documentId);
  const published = await findReportRow(strapi, draft.documentId, 'published');
  if (published && contentSignature(published) === contentSignature(draft)) {
    const result = await next();
    const last = (await publicationsOf(strapi, draft.documentId)).at(-1);
    await audit(strapi, 'publish', draft.documentId, { version: last?.version ?? null, sha256: last?.sha256 ?? null, repeated: true });
    return result;
  }
  const at = new Date();
  const checked = (await checkDraftAndStore(strapi, draft.documentId, at))!;
  await assertMayPublish(strapi, checked, checked.draft.title ?? '年报');
  const result = await next();
  await snapshotAndAudit(strapi, checked, at);
  return result;
};

const unpublish: Step = async (strapi, ctx, next) => {
  const draft = await draftOrNotFound(strapi, ctx.params.documentId);
  const result = await next();
  const note = String((draft as { withdrawalNote?: string | null }).withdrawalNote ?? '').trim() || null;
  await audit(strapi, 'unpublish', draft.documentId, { withdrawalNote: note });
  return result;
};

const discardDraft: Step = async (strapi, ctx, next) => {
  const result = await next();
  if (ctx.params.documentId) {
    await checkDraftAndStore(strapi, ctx.params.documentId);
    await audit(strapi, 'discard', ctx.params.documentId);
  }
  return result;
};

const remove: Step = async (strapi, ctx, next) => {
  const documentId = ctx.params.documentId;
  // Its last content and hash are kept in the audit entry: what was deleted can be told afterwards.
  const draft = documentId ? await findReportRow(strapi, documentId, 'draft') : null;
  const rows: ReportRow[] = documentId ? await strapi.db.query(REPORT_UID).findMany({ where: { documentId }, select: ['id', 'title', 'publishedAt'] }) : [];
  const result = await next();
  if (documentId && rows.length) {
    await strapi.db.query(JOB_UID).updateMany({ where: { targetDocumentId: documentId, state: 'pending' }, data: { state: 'cancelled' } });
    await audit(strapi, 'delete', documentId, { title: rows[0].title ?? null, wasPublished: rows.some((r) => r.publishedAt), sha256: draft ? contentHash(draft) : null });
  }
  return result;
};

export function reportWriteHandlers(strapi: Core.Strapi): WriteHandlers {
  return {
    create: guarded(strapi, save),
    update: guarded(strapi, save),
    clone: guarded(strapi, clone),
    publish: guarded(strapi, publish),
    unpublish: guarded(strapi, unpublish),
    discardDraft: guarded(strapi, discardDraft),
    delete: guarded(strapi, remove),
  };
}
