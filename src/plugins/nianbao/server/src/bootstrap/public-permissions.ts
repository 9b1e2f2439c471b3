/** The portal reads without a token: the public role may find and findOne, and nothing else (no sign-up). */
import type { Core } from '@strapi/strapi';
import { AGENCY_UID, CATALOG_UID, OPEN_DAY_UID, REPORT_UID } from '../../../shared/constants';

const PUBLIC_READABLE = [
  AGENCY_UID,
  REPORT_UID,
  CATALOG_UID,
  OPEN_DAY_UID,
];

/** Published findings and versions are public: the portal and citizens read them without a token (the views' routes need no permission). */
const PUBLIC_PLUGIN_ACTIONS = [
  'plugin::nianbao.checks.publishedFindings',
  'plugin::nianbao.workflow.versions',
  'plugin::nianbao.workflow.version',
];

/** Sign-up is not a feature: the public reads, and editors are administrators created in the admin. */
const NOT_PUBLIC = ['plugin::users-permissions.auth.register'];

export async function grantPublicReads(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  await permissions.deleteMany({ where: { action: { $in: NOT_PUBLIC }, role: role.id } });
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get()) ?? {}) as Record<string, unknown>;
  if (settings.allow_register !== false) await advanced.set({ value: { ...settings, allow_register: false } });
  const actions = [...PUBLIC_READABLE.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]), ...PUBLIC_PLUGIN_ACTIONS];
  for (const name of actions) {
    const existing = await permissions.findOne({ where: { action: name, role: role.id } });
    if (!existing) await permissions.create({ data: { action: name, role: role.id } });
  }
}
