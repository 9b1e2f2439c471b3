/** What the findings endpoints return: findings with their acknowledgements, and the verdict. */
import { needsAcknowledgement, publicationDecision, type Acknowledgement, type CheckResult } from '#format';
import type { FindingsView } from '../../../../shared/contracts/checks';

export function verdict(result: CheckResult, acknowledgements: Acknowledgement[]): { publishable: boolean; verdict: string } {
  const decision = publicationDecision(result.findings, acknowledgements);
  if (decision.errors.length) return { publishable: false, verdict: `有${decision.errors.length}处错误，改正后才能发布` };
  if (decision.unacknowledged.length) {
    return { publishable: false, verdict: `有${decision.unacknowledged.length}条警告需要说明理由后才能发布` };
  }
  return { publishable: true, verdict: result.warnings ? '警告均已说明理由，可以发布' : '校验通过，可以发布' };
}

export function findingsView(result: CheckResult, acknowledgements: Acknowledgement[]): FindingsView {
  const byFingerprint = new Map(acknowledgements.map((a) => [a.fingerprint, a]));
  return {
    status: result.status,
    errors: result.errors,
    warnings: result.warnings,
    infos: result.infos,
    ...verdict(result, acknowledgements),
    findings: result.findings.map((f) => ({
      ...f,
      needsAcknowledgement: needsAcknowledgement(f),
      acknowledgement: byFingerprint.get(f.fingerprint) ?? null,
    })),
    acknowledgements,
  };
}
