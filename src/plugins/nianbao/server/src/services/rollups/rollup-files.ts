/**
 * A roll-up as a file: JSON with everything, or the summed tables as the standard view's CSV and
 * workbook — the same cells, labels and layout as one report's — the workbook with a sheet listing
 * each agency and whether it published on time.
 */
import { renderCsv, reportView, rollupTitle } from '#format';
import { renderXlsx } from '#format/office';
import type { RollupResult } from '../../../../shared/contracts/rollups';
import { FORMATS } from '../export/formats';

export const ROLLUP_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type RollupFormat = (typeof ROLLUP_FORMATS)[number];

const AGENCY_SHEET = ['机关', '机关类型', '法定期限', '首次发布日期', '逾期天数', '状态'];

function agencyState(a: RollupResult['agencies'][number]): string {
  if (!a.report) return '未发布';
  if (!a.report.counted) return '已发布（格式不同，未计入）';
  return a.report.daysLate ? '逾期发布' : '已发布';
}

export async function rollupFile(result: RollupResult, ext: RollupFormat): Promise<{ body: string | Buffer; type: string; title: string }> {
  const title = rollupTitle(result.agency.name, result.year);
  if (ext === 'json') return { body: JSON.stringify({ data: result }, null, 2), type: FORMATS.json.type, title };
  const view = reportView({ title, agency: { name: result.agency.name }, year: result.year, formatVersion: result.formatVersion as never, ...result.tables });
  if (ext === 'csv') return { body: renderCsv(view), type: FORMATS.csv.type, title };
  const rows = result.agencies.map((a) => [a.name, a.type, a.deadline, a.report?.publishedOn ?? null, a.report?.daysLate ?? null, agencyState(a)]);
  return { body: await renderXlsx(view, [{ name: '各机关发布情况', header: AGENCY_SHEET, rows }]), type: FORMATS.xlsx.type, title };
}
