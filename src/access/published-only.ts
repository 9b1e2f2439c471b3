/**
 * The public API serves published versions only. Strapi 5 lets any caller allowed to `find` ask
 * for `?status=draft` (REST) or `status: DRAFT` (GraphQL, root queries and relation fields), so
 * every content-API read is forced to `published` unless the caller is a full-access API token (an
 * integrator's back office). Populated relations follow the root's status, so this covers them too.
 */
import type { Core } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } };
}

export function mayReadDrafts(state: RequestState | undefined): boolean {
  const auth = state?.auth;
  return auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access';
}

function isRestrictedContentApiRequest(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  return ctx?.state?.route?.info?.type === 'content-api' && !mayReadDrafts(ctx.state);
}

function hasDraftAndPublish(strapi: Core.Strapi, uid: string): boolean {
  return Boolean((strapi.contentTypes as unknown as Record<string, { options?: { draftAndPublish?: boolean } }>)[uid]?.options?.draftAndPublish);
}

export function registerPublishedOnlyReads(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (READ_ACTIONS.has(ctx.action) && isRestrictedContentApiRequest(strapi)) {
      // Also for types without draft & publish: populated relations follow the root's status.
      (ctx.params as { status?: string }).status = 'published';
    }
    return next();
  });
}

type GraphqlMiddleware = (
  next: (parent: unknown, args: Record<string, unknown>, context: GraphqlContext, info: unknown) => unknown,
  parent: unknown,
  args: Record<string, unknown>,
  context: GraphqlContext,
  info: unknown,
) => unknown;

interface GraphqlContext {
  state?: RequestState;
  rootQueryArgsByPath?: Map<string | number, Record<string, unknown>>;
}

/** Root queries: relations below them inherit the root's `status` from the args Strapi kept aside. */
const forcePublishedRoot: GraphqlMiddleware = (next, parent, args, context, info) => {
  if (mayReadDrafts(context.state)) return next(parent, args, context, info);
  const kept = (context as GraphqlContext).rootQueryArgsByPath?.get((info as { path: { key: string } }).path.key);
  if (kept) kept.status = 'published';
  return next(parent, { ...args, status: 'published' }, context, info);
};

/** GraphQL root queries take a `status` argument that their relation fields inherit. */
export function registerPublishedOnlyGraphqlQueries(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(() => {
    const naming = graphql.service('utils').naming;
    const resolversConfig: Record<string, { middlewares: GraphqlMiddleware[] }> = {};
    for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
      if (!uid.startsWith('api::') || !hasDraftAndPublish(strapi, uid)) continue;
      for (const query of [naming.getFindQueryName(contentType), naming.getFindOneQueryName(contentType), naming.getFindConnectionQueryName(contentType)]) {
        resolversConfig[`Query.${query}`] = { middlewares: [forcePublishedRoot] };
      }
    }
    return { resolversConfig };
  });
}
