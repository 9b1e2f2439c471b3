/** 截止日期: every agency's report for a year — state, days to or past the deadline, check result. */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Flex, Typography } from '@strapi/design-system';

interface Row {
  agency: string;
  state: string;
  deadline: string | null;
  daysToDeadline: number | null;
  publishedOn: string | null;
  checkSummary: string | null;
}

const COLUMNS: { key: keyof Row; label: string }[] = [
  { key: 'agency', label: '机关' },
  { key: 'state', label: '状态' },
  { key: 'deadline', label: '法定期限' },
  { key: 'daysToDeadline', label: '距期限（天）' },
  { key: 'publishedOn', label: '发布日期' },
  { key: 'checkSummary', label: '校验结果' },
];
const cell: React.CSSProperties = { padding: '8px 10px', borderBottom: '1px solid #eaeaef', textAlign: 'left', fontSize: 14 };

export function Dashboard() {
  const { get } = useFetchClient();
  const [year, setYear] = React.useState(String(new Date().getFullYear() - 1));
  const [rows, setRows] = React.useState<Row[]>([]);
  const [sort, setSort] = React.useState<{ key: keyof Row; asc: boolean }>({ key: 'daysToDeadline', asc: true });

  React.useEffect(() => {
    if (/^\d{4}$/.test(year)) get<{ data: Row[] }>(`/nianbao/dashboard?year=${year}`).then((res) => setRows(res.data.data));
  }, [year]);

  const sorted = [...rows].sort((a, b) => {
    const x = a[sort.key] ?? '';
    const y = b[sort.key] ?? '';
    return (x < y ? -1 : x > y ? 1 : 0) * (sort.asc ? 1 : -1);
  });

  const download = async () => {
    const res = (await get(`/nianbao/dashboard?year=${year}&format=csv`, { responseType: 'blob' } as never)) as unknown as { data: Blob };
    const a = document.createElement('a');
    a.href = URL.createObjectURL(res.data);
    a.download = `${year}年度年报发布情况.csv`;
    a.click();
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={2} alignItems="center">
        <Typography>年度</Typography>
        <input aria-label="统计年度" value={year} onChange={(e) => setYear(e.target.value)} style={{ width: 80, padding: 4 }} />
        <Button variant="secondary" size="S" onClick={download}>
          导出 CSV
        </Button>
      </Flex>
      <Box background="neutral0" hasRadius shadow="tableShadow">
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} style={{ ...cell, fontWeight: 600, cursor: 'pointer' }} onClick={() => setSort({ key: c.key, asc: sort.key === c.key ? !sort.asc : true })}>
                  {c.label}
                  {sort.key === c.key ? (sort.asc ? ' ▲' : ' ▼') : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.agency} style={{ color: r.state === '逾期' ? '#d02b20' : undefined }}>
                {COLUMNS.map((c) => (
                  <td key={c.key} style={cell}>
                    {c.key === 'daysToDeadline' && r.daysToDeadline !== null ? (r.daysToDeadline < 0 ? `逾期${-r.daysToDeadline}` : r.daysToDeadline) : r[c.key] ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
    </Flex>
  );
}
