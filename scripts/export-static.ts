/**
 * npm run export:static -- <folder>
 *
 * Writes every published report in every format, index pages per agency and per year and
 * manifest.json into the folder, for nginx or a CDN to serve. Run again, it renders only the
 * reports published or corrected since, replaces withdrawn ones by their 撤回说明 and removes
 * deleted ones.
 */
import path from 'path';
import cliProgress from 'cli-progress';
import { withStrapi } from './with-strapi';
import type { ExportProgress, StaticExportSummary } from '../src/plugins/nianbao/server/src/services/export/static-export';

type Exports = { exportStatic(dir: string, progress?: ExportProgress): Promise<StaticExportSummary> };

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  process.stderr.write('用法：npm run export:static -- <输出文件夹>\n');
  process.exit(2);
}
const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);

async function main() {
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: '导出 [{bar}] {value}/{total} {title}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  const summary = await withStrapi((strapi) =>
    (strapi.plugin('nianbao').service('staticExport') as Exports).exportStatic(dir, (done, total, title) => {
      if (!bar) return;
      if (!started) bar.start(total, 0, { title: '' });
      started = true;
      bar.update(done, { title });
    }),
  );
  bar?.stop();
  process.stdout.write(
    `已导出到 ${summary.dir}：新生成 ${summary.rendered} 份，未变 ${summary.unchanged} 份，已撤回 ${summary.withdrawn} 份，已删除 ${summary.removed} 份。\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`导出失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
