/** Shortcuts for the annual-report endpoints used by several API suites. */
import type { TestApp } from './strapi';

export const UID = 'api::annual-report.annual-report';
export const CM = `/content-manager/collection-types/${UID}`;

export async function createAgency(app: TestApp, token: string, data: Record<string, unknown>): Promise<string> {
  const res = await app.http().post('/api/agencies').set({ Authorization: `Bearer ${token}` }).send({ data });
  if (res.status !== 201) throw new Error(`agency ${res.status}: ${res.text}`);
  return res.body.data.documentId;
}

/** The public view of a report: what citizens and the portal get; null only for a 404, anything else fails. */
export async function publicVersion(app: TestApp, documentId: string) {
  const res = await app.http().get(`/api/annual-reports/${documentId}`);
  if (res.status === 404) return null;
  if (res.status !== 200) throw new Error(`GET /api/annual-reports/${documentId}: ${res.status} ${res.text}`);
  return res.body.data;
}
