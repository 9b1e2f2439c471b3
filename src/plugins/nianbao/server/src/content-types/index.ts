/**
 * Records the plugin keeps for itself — publication snapshots, the audit log, publish jobs, which
 * agencies an administrator belongs to — as
 * plugin::nianbao.* types: hidden from the content manager, with no REST or GraphQL of their own.
 */
import publication from './publication/schema.json';
import auditEntry from './audit-entry/schema.json';
import publishJob from './publish-job/schema.json';
import agencyMembership from './agency-membership/schema.json';

export default {
  publication: { schema: publication },
  'audit-entry': { schema: auditEntry },
  'publish-job': { schema: publishJob },
  'agency-membership': { schema: agencyMembership },
};
