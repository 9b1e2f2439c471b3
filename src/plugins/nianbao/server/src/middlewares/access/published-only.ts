/**
 * The public API serves published rows only, by construction rather than path by path:
 * - every document-service read made while serving a restricted content-API request (the public
 *   role, read-only and custom API tokens) is forced to `published`, and its filters, sort and
 *   populate must fit the allow-list in ./public-query;
 * - in GraphQL, every root query of every type (with or without draft & publish: relations inherit
 *   the root's status) is forced to `published`, and every relation field of every type has its
 *   arguments checked against the same allow-list, since relation fields load rows without the
 *   document service.
 * Only a full-access API token (an integrator's back office) reads drafts.
 */
import type { Core } from '@strapi/strapi';
import { PublicQueryChecker } from './public-query';

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

export function publicQueryChecker(strapi: Core.Strapi): PublicQueryChecker {
  return new PublicQueryChecker((uid) => strapi.getModel(uid as never) as never);
}

interface ReadParams {
  status?: string;
  filters?: unknown;
  sort?: unknown;
  populate?: unknown;
  publicationFilter?: unknown;
  hasPublishedVersion?: unknown;
  locale?: unknown;
}

/** Publication selectors a restricted caller may not choose: the published version is all it gets. */
function forcePublished(params: ReadParams): void {
  params.status = 'published';
  delete params.publicationFilter;
  delete params.hasPublishedVersion;
}

export function registerPublishedOnlyReads(strapi: Core.Strapi): void {
  const checker = publicQueryChecker(strapi);
  strapi.documents.use(async (ctx, next) => {
    if (READ_ACTIONS.has(ctx.action) && isRestrictedContentApiRequest(strapi)) {
      const params = ctx.params as ReadParams;
      checker.filters(ctx.uid, params.filters);
      checker.sort(ctx.uid, params.sort);
      checker.populate(ctx.uid, params.populate);
      forcePublished(params);
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
  const kept = context.rootQueryArgsByPath?.get((info as { path: { key: string } }).path.key);
  if (kept) forcePublished(kept);
  const forced = { ...args };
  forcePublished(forced);
  return next(parent, forced, context, info);
};

interface ContentTypeLike {
  uid: string;
  modelType?: string;
  attributes: Record<string, { type: string; target?: string }>;
}

/** GraphQL: every root query published-only, every relation field's arguments allow-listed. */
export function registerPublishedOnlyGraphqlQueries(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(() => {
    const naming = graphql.service('utils').naming;
    const { transformArgs } = graphql.service('builders').utils;
    const checker = publicQueryChecker(strapi);
    const resolversConfig: Record<string, { middlewares: GraphqlMiddleware[] }> = {};
    const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as unknown as ContentTypeLike[];
    for (const model of models) {
      if (model.modelType !== 'component') {
        for (const query of [naming.getFindQueryName(model), naming.getFindOneQueryName(model), naming.getFindConnectionQueryName(model)]) {
          resolversConfig[`Query.${query}`] = { middlewares: [forcePublishedRoot] };
        }
      }
      for (const [field, attribute] of Object.entries(model.attributes)) {
        if (attribute.type !== 'relation' || !attribute.target) continue;
        const target = strapi.getModel(attribute.target as never);
        if (!target) continue;
        const checkRelationArgs: GraphqlMiddleware = (next, parent, args, context, info) => {
          if (!mayReadDrafts(context.state)) {
            const query = transformArgs(args, { contentType: target, usePagination: true }) as ReadParams;
            checker.filters(attribute.target!, query.filters);
            checker.sort(attribute.target!, query.sort);
          }
          return next(parent, args, context, info);
        };
        const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
        resolversConfig[`${typeName}.${field}`] = { middlewares: [checkRelationArgs] };
      }
    }
    return { resolversConfig };
  });
}
