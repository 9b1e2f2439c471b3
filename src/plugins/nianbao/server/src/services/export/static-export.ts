/**
 * A static copy of the public view for nginx or a CDN: every published report in every format at
 * the public route's path (`reports/<documentId>.<ext>`), index pages for all reports, per agency and
 * per year, and `manifest.json`. Incremental: a report whose stamp (its content's identity) is the
 * one the manifest holds, with its files present, is not rendered again. A withdrawn report's files
 * are replaced by a page carrying its 撤回说明 (and it is listed as withdrawn in `manifest.json`, for
 * a server that answers 410 as the public routes do); a deleted one's files are removed.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { renderListing, renderWithdrawn, type ListedReport } from '#format';
import { VIEW_FORMATS } from '../../../../shared/contracts/formats';
import { REPORT_UID } from '../../../../shared/constants';
import { loadView, viewStamp } from '../views/view-source';
import { publicState, withdrawalMessage } from '../workflow/public-state';
import { FORMATS } from './formats';

const MANIFEST = 'manifest.json';
const MANIFEST_VERSION = 1;

interface Entry {
  stamp: string | null;
  agency: string;
  agencyId: string | null;
  year: number;
  title: string;
  state: 'published' | 'withdrawn';
  withdrawn?: string;
}

interface Manifest {
  version: number;
  exportedAt: string;
  reports: Record<string, Entry>;
}

export interface StaticExportSummary {
  rendered: number;
  unchanged: number;
  withdrawn: number;
  removed: number;
  dir: string;
}

export type ExportProgress = (done: number, total: number, title: string) => void;

/** Written beside and renamed over, so a reader (or an interrupted export) never sees half a file. */
function writeFile(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

function readManifest(dir: string): Manifest {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    if (manifest.version === MANIFEST_VERSION && manifest.reports) return manifest;
  } catch {
    // None yet, or unreadable: everything is written afresh.
  }
  return { version: MANIFEST_VERSION, exportedAt: '', reports: {} };
}

const reportFile = (dir: string, documentId: string, ext: string) => path.join(dir, 'reports', `${documentId}.${ext}`);
const hasAllFiles = (dir: string, documentId: string) => VIEW_FORMATS.every((f) => fs.existsSync(reportFile(dir, documentId, f.ext)));
const removeFiles = (dir: string, documentId: string) => VIEW_FORMATS.forEach((f) => fs.rmSync(reportFile(dir, documentId, f.ext), { force: true }));

interface Row {
  documentId: string;
  title: string;
  year: number;
  publishedAt: string | null;
  agency: { documentId: string; name: string } | null;
}

export async function exportStatic(strapi: Core.Strapi, dir: string, progress?: ExportProgress): Promise<StaticExportSummary> {
  const previous = readManifest(dir);
  const rows: Row[] = await strapi.db.query(REPORT_UID).findMany({
    select: ['documentId', 'title', 'year', 'publishedAt'],
    populate: { agency: { select: ['documentId', 'name'] } },
  });
  const byDocument = new Map<string, Row>();
  for (const row of rows) if (row.publishedAt || !byDocument.has(row.documentId)) byDocument.set(row.documentId, row);

  const reports: Record<string, Entry> = {};
  const summary: StaticExportSummary = { rendered: 0, unchanged: 0, withdrawn: 0, removed: 0, dir };
  const documents = [...byDocument.values()];
  let done = 0;
  for (const row of documents) {
    const base = { agency: row.agency?.name ?? '', agencyId: row.agency?.documentId ?? null, year: row.year, title: row.title };
    if (row.publishedAt) {
      const stamp = await viewStamp(strapi, row.documentId, 'published');
      if (stamp && previous.reports[row.documentId]?.stamp === stamp && hasAllFiles(dir, row.documentId)) {
        summary.unchanged++;
      } else {
        const view = (await loadView(strapi, row.documentId, 'published'))!;
        for (const { ext } of VIEW_FORMATS) writeFile(reportFile(dir, row.documentId, ext), await FORMATS[ext].render(view));
        summary.rendered++;
      }
      reports[row.documentId] = { ...base, stamp, state: 'published' };
    } else {
      const state = await publicState(strapi, row.documentId);
      if (state.state === 'withdrawn') {
        const notice = withdrawalMessage(state);
        removeFiles(dir, row.documentId);
        writeFile(reportFile(dir, row.documentId, 'html'), renderWithdrawn(row.title, notice));
        reports[row.documentId] = { ...base, stamp: null, state: 'withdrawn', withdrawn: notice };
        summary.withdrawn++;
      } else if (previous.reports[row.documentId]) {
        removeFiles(dir, row.documentId);
        summary.removed++;
      }
    }
    progress?.(++done, documents.length, row.title);
  }
  for (const documentId of Object.keys(previous.reports)) {
    if (byDocument.has(documentId)) continue;
    removeFiles(dir, documentId);
    summary.removed++;
  }
  writeIndexes(dir, reports, previous.reports);
  writeFile(path.join(dir, MANIFEST), `${JSON.stringify({ version: MANIFEST_VERSION, exportedAt: new Date().toISOString(), reports }, null, 2)}\n`);
  return summary;
}

/** index.html for everything, agencies/<id>/index.html and years/<year>/index.html; pages no longer listed are removed. */
function writeIndexes(dir: string, reports: Record<string, Entry>, previous: Record<string, Entry>): void {
  const listed = (prefix: string) =>
    Object.entries(reports).map(([documentId, e]): ListedReport => ({ href: `${prefix}reports/${documentId}`, agency: e.agency, year: e.year, title: e.title, withdrawn: e.withdrawn }));
  const entries = Object.entries(reports);
  const agencies = new Map(entries.filter(([, e]) => e.agencyId).map(([, e]) => [e.agencyId!, e.agency]));
  const years = [...new Set(entries.map(([, e]) => e.year))].sort((a, b) => b - a);
  const links = (prefix: string): [string, string][] => [['全部', `${prefix}index.html`], ...years.map((y): [string, string] => [`${y}年`, `${prefix}years/${y}/index.html`])];

  writeFile(path.join(dir, 'index.html'), renderListing({ title: '政府信息公开工作年度报告', links: links(''), reports: listed(''), formats: VIEW_FORMATS }));
  for (const [agencyId, name] of agencies) {
    const own = listed('../../').filter((_, i) => entries[i][1].agencyId === agencyId);
    writeFile(path.join(dir, 'agencies', agencyId, 'index.html'), renderListing({ title: `${name}政府信息公开工作年度报告`, links: links('../../'), reports: own, formats: VIEW_FORMATS }));
  }
  for (const year of years) {
    const own = listed('../../').filter((_, i) => entries[i][1].year === year);
    writeFile(path.join(dir, 'years', String(year), 'index.html'), renderListing({ title: `${year}年政府信息公开工作年度报告`, links: links('../../'), reports: own, formats: VIEW_FORMATS }));
  }
  for (const e of Object.values(previous)) {
    if (e.agencyId && !agencies.has(e.agencyId)) fs.rmSync(path.join(dir, 'agencies', e.agencyId), { recursive: true, force: true });
    if (!years.includes(e.year)) fs.rmSync(path.join(dir, 'years', String(e.year)), { recursive: true, force: true });
  }
}
