/** The static export's index pages: every report with a link to every format, withdrawn ones named, all text escaped. */
import { renderListing, renderWithdrawn } from '../../src/format';

const FORMATS = [
  { ext: 'html', label: '网页' },
  { ext: 'pdf', label: 'PDF' },
];

const page = () =>
  renderListing({
    title: '2023年政府信息公开工作年度报告',
    links: [['全部', '../../index.html'], ['2023年', '../../years/2023/index.html']],
    formats: FORMATS,
    reports: [
      { href: '../../reports/a1', agency: '乙局', year: 2023, title: '乙局2023年政府信息公开工作年度报告' },
      { href: '../../reports/b2', agency: '甲局', year: 2024, title: '甲局2024年政府信息公开工作年度报告' },
      { href: '../../reports/c3', agency: '<丙局>', year: 2023, title: '丙局2023年报 & 更正', withdrawn: '该年报已于2025-03-02撤回：数据有误' },
    ],
  });

test('lists the newest year first, then agencies in pinyin order, each with a link per format', () => {
  const html = page();
  const rows = html.match(/<tr><td>.*?<\/tr>/g)!;
  expect(rows.map((r) => r.match(/<td>(.*?)<\/td>/)![1])).toEqual(['甲局', '&lt;丙局&gt;', '乙局']);
  expect(rows[0]).toContain('<a href="../../reports/b2.html">甲局2024年政府信息公开工作年度报告</a>');
  expect(rows[0]).toContain('<a href="../../reports/b2.html">网页</a> <a href="../../reports/b2.pdf">PDF</a>');
  expect(html).toContain('<title>2023年政府信息公开工作年度报告</title>');
  expect(html).toContain('<a href="../../index.html">全部</a> · <a href="../../years/2023/index.html">2023年</a>');
});

test('a withdrawn report is named with its notice and no downloads; the count says so', () => {
  const html = page();
  const withdrawn = html.match(/<tr><td>&lt;丙局&gt;.*?<\/tr>/)![0];
  expect(withdrawn).toContain('<td>丙局2023年报 &amp; 更正</td>');
  expect(withdrawn).toContain('<a href="../../reports/c3.html">该年报已于2025-03-02撤回：数据有误</a>');
  expect(withdrawn).not.toContain('.pdf');
  expect(html).toContain('<p>共 2 份已发布的年报，1 份已撤回。</p>');
  expect(renderListing({ title: 't', links: [], formats: FORMATS, reports: [] })).toContain('<p>共 0 份已发布的年报。</p>');
});

test('the withdrawal page carries the title and the notice, escaped', () => {
  const html = renderWithdrawn('甲局<2023>年报', '该年报已撤回（未填写撤回说明）');
  expect(html).toContain('<h1>甲局&lt;2023&gt;年报</h1>');
  expect(html).toContain('<p>该年报已撤回（未填写撤回说明）</p>');
});
