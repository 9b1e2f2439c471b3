import type { Core } from '@strapi/strapi';

// Declared plugins boot in this order; 公开年报 comes last so the roles and permissions of
// users-permissions, and the GraphQL extension service, exist when it starts.
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: false,
      apolloServer: { introspection: true },
    },
  },
  nianbao: { enabled: true, resolve: './src/plugins/nianbao' },
});
