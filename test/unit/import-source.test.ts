/** What kind a file is, how its text is decoded, and the dry run that reads and checks it without saving. */
import fs from 'fs';
import path from 'path';
import { UnreadableSource, analyseSource, readSource } from '../../src/format/import';
import { decodeText, sourceKind } from '../../src/format/import/read-source';
import { isNumber } from '../../src/format/import/values';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../data/samples/huaian-szf-2024.txt'));

describe('the kind of a file', () => {
  test('by its name, else by its first bytes', () => {
    expect(sourceKind('a.DOCX', Buffer.from('x'))).toBe('docx');
    expect(sourceKind('a.bin', Buffer.from('PK\u0003\u0004'))).toBe('docx');
    expect(sourceKind('a.bin', Buffer.from('P'))).toBe('text');
    expect(sourceKind('a.htm', Buffer.from('x'))).toBe('html');
    expect(sourceKind('a.XHTML', Buffer.from('x'))).toBe('html');
    expect(sourceKind('a.txt', Buffer.from('  \n<!DOCTYPE html><p>x'))).toBe('html');
    expect(sourceKind('a.txt', Buffer.from('<HTML><body>'))).toBe('html');
    expect(sourceKind('pasted.txt', Buffer.from('前言<p>正文'))).toBe('html');
    expect(sourceKind('pasted.txt', Buffer.from('前言<table class="x">'))).toBe('html');
    expect(sourceKind('pasted.txt', Buffer.from('a < b，c > d'))).toBe('text');
    expect(sourceKind('pasted.txt', Buffer.from('<pre>'))).toBe('text');
    expect(sourceKind('pasted.txt', Buffer.from(' '.repeat(2048) + '<html>'))).toBe('text');
    expect(sourceKind('a.docx.txt', Buffer.from('x'))).toBe('text');
    expect(sourceKind('a.html.bak', Buffer.from('x'))).toBe('text');
    expect(sourceKind('a.bin', Buffer.from('xK'))).toBe('text');
    expect(sourceKind('a.txt', Buffer.from('<!DOCTYPE HTML>  '))).toBe('html');
    expect(sourceKind('a.txt', Buffer.from('\n<html lang="zh">'))).toBe('html');
    expect(sourceKind('a.txt', Buffer.from('文字<body>'))).toBe('html');
    expect(sourceKind('a.txt', Buffer.from('文字<tablet>'))).toBe('text');
    expect(sourceKind('a.txt', Buffer.from('文字<p\nclass="a">'))).toBe('html');
  });

  test('text is UTF-8 when it decodes cleanly, else GB18030', () => {
    expect(decodeText(Buffer.from('政府信息公开', 'utf8'))).toBe('政府信息公开');
    const gbk = Buffer.from([0xd5, 0xfe, 0xb8, 0xae]); // 政府 in GB18030
    expect(decodeText(gbk)).toBe('政府');
  });
});

describe('a published count', () => {
  test('is a number after folding full-width digits and thousands separators', () => {
    for (const yes of ['12', '1,234', '１２', '12.5', '12.55', '0']) expect([yes, isNumber(yes)]).toEqual([yes, true]);
    for (const no of ['', '12.', '.5', 'a12', '12a', '1.2.3', '-1', '/', '一']) expect([no, isNumber(no)]).toEqual([no, false]);
  });
});

describe('reading a source', () => {
  test('HTML and text give lines and keep the text read', async () => {
    const html = await readSource('r.html', Buffer.from('<p>甲</p><p>乙</p>'));
    expect(html).toEqual({ kind: 'html', lines: [{ cells: ['甲'], ref: '第1段' }, { cells: ['乙'], ref: '第2段' }], text: '<p>甲</p><p>乙</p>' });
    const text = await readSource('r.txt', Buffer.from('甲\n乙'));
    expect(text).toEqual({ kind: 'text', lines: [{ cells: ['甲'], ref: '第1行' }, { cells: ['乙'], ref: '第2行' }], text: '甲\n乙' });
  });

  test('a broken Word file is the uploader’s problem, named in Chinese', async () => {
    const read = readSource('坏文件.docx', Buffer.from('PK not really a zip'));
    await expect(read).rejects.toBeInstanceOf(UnreadableSource);
    await expect(readSource('坏文件.docx', Buffer.from('PK not really a zip'))).rejects.toThrow('无法读取“坏文件.docx”：文件已损坏或不是 Word（.docx）文档');
  });
});

describe('the dry run', () => {
  test('reads, checks and renders a published report without saving it', async () => {
    const outcome = await analyseSource({ name: 'huaian.txt', content: SAMPLE });
    expect(outcome).toMatchObject({ name: 'huaian.txt', kind: 'text', documentId: null, action: 'dry-run' });
    expect(outcome.report).toMatchObject({ agencyName: '淮安市人民政府', year: 2024, formatVersion: 'v2021' });
    expect(outcome.checks.errors).toBe(0);
    expect(outcome.checks.findings.map((f) => f.rule)).toContain('R07');
    expect(outcome.html).toContain('淮安市人民政府');
    expect(outcome.html).toContain('<td data-cell="t3.newReceived.total">3119</td>');
    expect(outcome.error).toBeUndefined();
  });

  test('the checks follow the deployment’s configuration', async () => {
    const outcome = await analyseSource({ name: 'huaian.txt', content: SAMPLE }, { rules: { R07: { enabled: false } } });
    expect(outcome.checks.findings.map((f) => f.rule)).not.toContain('R07');
  });

  test('without an agency or a year it fails and says which is missing; given ones are used', async () => {
    const noTitle = await analyseSource({ name: 'x.txt', content: Buffer.from('一、总体情况\n正文') });
    expect([noTitle.action, noTitle.error]).toEqual(['failed', '无法确定机关名称，请用 --agency 指定']);
    const noYear = await analyseSource({ name: 'x.txt', content: Buffer.from('一、总体情况\n正文'), agency: '某某局' });
    expect([noYear.action, noYear.error]).toEqual(['failed', '无法确定年度，请用 --year 指定']);
    const given = await analyseSource({ name: 'x.txt', content: Buffer.from('一、总体情况\n正文'), agency: '某某局', year: 2023 });
    expect([given.action, given.report.agencyName, given.report.year]).toEqual(['dry-run', '某某局', 2023]);
  });
});
