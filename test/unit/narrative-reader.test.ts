/** How the narrative is read: plain text, figures with their phrase, clause and sentence, and text similarity. */
import fc from 'fast-check';
import { findFigures, parseChineseInteger, similarity } from '../../src/format';
import { plain } from '../../src/format/rules/text';

/** What plain() did as a chain of regular expressions, before it became one scan. */
const pipeline = (s: string) =>
  s
    .replace(/[\uFF10-\uFF19\uFF05\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/<[^>]+>/g, '')
    .replace(/[*_#>`]/g, '')
    .replace(/[^\S\n]+/g, '')
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n|\n$/g, '');

describe('plain text', () => {
  test('is what the regular-expression chain gave, on any mix of tags, marks, spaces and lines', () => {
    const piece = fc.constantFrom('<', '>', '<b>', '*', '_', '#', '`', ' ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '\u2028', '１', '％', '．', 'a', '中', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => plain(pieces.join('')) === pipeline(pieces.join(''))),
      { numRuns: process.env.STRYKER_MUTATOR_WORKER ? 200 : 5000 },
    );
  });

  test('keeps one line end between paragraphs and none at the ends', () => {
    expect(plain('\n\n一、总体情况\n\n  2023年，**我局**  <b>收到</b>申请１２件。\r\n\n')).toBe('一、总体情况\n2023年，我局收到申请12件。');
    expect(plain(null)).toBe('');
    expect(plain('a<>b')).toBe('a<b');
  });
});

/** How figures were found with one regular expression, before the scan over character codes. */
const FIGURE = /(约|近)?(\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(万)?(余|多)?(人次|万元|件|条|次|个|期|场|篇|项|份|家|元|%)(余|多)?/g;
const byRegExp = (text: string) =>
  [...text.matchAll(FIGURE)].flatMap((m) => {
    const index = m.index! + (m[1]?.length ?? 0);
    if (text[index - 1] === '第' || /[\d.]/.test(text[index - 1] ?? '')) return [];
    const n = /\d/.test(m[2]) ? Number(m[2].replace(/,/g, '')) : parseChineseInteger(m[2])!;
    const wan = Boolean(m[3]) && m[5] === '元';
    return [{ value: m[3] && !wan ? n * 10000 : n, unit: wan ? '万元' : m[5], approx: Boolean(m[1] || m[4] || m[6] || (m[3] && !wan)), raw: m[0], index }];
  });

describe('figures', () => {
  test('are what the regular expression found, on any mix of numbers, units, 万, 约/余 and ordinals', () => {
    const piece = fc.constantFrom('0', '1', '9', '12', ',', ',000', '.', '.5', '一', '十', '百', '两', '零', '万', '余', '多', '约', '近', '第', '件', '条', '人', '次', '人次', '元', '万元', '%', '，', '。', '（', '）', '\n', '收到');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const got = findFigures(text).figures.map(({ value, unit, approx, raw, index }) => ({ value, unit, approx, raw, index }));
        expect(got).toEqual(byRegExp(plain(text)));
      }),
      { numRuns: process.env.STRYKER_MUTATOR_WORKER ? 300 : 5000 },
    );
  });

  test('each with its value, unit, lead, phrase, trail, sentence and whether it stands in （…）', () => {
    const { figures } = findFigures('全年收到申请12件，其中予以公开、部分公开共8件（含当面申请3件）。答复11件。');
    expect(figures.map((f) => [f.value, f.unit, f.lead, f.phrase, f.trail, f.inParentheses])).toEqual([
      [12, '件', '全年收到申请', '全年收到申请', '', false],
      [8, '件', '部分公开共', '，其中予以公开、部分公开共', '（含当面申请', false],
      [3, '件', '（含当面申请', '（含当面申请', '）', true],
      [11, '件', '答复', '答复', '', false],
    ]);
    expect(figures[1].sentence).toBe('全年收到申请12件，其中予以公开、部分公开共8件（含当面申请3件）。');
    expect(figures[3].sentence).toBe('答复11件。');
  });

  test('a line end closes a sentence, and a 。 closes a parenthesis left open', () => {
    const { figures } = findFigures('发布信息120条\n其中政策文件20条（见附件。工作动态100条。');
    expect(figures.map((f) => [f.value, f.sentence, f.inParentheses])).toEqual([
      [120, '发布信息120条\n', false],
      [20, '其中政策文件20条（见附件。', false],
      [100, '工作动态100条。', false],
    ]);
  });

  test('Chinese numerals, 万, approximations, and what is not a figure', () => {
    const { figures } = findFigures('办结二十六件，收费1.5万元，约3万余条，近百篇，第七期，2.5件');
    expect(figures.map((f) => [f.value, f.unit, f.approx])).toEqual([
      [26, '件', false],
      [1.5, '万元', false],
      [30000, '条', true],
      [100, '篇', true],
      [2.5, '件', false],
    ]);
    expect(parseChineseInteger('一百零五')).toBe(105);
    expect(parseChineseInteger('三万五千')).toBe(35000);
    expect(parseChineseInteger('十')).toBe(10);
    expect(parseChineseInteger('十二')).toBe(12);
    expect(parseChineseInteger('12')).toBeNull();
    expect(parseChineseInteger('')).toBeNull();
  });
});

describe('similarity', () => {
  const text = '本机关认真贯彻落实政府信息公开条例，主动公开政府信息，规范办理依申请公开，加强平台建设和监督保障。'.repeat(3);

  test('is 1 for the same text, 0 for texts with nothing in common, and reads both again when they change', () => {
    expect(similarity(text, text)).toBe(1);
    expect(similarity(text, '甲乙丙丁戊己庚辛壬癸'.repeat(20))).toBe(0);
    expect(similarity('', text)).toBe(0);
    expect(similarity(text, '')).toBe(0);
    const shared = '本机关认真贯彻落实政府信息公开条例，主动公开政府信息，规范办理依申请公开。';
    const a = shared + '今年重点推进基层政务公开标准化规范化建设，完善目录和流程。';
    const b = shared + '明年将聚焦政策解读回应关切，丰富图表音视频等多种解读形式。';
    const share = similarity(a, b);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
    expect(similarity(b, a)).toBeCloseTo(share, 1);
    expect(similarity(text, text)).toBe(1);
  });
});
