/** 公开年报: every report by year and agency, its state and check result, and links to its views. */
import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Flex, Typography } from '@strapi/design-system';
import { REPORT_UID } from '../../../shared/constants';
import { VIEW_FORMATS } from '../../../shared/contracts/formats';
import type { ReportListRow } from '../../../shared/contracts/workflow';
import { errorMessage, useReportsQuery } from '../services/api';
import { ImportPanel } from './ImportPanel';
import { Dashboard } from './Dashboard';
import { MembersPanel } from './MembersPanel';
import { RollupPanel } from './RollupPanel';
import { usePluginPermissions } from '../hooks/usePluginPermissions';

type Row = ReportListRow;

const cell: React.CSSProperties = { padding: '8px 10px', borderBottom: '1px solid #eaeaef', textAlign: 'left', fontSize: 14 };

export default function App() {
  const { data, error } = useReportsQuery();
  const rows = data ?? null;
  const [year, setYear] = React.useState<string>('');
  const [tab, setTab] = React.useState<'reports' | 'deadlines' | 'rollups' | 'import' | 'members'>('reports');
  // 截止日期 and 导入 are shown to whoever holds their permission (Settings → Roles).
  const { holds } = usePluginPermissions();

  const years = [...new Set((rows ?? []).map((r) => r.year))].sort((a, b) => b - a);
  const shown = (rows ?? []).filter((r) => !year || String(r.year) === year);

  return (
    <Page.Main>
      <Page.Title>公开年报</Page.Title>
      <Layouts.Header title="公开年报" subtitle="按年度和机关查看年报、校验结果与标准视图；导入已发布的年报" />
      <Layouts.Content>
        <Flex gap={2} paddingBottom={4}>
          {(
            [
              ['reports', '年报列表', true],
              ['deadlines', '截止日期', holds.deadlines],
              ['rollups', '汇总', holds.rollups],
              ['import', '导入', holds.import],
              ['members', '机关与人员', holds.members],
            ] as const
          ).filter(([, , shown]) => shown).map(([key, label]) => (
            <button
              key={key}
              type="button"
              aria-pressed={tab === key}
              onClick={() => setTab(key)}
              style={{ padding: '6px 14px', borderRadius: 4, border: '1px solid #4945ff', background: tab === key ? '#4945ff' : '#fff', color: tab === key ? '#fff' : '#4945ff', cursor: 'pointer' }}
            >
              {label}
            </button>
          ))}
        </Flex>
        {tab === 'import' && holds.import ? <ImportPanel /> : tab === 'deadlines' && holds.deadlines ? <Dashboard /> : tab === 'rollups' && holds.rollups ? <RollupPanel /> : tab === 'members' && holds.members ? <MembersPanel /> : <ReportTable rows={rows} error={error ? errorMessage(error, '请稍后刷新') : null} year={year} setYear={setYear} years={years} shown={shown} />}
      </Layouts.Content>
    </Page.Main>
  );
}

function ReportTable({ rows, error, year, setYear, years, shown }: { rows: Row[] | null; error: string | null; year: string; setYear: (y: string) => void; years: number[]; shown: Row[] }) {
  return (
    <>
        <Flex gap={2} paddingBottom={4} alignItems="center">
          <Typography>年度</Typography>
          <select aria-label="年度" value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">全部</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Flex>
        <Box background="neutral0" hasRadius shadow="tableShadow">
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {['年度', '机关', '年报', '状态', '校验结果', '标准视图'].map((h) => (
                  <th key={h} style={{ ...cell, fontWeight: 600 }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows === null && (
                <tr>
                  <td style={cell} colSpan={6}>
                    {error ? `年报列表加载失败：${error}` : '加载中…'}
                  </td>
                </tr>
              )}
              {shown.map((r) => (
                <tr key={r.documentId}>
                  <td style={cell}>{r.year}</td>
                  <td style={cell}>{r.agency}</td>
                  <td style={cell}>
                    <a href={`/admin/content-manager/collection-types/${REPORT_UID}/${r.documentId}`}>{r.title}</a>
                  </td>
                  <td style={cell}>{r.published ? `已发布（${new Date(r.publishedAt!).toLocaleDateString('zh-CN')}）` : '草稿'}</td>
                  <td style={cell}>{r.checkSummary ?? '—'}</td>
                  <td style={cell}>
                    {r.published
                      ? VIEW_FORMATS.map((f) => (
                          <a key={f.ext} href={`/api/nianbao/reports/${r.documentId}.${f.ext}`} target="_blank" rel="noreferrer" style={{ marginRight: 8 }}>
                            {f.label}
                          </a>
                        ))
                      : '发布后可用'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
    </>
  );
}
