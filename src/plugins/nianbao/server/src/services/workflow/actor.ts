/** Who is acting: the admin user or API token of the current request, or the server itself. */
import type { Core } from '@strapi/strapi';

interface RequestState {
  user?: { firstname?: string | null; lastname?: string | null; email?: string };
  auth?: { strategy?: { name?: string }; credentials?: { name?: string } };
}

export function actorOf(strapi: Core.Strapi, fallback = '系统'): string {
  const state = (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;
  const user = state?.user;
  if (user?.email) return `${user.lastname ?? ''}${user.firstname ?? ''}（${user.email}）`;
  if (state?.auth?.credentials?.name) return `API 令牌“${state.auth.credentials.name}”`;
  return fallback;
}
