const admin = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/reports/:documentId/findings', handler: 'checks.findings', config: admin },
      { method: 'POST', path: '/reports/:documentId/acknowledgements', handler: 'checks.acknowledge', config: admin },
      { method: 'DELETE', path: '/reports/:documentId/acknowledgements', handler: 'checks.withdraw', config: admin },
      { method: 'POST', path: '/check', handler: 'checks.dryRun', config: admin },
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/reports/:documentId/findings', handler: 'checks.publishedFindings' },
      { method: 'POST', path: '/check', handler: 'checks.dryRun' },
    ],
  },
};
