/**
 * The plugin's services, reached from outside it (config, scripts, tests) as
 * strapi.plugin('nianbao').service(name); `nianbao(strapi)` gives them their types.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/constants';
import { INSTANCE, claimDueJobs, tick } from './scheduling/publish-jobs';
import { analyseSource, type ImportRequest } from '#format/import';
import { importReport } from './import/import-report';
import { DEMO_ADMIN, ensureDemoAdmin, ensureDemoDepartments, publishAsPublished, seedExample } from './demo/seed-example';
import { PublishedStamps } from './views/published-stamps';
import { renderCacheFromEnv } from './views/rendered';
import { exportStatic, type ExportProgress } from './export/static-export';
import { rollup } from './rollups/rollup';
import { statisticsBatches, type StatisticsFilter } from './statistics/statistics';

type Factory = ({ strapi }: { strapi: Core.Strapi }) => object;

const scheduling = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The name this instance writes on the jobs it claims. */
  instance: INSTANCE,
  tick: (now?: Date) => tick(strapi, now),
  claimDueJobs: (limit?: number, now?: Date) => claimDueJobs(strapi, limit, now),
});

const imports = ({ strapi }: { strapi: Core.Strapi }) => ({
  importReport: (request: ImportRequest, mayUse?: (agencyId: number) => Promise<boolean>) => importReport(strapi, request, mayUse),
  analyseSource,
});

const demo = ({ strapi }: { strapi: Core.Strapi }) => ({
  admin: DEMO_ADMIN,
  seedExample: () => seedExample(strapi),
  ensureDemoAdmin: () => ensureDemoAdmin(strapi),
  ensureDemoDepartments: () => ensureDemoDepartments(strapi),
  /** Approves and publishes a report as it was published elsewhere (warnings acknowledged); false if it has errors. */
  publishAsPublished: (documentId: string) => publishAsPublished(strapi, documentId),
});

/** The standard view's stamps of published versions and its renderings, one of each per process. */
const views = ({ strapi }: { strapi: Core.Strapi }) => ({
  stamps: new PublishedStamps(strapi),
  renderings: renderCacheFromEnv(),
});

const staticExport = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every published report in every format, with index pages, into `dir` (incremental). */
  exportStatic: (dir: string, progress?: ExportProgress) => exportStatic(strapi, dir, progress),
});

const rollups = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The published tables of an agency and its descendants for a year, summed and checked. */
  rollup: (agency: string, year: number, options?: Parameters<typeof rollup>[3]) => rollup(strapi, agency, year, options),
});

const statistics = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The year's published cells in long format, a batch of reports at a time. */
  batches: (filter: StatisticsFilter) => statisticsBatches(strapi, filter),
});

const services = { scheduling, imports, demo, views, staticExport, rollups, statistics } satisfies Record<string, Factory>;
export default services;

type Services = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** The plugin's services with their types. */
export const nianbao = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[K];
