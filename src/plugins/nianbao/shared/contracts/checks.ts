/** Request and response shapes of the check endpoints, for the server and the admin alike. */
import type { Acknowledgement, CheckConfig, CheckResult, Finding } from '#format';

/** GET /nianbao/check-config */
export interface CheckConfigResponse {
  data: CheckConfig;
}

export interface FindingView extends Finding {
  needsAcknowledgement: boolean;
  acknowledgement: Acknowledgement | null;
}

/** GET /nianbao/reports/:documentId/findings: the findings with their acknowledgements, and the verdict. */
export interface FindingsView {
  status: CheckResult['status'];
  errors: number;
  warnings: number;
  infos: number;
  publishable: boolean;
  verdict: string;
  findings: FindingView[];
  acknowledgements: Acknowledgement[];
}
