/**
 * Loads the example report (原州区科学技术局 2023) with its agency, open-day event and catalog
 * entries, and a demo administrator. Safe to run again: everything is matched before it is created.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { needsAcknowledgement } from '../format';
import { acknowledge } from '../checks/acknowledgements';
import { checkRow, findReportRow } from '../checks/stored-report';

const EXAMPLE_FILE = 'data/examples/yuanzhou-kjj-2023.json';

export const DEMO_ADMIN = {
  email: 'demo@nianbao.local',
  password: 'Nianbao-Demo-2026',
  firstname: '演示',
  lastname: '管理员',
};

interface Example {
  agency: Record<string, unknown> & { name: string };
  report: Record<string, unknown> & { year: number };
  openDayEvents: (Record<string, unknown> & { title: string })[];
  catalogEntries: (Record<string, unknown> & { indexNumber: string })[];
}

async function upsertPublished(
  strapi: Core.Strapi,
  uid: 'api::annual-report.annual-report' | 'api::open-day-event.open-day-event' | 'api::catalog-entry.catalog-entry',
  filters: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<string> {
  const docs = strapi.documents(uid);
  const existing = await docs.findFirst({ filters, status: 'draft' } as never);
  const written = existing
    ? await docs.update({ documentId: existing.documentId, data, status: 'draft' } as never)
    : await docs.create({ data, status: 'draft' } as never);
  if (uid === 'api::annual-report.annual-report') await acknowledgeAsPublished(strapi, written!.documentId);
  await docs.publish({ documentId: written!.documentId } as never);
  return written!.documentId;
}

/**
 * The example is a real published report, kept as published: its warnings (the R33 sum, the
 * lateness of loading it now) are acknowledged with that reason so that it can be shown.
 */
async function acknowledgeAsPublished(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = await findReportRow(strapi, documentId, 'draft');
  if (!draft) return;
  const pending = (await checkRow(strapi, draft, new Date())).findings.filter(needsAcknowledgement);
  if (pending.length) await acknowledge(strapi, draft, pending, '按已公开发布的原文录入，保留原文内容', '演示数据');
}

export async function seedExample(strapi: Core.Strapi): Promise<{ reportDocumentId: string }> {
  const example = JSON.parse(fs.readFileSync(path.join(strapi.dirs.app.root, EXAMPLE_FILE), 'utf8')) as Example;

  const agencies = strapi.documents('api::agency.agency');
  const agency =
    (await agencies.findFirst({ filters: { name: example.agency.name } })) ??
    (await agencies.create({ data: example.agency as never }));

  const reportDocumentId = await upsertPublished(
    strapi,
    'api::annual-report.annual-report',
    { agency: { documentId: agency.documentId }, year: example.report.year },
    { ...example.report, agency: agency.documentId },
  );
  for (const event of example.openDayEvents) {
    await upsertPublished(strapi, 'api::open-day-event.open-day-event', { title: event.title }, { ...event, agency: agency.documentId });
  }
  for (const entry of example.catalogEntries) {
    await upsertPublished(
      strapi,
      'api::catalog-entry.catalog-entry',
      { indexNumber: entry.indexNumber },
      { ...entry, agency: agency.documentId },
    );
  }
  return { reportDocumentId };
}

export async function ensureDemoAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists({ email: DEMO_ADMIN.email })) return;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    ...DEMO_ADMIN,
    isActive: true,
    preferedLanguage: 'zh-Hans',
    roles: superAdmin ? [superAdmin.id] : [],
  });
}
