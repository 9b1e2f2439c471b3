/** The audit log: create, update, submit, approve, return, publish, unpublish, discard, delete and schedule, with actor and time. */
import type { Core } from '@strapi/strapi';
import { actorOf } from './actor';
import { AUDIT_UID } from '../../../../shared/constants';

export type AuditAction = 'create' | 'update' | 'submit' | 'approve' | 'return' | 'publish' | 'unpublish' | 'discard' | 'delete' | 'schedule';

export async function audit(strapi: Core.Strapi, action: AuditAction, reportDocumentId: string, details: Record<string, unknown> = {}, actor?: string) {
  await strapi.db.query(AUDIT_UID).create({
    data: { action, reportDocumentId, actor: actor ?? actorOf(strapi), at: new Date(), details },
  });
}
