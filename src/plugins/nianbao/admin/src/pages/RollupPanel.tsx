/**
 * 汇总: pick an agency and a year, see its and its 下属机关's published tables summed as the
 * standard tables, the table rules' findings on the sum, who has not published or was late, and —
 * clicking a figure — each agency's value in that cell.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { describeLocation, displayValue, parseCellAddress, placeCells, tableGrids, type GridCell, type ReportTables, type TabularVersion, type Table2Cell } from '#format';
import type { RollupAgency, RollupResult } from '../../../shared/contracts/rollups';
import { errorMessage, useAgencyChoicesQuery, useRollupQuery } from '../services/api';

const border = '1px solid #c0c0cf';
const gridCell: React.CSSProperties = { border, padding: '4px 6px', fontSize: 12, textAlign: 'center' };
const listCell: React.CSSProperties = { padding: '6px 10px', borderBottom: '1px solid #eaeaef', textAlign: 'left', fontSize: 14 };

/** The value an agency's tables hold at a grid address. */
function valueAt(tables: ReportTables, address: string): Table2Cell {
  const at = parseCellAddress(address);
  if (!at?.row || !at.column) return null;
  const table = tables[at.table] as Record<string, Record<string, Table2Cell>> | null;
  return table?.[at.row]?.[at.column] ?? null;
}

function stateOf(a: RollupAgency): { text: string; late: boolean } {
  if (!a.report) return { text: '未发布', late: true };
  if (!a.report.counted) return { text: '已发布（格式不同，未计入）', late: false };
  if (a.report.daysLate) return { text: `逾期${a.report.daysLate}天发布`, late: true };
  return { text: '按期发布', late: false };
}

