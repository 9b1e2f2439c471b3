/** Every downloadable format of the standard view: how it is rendered, its media type and disposition. */
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderText, type ReportView } from '#format';
import { renderDocx, renderPdf, renderXlsx } from '#format/office';
import type { ViewFormat } from '../../../../shared/contracts/formats';

export interface Format {
  type: string;
  inline: boolean;
  render: (view: ReportView) => Promise<string | Buffer> | string;
}

/** Every format the admin offers (shared contract) has a renderer here; the compiler checks both ways. */
export const FORMATS: Readonly<Record<ViewFormat, Format>> = Object.freeze({
  html: { type: 'text/html; charset=utf-8', inline: true, render: renderHtml },
  txt: { type: 'text/plain; charset=utf-8', inline: true, render: renderText },
  md: { type: 'text/markdown; charset=utf-8', inline: true, render: renderMarkdown },
  csv: { type: 'text/csv; charset=utf-8', inline: false, render: renderCsv },
  json: { type: 'application/json; charset=utf-8', inline: true, render: renderJson },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', inline: false, render: renderDocx },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', inline: false, render: renderXlsx },
  pdf: { type: 'application/pdf', inline: false, render: renderPdf },
});

export const FORMAT_NAMES = Object.keys(FORMATS) as ViewFormat[];

/** RFC 6266/5987: an ASCII fallback name and the Chinese name, UTF-8 percent-encoded. */
export function contentDisposition(inline: boolean, title: string, fallback: string, ext: string): string {
  const name = `${title}.${ext}`;
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
