/**
 * The content types the product works on, named once for the server and the admin. Reports,
 * agencies, catalogue entries and open-day events are the portal's API; publications, the audit log
 * and publish jobs are records the plugin keeps for itself.
 */
export const REPORT_UID = 'api::annual-report.annual-report' as const;
export const AGENCY_UID = 'api::agency.agency' as const;
export const CATALOG_UID = 'api::catalog-entry.catalog-entry' as const;
export const OPEN_DAY_UID = 'api::open-day-event.open-day-event' as const;
export const PUBLICATION_UID = 'plugin::nianbao.publication' as const;
export const AUDIT_UID = 'plugin::nianbao.audit-entry' as const;
export const JOB_UID = 'plugin::nianbao.publish-job' as const;
export const MEMBERSHIP_UID = 'plugin::nianbao.agency-membership' as const;

/**
 * Report fields only the server writes: the write guard strips them from every body, and the
 * admin shows them read-only or not at all.
 */
export const REPORT_SERVER_FIELDS = ['title', 'agencyYear', 'issuedOn', 'imported', 'sourceLabels', 'sourceSubtotals', 'checkStatus', 'checkSummary', 'checkFindings', 'checkedAt', 'acknowledgements', 'reviewStage', 'workflowHistory'] as const;

export const PLUGIN_ID = 'nianbao' as const;

/**
 * The plugin's own permissions, granted per role in Settings → Roles like any other (the server
 * registers them with the admin's action provider; routes and the admin check them by these ids).
 */
export const PLUGIN_ACTIONS = {
  review: { id: 'plugin::nianbao.review', uid: 'review', displayName: '审核/退回' },
  schedule: { id: 'plugin::nianbao.schedule', uid: 'schedule', displayName: '定时发布' },
  import: { id: 'plugin::nianbao.import', uid: 'import', displayName: '导入' },
  deadlines: { id: 'plugin::nianbao.deadlines', uid: 'deadlines', displayName: '截止日期' },
  members: { id: 'plugin::nianbao.members', uid: 'members', displayName: '机关与人员' },
  rollups: { id: 'plugin::nianbao.rollups', uid: 'rollups', displayName: '汇总统计' },
} as const;
export type PluginAction = keyof typeof PLUGIN_ACTIONS;

/** The RBAC condition 「本机关及下属机关」: on reports, catalog entries and open-day events by their agency, on agencies by themselves. */
export const OWN_AGENCIES_CONDITION = 'plugin::nianbao.own-agencies' as const;
export const OWN_AGENCY_RECORDS_CONDITION = 'plugin::nianbao.own-agency-records' as const;
