/** The two small pure helpers everything else leans on: label folding and CSV fields. */
import { distance, labelKey, labelScore, norm } from '../../src/format/label-match';
import { csvDocument, csvField } from '../../src/format';

describe('label folding', () => {
  test('NFKC, every kind of space, numbering and punctuation fold away', () => {
    expect(norm('Ａ　B\u00a0 c\td')).toBe('ABcd');
    expect(labelKey('（一）予以公开')).toBe('予以公开');
    expect(labelKey('(十二) 其他')).toBe('其他');
    expect(labelKey('三、本年度办理结果')).toBe('本年度办理结果');
    expect(labelKey('12．属于国家秘密')).toBe('属于国家秘密');
    expect(labelKey('1、危及“三安全一稳定”')).toBe('危及三安全一稳定');
    expect(labelKey('一二三')).toBe('');
    expect(labelKey('予以公开（含：部分）。')).toBe('予以公开含部分');
    // Only a leading number is numbering: 「第2.项」 keeps its 2, only its point goes.
    expect(labelKey('第2项')).toBe('第2项');
    expect(labelKey('第2.项')).toBe('第2项');
    expect(labelKey('第二、项')).toBe('第二项');
  });

  test('Levenshtein distance', () => {
    expect(distance('', '')).toBe(0);
    expect(distance('abc', '')).toBe(3);
    expect(distance('', 'abcd')).toBe(4);
    expect(distance('其他法律行政法规禁止公开', '其他法律行政止公开')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('ab', 'ba')).toBe(2);
  });

  test('score: 1 when equal after folding, else one minus the distance over the longer length', () => {
    expect(labelScore('（一）予以公开', '予以公开')).toBe(1);
    expect(labelScore('', '予以公开')).toBe(0);
    expect(labelScore('予以公开', '、')).toBe(0);
    expect(labelScore('其他法律行政止公开', '其他法律行政法规禁止公开')).toBeCloseTo(1 - 3 / 12);
    expect(labelScore('部分公开', '部分公开（区分处理的）')).toBeCloseTo(4 / 9);
    expect(labelScore('部分公开（区分处理的）', '部分公开')).toBeCloseTo(4 / 9);
    expect(labelScore('甲乙', '丙丁')).toBe(0);
  });
});

describe('CSV fields', () => {
  test('blank for null and undefined; numbers and text as they are', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField('予以公开')).toBe('予以公开');
  });

  test('a text that begins like a formula is neutralised; a signed number is not', () => {
    for (const t of ['=HYPERLINK("x")', '+1+2', '@SUM', '\tx', '\rx', '-x']) expect(csvField(t).replace(/^"/, '')).toMatch(/^'/);
    for (const n of ['-3', '-3.5', '+']) expect(csvField(n)).toBe(n === '+' ? "'+" : n);
    expect(csvField('-3.5x')).toBe("'-3.5x");
    expect(csvField('-.5')).toBe("'-.5");
    expect(csvField('3-')).toBe('3-');
  });

  test('quotes, commas and line breaks are quoted, quotes doubled', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r')).toBe('"a\r"');
  });

  test('a document has a BOM, CRLF lines and a trailing CRLF', () => {
    expect(csvDocument(['a', 'b'], [[1, null], ['=x', 'y,z']])).toBe('\uFEFFa,b\r\n1,\r\n\'=x,"y,z"\r\n');
  });
});
