/** How each source becomes lines of cells with a reference back into it, before any parsing. */
import { linesFromHtml, linesFromText } from '../../src/format/import/lines';

describe('lines of text', () => {
  test('tab- or pipe-separated cells, trimmed, trailing blanks kept as positions, with the line number of the file', () => {
    const text = '\uFEFF标题\r\n\r\n一\t2\t 3 \t\t\r\n|（一）| 4 |5|\r类别\t|分隔\n  前导空格  \n';
    expect(linesFromText(text)).toEqual([
      { cells: ['标题'], ref: '第1行' },
      { cells: ['一', '2', '3', '', ''], ref: '第3行' },
      { cells: ['', '（一）', '4', '5', ''], ref: '第4行' },
      { cells: ['类别', '|分隔'], ref: '第5行' },
      { cells: ['前导空格'], ref: '第6行' },
    ]);
  });

  test('rules, dashes and empty lines are noise', () => {
    expect(linesFromText('-----\n|---|---|\n— — —\n___\n===\n \t \n\t\n数据\n')).toEqual([{ cells: ['数据'], ref: '第8行' }]);
    expect(linesFromText('')).toEqual([]);
  });

  test('a BOM only at the start is dropped; one inside a line stays', () => {
    expect(linesFromText('\uFEFFa\uFEFFb')).toEqual([{ cells: ['a\uFEFFb'], ref: '第1行' }]);
    expect(linesFromText('a\uFEFFb')).toEqual([{ cells: ['a\uFEFFb'], ref: '第1行' }]);
    expect(linesFromText('\u3000\n\u3000数据\u3000')).toEqual([{ cells: ['数据'], ref: '第2行' }]);
  });
});

describe('lines of HTML', () => {
  test('paragraphs and headings in order, inline markup joined, line breaks splitting', () => {
    const html = '<html><head><title>标题不算</title><style>p{}</style></head><body><h1>某某局2023年<b>政府信息</b>公开工作年度报告</h1><p>第一段<span>接着</span>写。<br>第二行</p><div>分块\n  换行</div><script>var x = 1;</script>尾声</body></html>';
    expect(linesFromHtml(html)).toEqual([
      { cells: ['某某局2023年政府信息公开工作年度报告'], ref: '第1段' },
      { cells: ['第一段接着写。'], ref: '第2段' },
      { cells: ['第二行'], ref: '第3段' },
      { cells: ['分块'], ref: '第4段' },
      { cells: ['换行'], ref: '第5段' },
      { cells: ['尾声'], ref: '第6段' },
    ]);
  });

  test('table rows as cells, spans not repeated, blank cells kept as positions, empty rows left out', () => {
    const html = `<p>表前</p><table>
      <thead><tr><th colspan="2">项目</th><th>数量</th></tr></thead>
      <tbody><tr><td>（一）</td><td>&nbsp;</td><td> 1\n 2 </td></tr><tr><td>&nbsp;</td><td></td><td> </td></tr><tr><td>（二）</td><td>3</td><td>4</td></tr></tbody>
      <tfoot><tr><td>合计</td><td>7</td><td>8</td></tr></tfoot></table><table><tr><td>第二个</td></tr></table><p>表后</p>`;
    expect(linesFromHtml(html)).toEqual([
      { cells: ['表前'], ref: '第1段' },
      { cells: ['项目', '数量'], ref: '第1个表格第1行' },
      { cells: ['（一）', '', '1 2'], ref: '第1个表格第2行' },
      { cells: ['（二）', '3', '4'], ref: '第1个表格第4行' },
      { cells: ['合计', '7', '8'], ref: '第1个表格第5行' },
      { cells: ['第二个'], ref: '第2个表格第1行' },
      { cells: ['表后'], ref: '第7段' },
    ]);
  });

  test('a layout table is read through; a one-row table inside a cell is that cell’s text', () => {
    const html = `<table><tr><td><p>正文</p><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table></td></tr></table>
      <table><tr><td>丙<table><tr><td>内嵌</td></tr></table></td><td>3</td></tr></table>`;
    expect(linesFromHtml(html)).toEqual([
      { cells: ['正文'], ref: '第1段' },
      { cells: ['甲', '1'], ref: '第1个表格第1行' },
      { cells: ['乙', '2'], ref: '第1个表格第2行' },
      { cells: ['丙内嵌', '3'], ref: '第2个表格第1行' },
    ]);
  });

  test('a layout table inside a block is read through as well', () => {
    const html = '<div><table><tr><td><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table></td></tr></table></div>';
    expect(linesFromHtml(html)).toEqual([
      { cells: ['甲', '1'], ref: '第1个表格第1行' },
      { cells: ['乙', '2'], ref: '第1个表格第2行' },
    ]);
  });

  test('comments, scripts and styles are not text; spaces inside a paragraph or a cell are kept once', () => {
    const html = '<body><!-- 注释 --><p>  甲\u00a0 乙   丙 </p><script>var a = "<p>x</p>";</script><style>p { color: red }</style><table><tr><td> 1   2 </td><td>三\n四</td></tr></table></body>';
    expect(linesFromHtml(html)).toEqual([
      { cells: ['甲  乙   丙'], ref: '第1段' },
      { cells: ['1 2', '三 四'], ref: '第1个表格第1行' },
    ]);
  });

  test('a fragment without <body> and a lone text', () => {
    expect(linesFromHtml('<li>一</li><li>二</li>')).toEqual([
      { cells: ['一'], ref: '第1段' },
      { cells: ['二'], ref: '第2段' },
    ]);
    expect(linesFromHtml('只有文字')).toEqual([{ cells: ['只有文字'], ref: '第1段' }]);
    expect(linesFromHtml('')).toEqual([]);
  });
});
