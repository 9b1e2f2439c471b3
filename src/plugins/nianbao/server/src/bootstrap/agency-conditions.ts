/**
 * The RBAC condition 「本机关及下属机关」, registered with the admin's condition provider (Community
 * Edition supports custom conditions): a role's permission carrying it reaches only the records of
 * the administrator's agencies and their descendants. Two forms, as the records hold their agency
 * differently: reports, catalog entries and open-day events by their `agency`; agencies by themselves.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/constants';
import { scopeIds } from '../services/scope/memberships';

export async function registerAgencyConditions(strapi: Core.Strapi): Promise<void> {
  const inScope = async (user: { id: number }) => scopeIds(strapi, user.id);
  await strapi.service('admin::permission').conditionProvider.registerMany([
    {
      displayName: '本机关及下属机关',
      name: 'own-agencies',
      plugin: PLUGIN_ID,
      async handler(user: { id: number }) {
        const ids = await inScope(user);
        return ids.length ? { 'agency.id': { $in: ids } } : false;
      },
    },
    {
      displayName: '本机关及下属机关（机关本身）',
      name: 'own-agency-records',
      plugin: PLUGIN_ID,
      async handler(user: { id: number }) {
        const ids = await inScope(user);
        return ids.length ? { id: { $in: ids } } : false;
      },
    },
  ]);
}
