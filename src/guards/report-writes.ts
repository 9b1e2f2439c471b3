/**
 * The one document-service middleware every annual-report write passes, by any path (admin,
 * bulk publish, REST, GraphQL, documents().publish() from code), in one transaction:
 * - drafts: the tables must fit the zod schema of the format version; the title is derived; one
 *   report per agency and year; the rules run and their findings are stored with the draft;
 * - publishing (`publish`, or create/update with status 'published'): refused while any error
 *   finding remains, a warning lacks an acknowledged reason, the report is not 已审核, or a
 *   republication lacks its 更正说明 — the published version stays as it was; each publication
 *   is kept as a snapshot and every write goes to the audit log;
 * - an edit of a submitted or approved report sends it back to 拟稿.
 */
import type { Core } from '@strapi/strapi';
import { prepareReportInput, publicationDecision, reportTitle, type Acknowledgement, type CheckResult, type Finding } from '../format';
import { REPORT_UID, checkRow, findReportRow, type ReportRow } from '../checks/stored-report';
import { storeFindings } from '../checks/findings-store';
import { acknowledgementsOf } from '../checks/acknowledgements';
import { validationError, type PathIssue } from './validation-error';
import { findingPath } from './finding-path';
import { contentSignature } from '../workflow/content-signature';
import { returnAfterEdit, stageOf } from '../workflow/review';
import { STAGE_LABELS } from '../workflow/transitions';
import { audit } from '../workflow/audit';
import { actorOf } from '../workflow/actor';
import { publicationsOf, recordPublication } from '../workflow/publications';

export { REPORT_UID };

/** Fields the server keeps; a form or API body never sets them. */
const SERVER_OWNED = ['title', 'checkStatus', 'checkSummary', 'checkFindings', 'checkedAt', 'acknowledgements', 'reviewStage', 'workflowHistory'];

async function deriveTitleAndCheckUnique(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const rows: ReportRow[] = await strapi.db
    .query(REPORT_UID)
    .findMany({ where: { documentId }, populate: { agency: { select: ['id', 'name'] } } });
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
  for (const row of rows) {
    if (row.title !== title) await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data: { title } });
  }
  return title;
}

const PUBLISH_HINT = '（“发布”会同时保存表单；未通过校验时本次修改不会保存，请先点“保存”再处理）';

function toIssues(findings: Finding[]): PathIssue[] {
  return findings.map((f) => ({ path: findingPath(f), message: `[${f.rule}] ${f.message}` }));
}

/** Throws the ValidationError that refuses publication, or returns when the report may go public. */
export function assertPublishable(result: CheckResult, acknowledgements: Acknowledgement[], title: string): void {
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

/** Reads the draft afresh (a write may just have changed its stage) and checks it. */
async function checkDraftAndStore(strapi: Core.Strapi, documentId: string, publishingAt?: Date) {
  const draft = await findReportRow(strapi, documentId, 'draft');
  if (!draft) return null;
  const result = await checkRow(strapi, draft, publishingAt);
  await storeFindings(strapi, draft.id, result, acknowledgementsOf(draft));
  return { draft, result };
}

async function storePublishedFindings(strapi: Core.Strapi, documentId: string, result: CheckResult, acknowledgements: Acknowledgement[]) {
  const published = await findReportRow(strapi, documentId, 'published');
  if (published) await storeFindings(strapi, published.id, result, acknowledgements);
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
  const note = String((draft as { correctionNote?: string | null }).correctionNote ?? '').trim();
  const last = previous[previous.length - 1];
  if (last && (!note || note === (last.correctionNote ?? '').trim())) {
    throw validationError(`${title}已于${String(last.publicationTime).slice(0, 10)}发布过，重新发布需要填写新的更正说明`, [
      { path: ['correctionNote'], message: '请说明本次更正的内容和原因' },
    ]);
  }
}

/** The checks a publication must pass, in the order an editor can act on them. */
async function assertMayPublish(strapi: Core.Strapi, checked: { draft: ReportRow; result: CheckResult }, title: string) {
  assertPublishable(checked.result, acknowledgementsOf(checked.draft), title);
  await assertReviewed(strapi, checked.draft, title);
}

async function afterPublish(strapi: Core.Strapi, checked: { draft: ReportRow; result: CheckResult }) {
  await storePublishedFindings(strapi, checked.draft.documentId, checked.result, acknowledgementsOf(checked.draft));
  const by = actorOf(strapi);
  const publication = await recordPublication(strapi, checked.draft.documentId, by);
  await audit(strapi, 'publish', checked.draft.documentId, { version: publication.version, sha256: publication.sha256 }, by);
}

export function registerReportWriteGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== REPORT_UID) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown>; status?: string };

    if (ctx.action === 'publish') {
      return strapi.db.transaction(async () => {
        const checked = params.documentId ? await checkDraftAndStore(strapi, params.documentId, new Date()) : null;
        if (checked) await assertMayPublish(strapi, checked, checked.draft.title ?? '年报');
        const result = await next();
        if (checked) await afterPublish(strapi, checked);
        return result;
      });
    }

    if (ctx.action === 'unpublish') {
      return strapi.db.transaction(async () => {
        const result = await next();
        if (params.documentId) await audit(strapi, 'unpublish', params.documentId);
        return result;
      });
    }

    if (ctx.action !== 'create' && ctx.action !== 'update') return next();

    return strapi.db.transaction(async () => {
      const data = { ...(params.data ?? {}) };
      for (const key of SERVER_OWNED) delete data[key];
      const stored = params.documentId ? await findReportRow(strapi, params.documentId, 'draft') : null;
      const prepared = prepareReportInput(data, stored);
      if (!prepared.ok) throw validationError('年报数据有误，未保存', prepared.issues);
      params.data = prepared.data;

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
        await afterPublish(strapi, checked);
      }
      return result;
    });
  });
}
