/**
 * The admin's one API layer: the plugin's endpoints on Strapi's own RTK Query api (the admin fetch
 * client underneath, so tokens and errors are handled as everywhere in the admin), with cache tags
 * so that a transition or an acknowledgement refreshes what shows it.
 */
import * as React from 'react';
import { adminApi, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { CheckConfigResponse, FindingsView } from '../../../shared/contracts/checks';
import type { ImportRequestBody, ImportResponse } from '../../../shared/contracts/imports';
import type { RollupResponse, RollupResult } from '../../../shared/contracts/rollups';
import type { MemberAgenciesRequest, MemberAgenciesResponse, MemberAgency } from '../../../shared/contracts/members';
import { AGENCY_UID } from '../../../shared/constants';
import type { DashboardRow, PublishJob, ReportListRow, ScheduleRequest, ScheduleResponse, WorkflowRequest, WorkflowStatus } from '../../../shared/contracts/workflow';

type Data<T> = { data: T };
const data = <T>(response: Data<T>): T => response.data;

/** An administrator as the admin's own users route lists them. */
export interface AdminUser {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string;
  roles: { name: string }[];
}

const api = adminApi.enhanceEndpoints({ addTagTypes: ['NianbaoReport', 'NianbaoFindings', 'NianbaoWorkflow', 'NianbaoJobs', 'NianbaoMembers'] }).injectEndpoints({
  endpoints: (build) => ({
    reports: build.query<ReportListRow[], void>({ query: () => '/nianbao/reports', transformResponse: data<ReportListRow[]>, providesTags: ['NianbaoReport'] }),
    dashboard: build.query<DashboardRow[], number>({ query: (year) => `/nianbao/dashboard?year=${year}`, transformResponse: data<DashboardRow[]>, providesTags: ['NianbaoReport'] }),
    checkConfig: build.query<CheckConfigResponse['data'], void>({ query: () => '/nianbao/check-config', transformResponse: data<CheckConfigResponse['data']> }),
    /** `version` (the draft's updatedAt) is part of the key: a save asks for the findings again. */
    findings: build.query<FindingsView, { documentId: string; version: string }>({
      query: ({ documentId }) => `/nianbao/reports/${documentId}/findings?status=draft`,
      transformResponse: data<FindingsView>,
      providesTags: (_r, _e, { documentId }) => [{ type: 'NianbaoFindings', id: documentId }],
    }),
    acknowledge: build.mutation<unknown, { documentId: string; fingerprint: string; reason: string }>({
      query: ({ documentId, ...body }) => ({ url: `/nianbao/reports/${documentId}/acknowledgements`, method: 'POST', data: body }),
      invalidatesTags: (_r, _e, { documentId }) => [{ type: 'NianbaoFindings', id: documentId }],
    }),
    /** The saved draft in the standard view, as HTML; `version` re-asks after a save. */
    preview: build.query<string, { documentId: string; version: string }>({
      query: ({ documentId }) => ({ url: `/nianbao/preview/${documentId}?status=draft`, config: { responseType: 'text' } }),
      providesTags: (_r, _e, { documentId }) => [{ type: 'NianbaoFindings', id: documentId }],
    }),
    workflow: build.query<WorkflowStatus, { documentId: string; version: string }>({
      query: ({ documentId }) => `/nianbao/reports/${documentId}/workflow`,
      transformResponse: data<WorkflowStatus>,
      providesTags: (_r, _e, { documentId }) => [{ type: 'NianbaoWorkflow', id: documentId }],
    }),
    transition: build.mutation<WorkflowStatus, WorkflowRequest & { documentId: string }>({
      query: ({ documentId, ...body }) => ({ url: `/nianbao/reports/${documentId}/workflow`, method: 'POST', data: body }),
      transformResponse: data<WorkflowStatus>,
      invalidatesTags: (_r, _e, { documentId }) => [{ type: 'NianbaoWorkflow', id: documentId }, { type: 'NianbaoFindings', id: documentId }, 'NianbaoReport'],
    }),
    jobs: build.query<PublishJob[], string>({
      query: (documentId) => `/nianbao/reports/${documentId}/schedule`,
      transformResponse: data<PublishJob[]>,
      providesTags: (_r, _e, id) => [{ type: 'NianbaoJobs', id }],
    }),
    schedule: build.mutation<ScheduleResponse, ScheduleRequest & { documentId: string }>({
      query: ({ documentId, ...body }) => ({ url: `/nianbao/reports/${documentId}/schedule`, method: 'POST', data: body }),
      transformResponse: data<ScheduleResponse>,
      invalidatesTags: (_r, _e, { documentId }) => [{ type: 'NianbaoJobs', id: documentId }, 'NianbaoReport'],
    }),
    cancelJob: build.mutation<PublishJob, { documentId: string; id: number }>({
      query: ({ id }) => ({ url: `/nianbao/schedule/${id}`, method: 'DELETE' }),
      transformResponse: data<PublishJob>,
      invalidatesTags: (_r, _e, { documentId }) => [{ type: 'NianbaoJobs', id: documentId }],
    }),
    /** A saved import adds or changes a draft, which the report list shows. */
    importReport: build.mutation<ImportResponse['data'], ImportRequestBody>({
      query: (body) => ({ url: '/nianbao/import', method: 'POST', data: body }),
      transformResponse: data<ImportResponse['data']>,
      invalidatesTags: (_r, _e, body) => (body.dryRun ? [] : ['NianbaoReport']),
    }),
    /** 机关与人员: the administrators (the admin's own route) and every agency to choose from (the content manager's). */
    adminUsers: build.query<AdminUser[], void>({
      query: () => '/admin/users?pageSize=100&sort=email:ASC',
      transformResponse: (res: Data<{ results: AdminUser[] }>) => res.data.results,
    }),
    agencyChoices: build.query<MemberAgency[], void>({
      query: () => `/content-manager/collection-types/${AGENCY_UID}?pageSize=100&sort=name:ASC`,
      transformResponse: (res: { results: MemberAgency[] }) => res.results.map(({ documentId, name }) => ({ documentId, name })),
    }),
    /** 汇总: the published tables of an agency and those below it, with each agency's for drilling down. */
    rollup: build.query<RollupResult, { agency: string; year: number }>({
      query: ({ agency, year }) => `/nianbao/rollups/${encodeURIComponent(agency)}/${year}`,
      transformResponse: (res: RollupResponse) => res.data,
      providesTags: ['NianbaoReport'],
    }),
    memberAgencies: build.query<MemberAgency[], number>({
      query: (id) => `/nianbao/users/${id}/agencies`,
      transformResponse: (res: MemberAgenciesResponse) => res.data.agencies,
      providesTags: (_r, _e, id) => [{ type: 'NianbaoMembers', id }],
    }),
    setMemberAgencies: build.mutation<MemberAgency[], MemberAgenciesRequest & { id: number }>({
      query: ({ id, ...body }) => ({ url: `/nianbao/users/${id}/agencies`, method: 'PUT', data: body }),
      transformResponse: (res: MemberAgenciesResponse) => res.data.agencies,
      invalidatesTags: (_r, _e, { id }) => [{ type: 'NianbaoMembers', id }, 'NianbaoReport'],
    }),
  }),
});

export const {
  useReportsQuery,
  useDashboardQuery,
  useCheckConfigQuery,
  useFindingsQuery,
  useAcknowledgeMutation,
  usePreviewQuery,
  useWorkflowQuery,
  useTransitionMutation,
  useJobsQuery,
  useScheduleMutation,
  useCancelJobMutation,
  useImportReportMutation,
  useAdminUsersQuery,
  useAgencyChoicesQuery,
  useRollupQuery,
  useMemberAgenciesQuery,
  useSetMemberAgenciesMutation,
} = api;

/** The Chinese message of a failed call, as the server wrote it. */
export function errorMessage(error: unknown, fallback = '操作失败'): string {
  const e = error as { message?: string; data?: { error?: { message?: string } } } | undefined;
  return e?.data?.error?.message ?? e?.message ?? fallback;
}

/**
 * A file from the server (a view's format, the deadline CSV) saved under a Chinese name: through the
 * admin fetch client like every call, outside the cache, with a notice when it fails.
 */
export function useDownload(): (url: string, fileName: string) => Promise<void> {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  return React.useCallback(
    async (url: string, fileName: string) => {
      try {
        const res = (await get(url, { responseType: 'blob' } as never)) as unknown as { data: Blob };
        const href = URL.createObjectURL(res.data);
        const a = document.createElement('a');
        a.href = href;
        a.download = fileName;
        a.click();
        URL.revokeObjectURL(href);
      } catch (error) {
        toggleNotification({ type: 'danger', message: `下载失败：${errorMessage((error as { response?: unknown }).response ?? error)}` });
      }
    },
    [get, toggleNotification],
  );
}
