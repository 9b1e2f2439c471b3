/** 截止日期: every agency's report for a year — state, days to or past the deadline, check result. */
import * as React from 'react';
import type { DashboardRow } from '../../../shared/contracts/workflow';
import { errorMessage, useDashboardQuery, useDownload } from '../services/api';
import { Box, Button, Flex, Typography } from '@strapi/design-system';

type Row = DashboardRow;

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
  const [year, setYear] = React.useState(String(new Date().getFullYear() - 1));
  const valid = /^\d{4}$/.test(year);
  const { data: rows = [], error } = useDashboardQuery(Number(year), { skip: !valid });
  const [sort, setSort] = React.useState<{ key: keyof Row; asc: boolean }>({ key: 'daysToDeadline', asc: true });

  const sorted = [...rows].sort((a, b) => {
    const x = a[sort.key] ?? '';
    const y = b[sort.key] ?? '';
    return (x < y ? -1 : x > y ? 1 : 0) * (sort.asc ? 1 : -1);
  });

  const save = useDownload();
  const download = () => save(`/nianbao/dashboard?year=${year}&format=csv`, `${year}年度年报发布情况.csv`);

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
            {error && (
              <tr>
                <td style={cell} colSpan={COLUMNS.length}>
                  截止日期加载失败：{errorMessage(error, '请稍后刷新')}
                </td>
              </tr>
            )}
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
