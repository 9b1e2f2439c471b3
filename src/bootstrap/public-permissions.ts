/** The portal reads without a token: the public role may find and findOne, and nothing else. */
import type { Core } from '@strapi/strapi';

const PUBLIC_READABLE = [
  'api::agency.agency',
  'api::annual-report.annual-report',
  'api::catalog-entry.catalog-entry',
  'api::open-day-event.open-day-event',
];

export async function grantPublicReads(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const uid of PUBLIC_READABLE) {
    for (const action of ['find', 'findOne']) {
      const name = `${uid}.${action}`;
      const existing = await permissions.findOne({ where: { action: name, role: role.id } });
      if (!existing) await permissions.create({ data: { action: name, role: role.id } });
    }
  }
}