function SummedTable({ grid, selected, select }: { grid: ReturnType<typeof tableGrids>[number]; selected: string | null; select: (c: GridCell) => void }) {
  const rows = [...grid.head, ...grid.body];
  const placed = placeCells(rows);
  return (
    <Box paddingBottom={4}>
      <Typography variant="delta" tag="h3">
        {grid.name} {grid.caption}
      </Typography>
      <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: 8 }}>
        <tbody>
          {rows.map((_, r) => (
            <tr key={r}>
              {placed
                .filter((p) => p.row === r)
                .map(({ cell, col }) => {
                  const style: React.CSSProperties = { ...gridCell, textAlign: cell.header && cell.scope === 'row' ? 'left' : 'center', background: cell.header ? '#f6f6f9' : cell.address === selected ? '#d9d8ff' : undefined, cursor: cell.header ? undefined : 'pointer' };
                  return cell.header ? (
                    <th key={col} rowSpan={cell.rowspan} colSpan={cell.colspan} style={{ ...style, fontWeight: 400 }}>
                      {cell.text}
                    </th>
                  ) : (
                    <td key={col} rowSpan={cell.rowspan} colSpan={cell.colspan} style={style} onClick={() => select(cell)} title="点击查看各机关的数值">
                      {cell.text}
                    </td>
                  );
                })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}

/** Each counted agency's value in one cell of the sum, and the sum, in a dialog over the tables. */
function DrillDown({ result, address, close }: { result: RollupResult; address: string; close: () => void }) {
  const names = new Map(result.agencies.map((a) => [a.documentId, a.name]));
  const at = parseCellAddress(address)!;
  const where = describeLocation(at.table, result.formatVersion as TabularVersion, at.row ?? undefined, at.column ?? undefined);
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && close()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{where}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <tbody>
              {(result.reports ?? []).map((r) => (
                <tr key={r.documentId}>
                  <td style={listCell}>{names.get(r.agency) ?? r.agency}</td>
                  <td style={{ ...listCell, textAlign: 'right' }}>{displayValue(valueAt(r.tables, address)) || '（空白）'}</td>
                </tr>
              ))}
              <tr>
                <td style={{ ...listCell, fontWeight: 600 }}>合计</td>
                <td style={{ ...listCell, textAlign: 'right', fontWeight: 600 }}>{displayValue(valueAt(result.tables, address)) || '（空白）'}</td>
              </tr>
            </tbody>
          </table>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={close}>
            关闭
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}

function Result({ result }: { result: RollupResult }) {
  const [selected, setSelected] = React.useState<string | null>(null);
  const grids = tableGrids(result.formatVersion as TabularVersion, result.tables);
  const { counts, check } = result;
  const files = ['json', 'csv', 'xlsx'].map((ext) => ({ ext, href: `/api/nianbao/rollups/${result.agency.documentId}/${result.year}.${ext}` }));
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
        <Typography tag="p">
          共 {counts.agencies} 个机关：已发布 {counts.published} 个（计入合计 {counts.counted} 个），未发布 {counts.missing} 个，逾期发布 {counts.late} 个。只汇总已发布的年报。
        </Typography>
        <Typography tag="p">
          合计的勾稽关系校验：{check.status === 'passed' ? '通过' : `错误 ${check.errors} 项，警告 ${check.warnings} 项`}
        </Typography>
        {check.findings.filter((f) => f.severity !== 'I').map((f) => (
          <Typography key={`${f.rule}${f.cells.join()}`} tag="p" textColor={f.severity === 'E' ? 'danger600' : 'warning600'}>
            {f.rule} {f.message}
          </Typography>
        ))}
        {result.notes.map((n) => (
          <Typography key={n} tag="p" textColor="neutral600">
            注：{n}
          </Typography>
        ))}
        <Typography tag="p">
          下载（公开地址，仅含已发布数据）：
          {files.map((f) => (
            <a key={f.ext} href={f.href} target="_blank" rel="noreferrer" style={{ marginLeft: 8 }}>
              {f.ext.toUpperCase()}
            </a>
          ))}
        </Typography>
      </Box>
      {selected && <DrillDown result={result} address={selected} close={() => setSelected(null)} />}
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
        {grids.map((g) => (
          <SummedTable key={g.key} grid={g} selected={selected} select={(c) => setSelected(c.address ?? null)} />
        ))}
      </Box>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
        <Typography variant="delta" tag="h3">
          各机关发布情况
        </Typography>
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 8 }}>
          <thead>
            <tr>
              {['机关', '机关类型', '法定期限', '首次发布日期', '状态'].map((h) => (
                <th key={h} style={{ ...listCell, fontWeight: 600 }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.agencies.map((a) => {
              const state = stateOf(a);
              return (
                <tr key={a.documentId}>
                  <td style={listCell}>{a.name}</td>
                  <td style={listCell}>{a.type}</td>
                  <td style={listCell}>{a.deadline ?? '—'}</td>
                  <td style={listCell}>{a.report?.publishedOn ?? '—'}</td>
                  <td style={{ ...listCell, color: state.late ? '#d02b20' : undefined }}>{state.text}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Box>
    </Flex>
  );
}

export function RollupPanel() {
  const { data: agencies = [] } = useAgencyChoicesQuery();
  const [agency, setAgency] = React.useState<string>('');
  const [year, setYear] = React.useState(String(new Date().getFullYear() - 1));
  const chosen = agency || agencies[0]?.documentId || '';
  const valid = /^\d{4}$/.test(year) && !!chosen;
  const { data, error, isFetching } = useRollupQuery({ agency: chosen, year: Number(year) }, { skip: !valid });
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} alignItems="flex-end">
        <Box width="360px">
          <Field.Root>
            <Field.Label>机关（含下属机关）</Field.Label>
            <SingleSelect aria-label="汇总机关" value={chosen} onChange={(v: string | number) => setAgency(String(v))} placeholder="选择机关">
              {agencies.map((a) => (
                <SingleSelectOption key={a.documentId} value={a.documentId}>
                  {a.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Box width="120px">
          <Field.Root>
            <Field.Label>年度</Field.Label>
            <TextInput aria-label="汇总年度" value={year} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setYear(e.target.value)} />
          </Field.Root>
        </Box>
        {isFetching && <Typography>汇总中…</Typography>}
      </Flex>
      {error ? <Typography textColor="danger600">汇总失败：{errorMessage(error, '请稍后刷新')}</Typography> : data ? <Result key={`${data.agency.documentId}${data.year}`} result={data} /> : null}
    </Flex>
  );
}
