/** Request and response shapes of the review, schedule, list and dashboard endpoints. */
import type { AgencyType } from '#format';
import type { HistoryEntry, Stage, WorkflowAction } from '../transitions';

export interface PublicationSummary {
  version: number;
  title: string;
  publicationTime: string;
  publishedBy: string;
  correctionNote: string | null;
  sha256: string;
}

/** GET and POST /nianbao/reports/:documentId/workflow */
export interface WorkflowStatus {
  documentId: string;
  stage: Stage;
  stageLabel: string;
  history: HistoryEntry[];
  publications: PublicationSummary[];
  audit: unknown[];
}

export interface WorkflowRequest {
  action: WorkflowAction;
  comment?: string;
}

export interface PublishJob {
  id: number;
  documentId: string;
  targetDocumentId: string;
  action: 'publish' | 'unpublish';
  executeAt: string;
  state: 'pending' | 'running' | 'done' | 'refused' | 'failed' | 'cancelled';
  attempts: number;
  lastError?: string | null;
}

/** POST /nianbao/reports/:documentId/schedule: the time in 北京时间, as typed. */
export interface ScheduleRequest {
  executeAt: string;
  action?: 'publish' | 'unpublish';
}

export interface ScheduleResponse {
  job: PublishJob;
  /** Set when the time is after the legal deadline. */
  warning: string | null;
}

/** GET /nianbao/reports: one line per report, draft and published version together. */
export interface ReportListRow {
  documentId: string;
  title: string;
  year: number;
  agency: string;
  published: boolean;
  publishedAt: string | null;
  checkSummary: string | null;
  checkStatus: string | null;
}

export type DashboardState = '未创建' | '拟稿' | '待审核' | '已审核' | '已排期' | '已发布' | '逾期';

/** GET /nianbao/dashboard?year= */
export interface DashboardRow {
  agency: string;
  agencyType: AgencyType;
  documentId: string | null;
  state: DashboardState;
  deadline: string | null;
  /** Positive: days left; negative: days late (for a published report, late on the day it was published). */
  daysToDeadline: number | null;
  publishedOn: string | null;
  checkSummary: string | null;
}
