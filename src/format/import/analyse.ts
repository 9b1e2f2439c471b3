/** A source read, parsed, checked and shown, without a database: the dry run, the CLI's and the API's. */
import { runChecks, type CheckConfig, type CheckResult } from '../rules';
import { reportView, renderHtml, type ViewInput } from '../render';
import { parseReport, type ImportNote, type ImportedReport } from './parse';
import { readSource, type SourceKind } from './read-source';

export interface ImportRequest {
  name: string;
  content: Buffer;
  agency?: string;
  year?: number;
  dryRun?: boolean;
}

export interface ImportOutcome {
  name: string;
  kind: SourceKind;
  report: ImportedReport;
  notes: ImportNote[];
  checks: CheckResult;
  /** The standard view of what was read, to set beside the source. */
  html: string;
  documentId: string | null;
  action: 'created' | 'updated' | 'dry-run' | 'failed';
  error?: string;
}

/** Reads and checks a source without touching the database. */
export async function analyseSource(request: ImportRequest, config?: Partial<CheckConfig>): Promise<ImportOutcome> {
  const { kind, lines } = await readSource(request.name, request.content);
  const { report, notes } = parseReport(lines, { agencyName: request.agency, year: request.year });
  // Checked as the archive it is: its timeliness comes from the date its source states, if any.
  const checks = runChecks({ ...report, imported: true }, { config });
  const html = renderHtml(reportView({ ...report, agency: { name: report.agencyName }, year: report.year ?? 0 } as ViewInput));
  const outcome: ImportOutcome = { name: request.name, kind, report, notes, checks, html, documentId: null, action: 'dry-run' };
  if (!report.agencyName || report.year == null) {
    return { ...outcome, action: 'failed', error: !report.agencyName ? '无法确定机关名称，请用 --agency 指定' : '无法确定年度，请用 --year 指定' };
  }
  return outcome;
}

