import type { Core } from '@strapi/strapi';

/** Every instance runs this each minute; the claim makes each job run once (the plugin's scheduling service). */
export default {
  publishJobs: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const outcome = await strapi.plugin('nianbao').service('scheduling').tick();
      if (Object.keys(outcome).length) strapi.log.info(`定时发布：${JSON.stringify(outcome)}`);
    },
    options: { rule: '0 * * * * *', tz: 'Asia/Shanghai' },
  },
};
