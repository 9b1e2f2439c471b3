/** Which of the plugin's permissions (Settings → Roles) the administrator holds, by the server's action ids. */
import { useRBAC } from '@strapi/strapi/admin';
import { PLUGIN_ACTIONS, type PluginAction } from '../../../shared/constants';

const CHECKED = Object.values(PLUGIN_ACTIONS).map(({ id }) => ({ action: id, subject: null }));

export function usePluginPermissions(): { holds: Record<PluginAction, boolean>; isLoading: boolean } {
  // useRBAC names each permission after the last part of its action id: plugin::nianbao.review → canReview.
  const { allowedActions, isLoading } = useRBAC(CHECKED);
  const can = (key: PluginAction) => !!allowedActions[`can${PLUGIN_ACTIONS[key].uid[0].toUpperCase()}${PLUGIN_ACTIONS[key].uid.slice(1)}`];
  const holds = Object.fromEntries((Object.keys(PLUGIN_ACTIONS) as PluginAction[]).map((key) => [key, can(key)])) as Record<PluginAction, boolean>;
  return { holds, isLoading };
}
