/**
 * Index pages of a static export: the published reports of every agency and year, one row each,
 * with a link to every format, and withdrawn reports named as withdrawn. Pages in the view's style.
 */
import { escapeHtml, htmlPage } from './html';

export interface ListedReport {
  /** Path of the report's files without the extension, relative to the page. */
  href: string;
  agency: string;
  year: number;
  title: string;
  /** 撤回 notice, when the report was withdrawn. */
  withdrawn?: string;
}

export interface Listing {
  title: string;
  /** Links to the other index pages: [label, href]. */
  links: [string, string][];
  reports: ListedReport[];
  formats: readonly { ext: string; label: string }[];
}

function row(r: ListedReport, formats: Listing['formats']): string {
  const files = r.withdrawn
    ? `<a href="${escapeHtml(`${r.href}.html`)}">${escapeHtml(r.withdrawn)}</a>`
    : formats.map((f) => `<a href="${escapeHtml(`${r.href}.${f.ext}`)}">${escapeHtml(f.label)}</a>`).join(' ');
  return `<tr><td>${escapeHtml(r.agency)}</td><td>${r.year}</td><td>${r.withdrawn ? escapeHtml(r.title) : `<a href="${escapeHtml(`${r.href}.html`)}">${escapeHtml(r.title)}</a>`}</td><td>${files}</td></tr>`;
}

export function renderListing(listing: Listing): string {
  const sorted = [...listing.reports].sort((a, b) => b.year - a.year || a.agency.localeCompare(b.agency, 'zh-CN'));
  const links = listing.links.map(([label, href]) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`).join(' · ');
  const body = `<header>
<h1>${escapeHtml(listing.title)}</h1>
${links ? `<div class="period">${links}</div>` : ''}
</header>
<table>
<thead><tr><th scope="col">机关</th><th scope="col">年度</th><th scope="col">年报</th><th scope="col">下载</th></tr></thead>
<tbody>
${sorted.map((r) => row(r, listing.formats)).join('\n')}
</tbody>
</table>
<p>共 ${sorted.filter((r) => !r.withdrawn).length} 份已发布的年报${sorted.some((r) => r.withdrawn) ? `，${sorted.filter((r) => r.withdrawn).length} 份已撤回` : ''}。</p>`;
  return htmlPage(listing.title, body);
}

/** The page a withdrawn report's address shows instead of the report. */
export function renderWithdrawn(title: string, notice: string): string {
  return htmlPage(title, `<header>\n<h1>${escapeHtml(title)}</h1>\n</header>\n<p>${escapeHtml(notice)}</p>`);
}
