import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  nianbao: { enabled: true, resolve: './src/plugins/nianbao' },
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
});
