/** Takes a draft through 提交审核 and 审核通过 as the test administrator (a super admin reviews). */
import type { TestApp } from './strapi';

export async function approve(app: TestApp, documentId: string): Promise<void> {
  const auth = { Authorization: `Bearer ${await app.adminToken()}` };
  for (const action of ['submit', 'approve']) {
    const res = await app.http().post(`/nianbao/reports/${documentId}/workflow`).set(auth).send({ action });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${res.text}`);
  }
}
