/**
 * The plugin's actions (审核/退回, 定时发布, 导入, 截止日期) as Strapi admin permissions, and the route
 * policy that requires one. Registered before the admin's own bootstrap, which grants every
 * registered action to the super admin.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ACTIONS, PLUGIN_ID, type PluginAction } from '../../../shared/constants';

export async function registerPluginActions(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').actionProvider.registerMany(
    Object.values(PLUGIN_ACTIONS).map(({ uid, displayName }) => ({ section: 'plugins', displayName, uid, pluginName: PLUGIN_ID })),
  );
}

/** A route's policies: an authenticated administrator whose roles grant `action`. */
export const requires = (action: PluginAction) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PLUGIN_ACTIONS[action].id] } }],
});

/** Whether the administrator of this request holds `action` (the super admin holds them all). */
export const holds = (ctx: { state: { userAbility?: { can(action: string): boolean } } }, action: PluginAction): boolean =>
  !!ctx.state.userAbility?.can(PLUGIN_ACTIONS[action].id);
