/** Which known agency a printed name means: its name, its other names, or the name with its regions. */
import { matchAgency } from '../../src/format';

const AGENCIES = [
  { name: '淮安市洪泽区人民政府', shortName: '洪泽区政府', aliases: null },
  { name: '淮安市人民政府', shortName: null, aliases: null },
  { name: '原州区科学技术局', shortName: null, aliases: '原州区科技局\n原州区科学技术和信息化局' },
  { name: '淮安市教育局', shortName: null, aliases: null },
  { name: '洪泽区教育局', shortName: null, aliases: null },
];
const match = (printed: string) => {
  const m = matchAgency(printed, AGENCIES);
  return m && [m.agency.name, m.how];
};

describe('a printed agency name', () => {
  test('its own name, spaces and full-width forms folded', () => {
    expect(match('淮安市人民政府')).toEqual(['淮安市人民政府', 'name']);
    expect(match(' 淮安市 人民政府 ')).toEqual(['淮安市人民政府', 'name']);
  });

  test('its 简称 or a 曾用名', () => {
    expect(match('洪泽区政府')).toEqual(['淮安市洪泽区人民政府', 'alias']);
    expect(match('原州区科学技术和信息化局')).toEqual(['原州区科学技术局', 'alias']);
    expect(match('原州区科技局')).toEqual(['原州区科学技术局', 'alias']);
  });

  test('with or without the regions above it', () => {
    expect(match('洪泽区人民政府')).toEqual(['淮安市洪泽区人民政府', 'region']);
    expect(match('江苏省淮安市人民政府')).toEqual(['淮安市人民政府', 'region']);
    expect(match('淮安市洪泽区教育局')).toEqual(['洪泽区教育局', 'region']);
  });

  test('nothing for another agency, a bare department name, or a name two agencies could be', () => {
    expect(match('洪泽区财政局')).toBeNull();
    expect(match('教育局')).toBeNull();
    expect(match('人民政府')).toBeNull();
    expect(matchAgency('洪泽区人民政府', [...AGENCIES, { name: '宿迁市洪泽区人民政府' }])).toBeNull();
  });

  test('the 统一社会信用代码 a report prints comes first', () => {
    const coded = [...AGENCIES, { name: '某县教育和体育局', creditCode: '11320829014049281A' }];
    expect(matchAgency('某县教育局', coded, '11320829014049281A')).toMatchObject({ agency: { name: '某县教育和体育局' }, how: 'creditCode' });
    expect(matchAgency('淮安市人民政府', coded, '11320829014049281B')).toMatchObject({ how: 'name' });
  });
});
