/** Takes a draft through 提交审核 and 审核通过 as the test administrator (a super admin reviews). */
import type { TestApp } from './strapi';

export async function approve(app: TestApp, documentId: string): Promise<void> {
  const auth = { Authorization: `Bearer ${await app.adminToken()}` };
  for (const action of ['submit', 'approve']) {
    const res = await app.http().post(`/nianbao/reports/${documentId}/workflow`).set(auth).send({ action });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${res.text}`);
  }
}

/** Gives every finding that needs one a reason (lateness included), approves and publishes. */
export async function publishWithReasons(app: TestApp, documentId: string, reason = '已核实'): Promise<void> {
  const auth = { Authorization: `Bearer ${await app.adminToken()}` };
  const findings = await app.http().get(`/nianbao/reports/${documentId}/findings`).set(auth);
  for (const f of findings.body.data.findings.filter((x: { needsAcknowledgement: boolean; acknowledgement: unknown }) => x.needsAcknowledgement && !x.acknowledgement)) {
    const res = await app.http().post(`/nianbao/reports/${documentId}/acknowledgements`).set(auth).send({ fingerprint: f.fingerprint, reason });
    if (res.status !== 200) throw new Error(`acknowledge: ${res.status} ${res.text}`);
  }
  await approve(app, documentId);
  await app.strapi.documents('api::annual-report.annual-report').publish({ documentId });
}
