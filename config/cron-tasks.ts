import type { Core } from '@strapi/strapi';
import { tick } from '../src/scheduling/publish-jobs';

/** Every instance runs this each minute; the claim makes each job run once (src/scheduling). */
export default {
  publishJobs: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const outcome = await tick(strapi);
      if (Object.keys(outcome).length) strapi.log.info(`定时发布：${JSON.stringify(outcome)}`);
    },
    options: { rule: '0 * * * * *', tz: 'Asia/Shanghai' },
  },
};
