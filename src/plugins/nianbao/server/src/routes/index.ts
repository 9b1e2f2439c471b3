import { requires } from '../bootstrap/plugin-permissions';

const admin = { policies: ['admin::isAuthenticatedAdmin'] };
/** An admin route on one report: the administrator must be able to read it (403 outside their agencies). */
const report = { policies: [...admin.policies, 'plugin::nianbao.report-in-scope'] };
const reportRequires = (action: Parameters<typeof requires>[0]) => ({ policies: [...requires(action).policies, 'plugin::nianbao.report-in-scope'] });

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/reports/:documentId/findings', handler: 'checks.findings', config: report },
      { method: 'POST', path: '/reports/:documentId/acknowledgements', handler: 'checks.acknowledge', config: report },
      { method: 'DELETE', path: '/reports/:documentId/acknowledgements', handler: 'checks.withdraw', config: report },
      { method: 'POST', path: '/check', handler: 'checks.dryRun', config: admin },
      { method: 'GET', path: '/check-config', handler: 'checks.config', config: admin },
      { method: 'GET', path: '/reports', handler: 'views.list', config: admin },
      { method: 'POST', path: '/import', handler: 'imports.import', config: requires('import') },
      { method: 'POST', path: '/reports/:documentId/schedule', handler: 'schedule.schedule', config: reportRequires('schedule') },
      { method: 'GET', path: '/reports/:documentId/schedule', handler: 'schedule.jobs', config: report },
      { method: 'DELETE', path: '/schedule/:id', handler: 'schedule.cancel', config: requires('schedule') },
      { method: 'GET', path: '/reports/:documentId/workflow', handler: 'workflow.status', config: report },
      { method: 'POST', path: '/reports/:documentId/workflow', handler: 'workflow.transition', config: report },
      { method: 'GET', path: '/dashboard', handler: 'workflow.dashboard', config: requires('deadlines') },
      { method: 'GET', path: '/preview/:documentId.:ext', handler: 'views.preview', config: report },
      { method: 'GET', path: '/preview/:documentId', handler: 'views.preview', config: report },
      { method: 'GET', path: '/users/:id/agencies', handler: 'members.agencies', config: requires('members') },
      { method: 'PUT', path: '/users/:id/agencies', handler: 'members.setAgencies', config: requires('members') },
      { method: 'GET', path: '/rollups/:agency/:year', handler: 'rollups.admin', config: requires('rollups') },
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/reports/:documentId/findings', handler: 'checks.publishedFindings' },
      { method: 'POST', path: '/check', handler: 'checks.dryRun' },
      { method: 'POST', path: '/import', handler: 'imports.import' },
      { method: 'GET', path: '/reports/:documentId/versions', handler: 'workflow.versions' },
      { method: 'GET', path: '/reports/:documentId/versions/:version.:ext', handler: 'workflow.version' },
      // The standard view serves published versions only, to anyone: no permission lookup, so a
      // kept rendering is served without reading the database.
      { method: 'GET', path: '/reports/:documentId.:ext', handler: 'views.report', config: { auth: false } },
      { method: 'GET', path: '/agencies/:agency/years/:year.:ext', handler: 'views.byAgencyYear', config: { auth: false } },
      // Published figures only, summed or cell by cell: open data, no permission lookup.
      { method: 'GET', path: '/rollups/:agency/:year.:ext', handler: 'rollups.file', config: { auth: false } },
      { method: 'GET', path: '/statistics/:year.:ext', handler: 'statistics.year', config: { auth: false } },
      // Readiness: the database answers (a supervisor's check beside /_health, which only says the process does).
      { method: 'GET', path: '/ready', handler: 'health.ready', config: { auth: false } },
    ],
  },
};
