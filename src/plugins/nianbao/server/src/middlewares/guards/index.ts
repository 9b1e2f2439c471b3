/**
 * The table of every write action on every type of ours. A type added without a row here can be
 * read but not written; an action missing from a row is refused.
 */
import type { Core } from '@strapi/strapi';
import { inTransaction, refuse, registerWriteGuards, type WriteHandlers } from './document-actions';
import { reportWriteHandlers } from './report-writes';
import { agencySteps } from './agency-writes';
import { withinAgencyScope } from './agency-scope';
import { AGENCY_UID, AUDIT_UID, CATALOG_UID, JOB_UID, OPEN_DAY_UID, PUBLICATION_UID, REPORT_UID } from '../../../../shared/constants';

/** Draft & publish content with no rule of ours beyond the published-only reads. */
const PLAIN_CONTENT: WriteHandlers = {
  create: 'pass',
  update: 'pass',
  clone: 'pass',
  publish: 'pass',
  unpublish: 'pass',
  discardDraft: 'pass',
  delete: 'pass',
};

/** Records the server writes through the query engine: append-only, never through the document service. */
const SERVER_RECORD = (what: string): WriteHandlers => {
  const no = refuse(`${what}由系统记录，不能修改`);
  return { create: no, update: no, clone: no, publish: no, unpublish: no, discardDraft: no, delete: no };
};

export function registerDocumentGuards(strapi: Core.Strapi): void {
  const noPublish = refuse('机关没有草稿和发布之分');
  const agency: WriteHandlers = {
    create: inTransaction(strapi, agencySteps.save),
    update: inTransaction(strapi, agencySteps.save),
    clone: refuse('机关不能复制，请新建机关'),
    publish: noPublish,
    unpublish: noPublish,
    discardDraft: noPublish,
    delete: inTransaction(strapi, agencySteps.remove),
  };
  /** Creates, updates and clones from the admin stay within the administrator's agencies. */
  const scoped = (uid: string, handlers: WriteHandlers): WriteHandlers => {
    const wrap = (h: WriteHandlers[keyof WriteHandlers]) => (typeof h === 'function' || h === 'pass' ? withinAgencyScope(strapi, uid, h) : h);
    return { ...handlers, create: wrap(handlers.create), update: wrap(handlers.update), clone: wrap(handlers.clone) };
  };
  registerWriteGuards(strapi, {
    [REPORT_UID]: scoped(REPORT_UID, reportWriteHandlers(strapi)),
    [AGENCY_UID]: agency,
    [CATALOG_UID]: scoped(CATALOG_UID, PLAIN_CONTENT),
    [OPEN_DAY_UID]: scoped(OPEN_DAY_UID, PLAIN_CONTENT),
    [PUBLICATION_UID]: SERVER_RECORD('发布记录'),
    [AUDIT_UID]: SERVER_RECORD('审计日志'),
    [JOB_UID]: SERVER_RECORD('定时任务'),
  });
}
