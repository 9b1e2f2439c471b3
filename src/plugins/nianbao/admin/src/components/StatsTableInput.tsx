/**
 * The grid editor for 表二, 表三 and 表四: laid out like the national template for the report's
 * format version, keyboard and paste friendly, with the rule engine's findings on their cells as
 * the editor types. Invalid input is kept and highlighted, never dropped: the server refuses it
 * with a message naming the cell.
 */
import * as React from 'react';
import { useForm } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import {
  ARTICLE20_SCOPE,
  TABLE2,
  TABLE3_ROWS,
  TABLES,
  blankTables,
  columnKind,
  displayValue,
  formatVersionOf,
  fillTotals,
  parseCellInput,
  parseTsv,
  placeCells,
  parseCellAddress,
  tableGrids,
  type CheckableReport,
  type Finding,
  type GridCell,
  type TableKey,
  type TabularVersion,
} from '#format';
import { useLiveChecks } from '../hooks/useLiveChecks';

interface Props {
  name: string;
  value: unknown;
  onChange: (event: { target: { name: string; value: unknown; type: string } }) => void;
  attribute: { options?: { table?: TableKey } };
  error?: string;
  disabled?: boolean;
  label?: string;
  hint?: React.ReactNode;
  required?: boolean;
}

type Rows = Record<string, Record<string, unknown>>;

const SEVERITY_STYLE: Record<string, React.CSSProperties> = {
  E: { background: '#fde8e8', outline: '2px solid #d02b20', outlineOffset: -2 },
  W: { background: '#fdf4dc', outline: '2px solid #be5d01', outlineOffset: -2 },
  invalid: { background: '#fde8e8', outline: '2px dashed #d02b20', outlineOffset: -2, color: '#b72b1a' },
};

const th: React.CSSProperties = { border: '1px solid #c0c0cf', padding: '2px 4px', fontWeight: 400, fontSize: 12, lineHeight: 1.3, background: '#f6f6f9' };
const tdStyle: React.CSSProperties = { border: '1px solid #c0c0cf', padding: 0, minWidth: 44 };
const inputStyle: React.CSSProperties = { width: '100%', minWidth: 40, border: 0, padding: '4px 3px', font: 'inherit', fontSize: 13, textAlign: 'right', background: 'transparent', boxSizing: 'border-box' };

/** Help texts on the headings: the 条例 article of each 表三 row, what each 第二十条 item covers. */
const HELP: Record<string, string> = {
  ...Object.fromEntries(TABLE3_ROWS.filter((r) => r.article).map((r) => [r.label, `依据《条例》${r.article}`])),
  ...Object.fromEntries(Object.values(TABLE2).flatMap((blocks) => blocks.map((b) => [b.heading, `公开${ARTICLE20_SCOPE[b.item]}的情况`]))),
};

export default function StatsTableInput({ name, value, onChange, attribute, error, disabled, label, hint }: Props) {
  const table = (attribute.options?.table ?? name) as TableKey;
  const values = useForm('StatsTableInput', (state) => state.values as CheckableReport & Record<string, unknown>);
  const year = typeof values.year === 'number' ? values.year : new Date().getFullYear() - 1;
  const version = formatVersionOf({ formatVersion: values.formatVersion, year }) as TabularVersion | 'pre2019';
  const [drafts, setDrafts] = React.useState<Record<string, string>>({});
  const [focused, setFocused] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<string | null>(null);

  const data: Rows | null = value && typeof value === 'object' ? (value as Rows) : null;

  const checks = useLiveChecks(values);
  const findings = React.useMemo(() => {
    const byCell = new Map<string, Finding[]>();
    if (version === 'pre2019' || !checks) return byCell;
    for (const f of checks.findings) {
      if (f.notAssessable || f.severity === 'I') continue;
      for (const c of f.cells) byCell.set(c, [...(byCell.get(c) ?? []), f]);
    }
    return byCell;
  }, [checks, version]);

  if (version === 'pre2019') {
    return <Typography textColor="neutral600">2019年以前的报告没有统一表格。</Typography>;
  }

  const grid = tableGrids(version, { proactive: null, requests: null, reviewLitigation: null, [table]: data } as never).find((g) => g.key === table)!;
  const rows = [...grid.head, ...grid.body];
  const placed = placeCells(rows);
  const dataCells = placed.filter((p) => !p.cell.header);
  const dataRows = [...new Set(dataCells.map((p) => p.row))].map((r) => dataCells.filter((p) => p.row === r));

  const emit = (next: Rows) => onChange({ target: { name, value: next, type: 'json' } });

  function write(entries: { address: string; text: string }[]): number {
    const next: Rows = JSON.parse(JSON.stringify(data ?? blankTables(version as TabularVersion)[table]));
    const nextDrafts = { ...drafts };
    let invalid = 0;
    for (const { address, text } of entries) {
      const { row, column } = parseCellAddress(address) as { row: string; column: string };
      const parsed = parseCellInput(columnKind(table, version as TabularVersion, row, column), text);
      next[row] = { ...next[row], [column]: parsed.ok ? parsed.value : parsed.raw };
      if (parsed.ok) delete nextDrafts[address];
      else {
        nextDrafts[address] = parsed.raw;
        invalid++;
      }
    }
    setDrafts(nextDrafts);
    emit(next);
    return invalid;
  }

  const focusCell = (address?: string) => {
    if (address) (document.querySelector(`input[data-cell="${CSS.escape(address)}"]`) as HTMLInputElement | null)?.focus();
  };

  function move(address: string, key: string) {
    const i = dataCells.findIndex((p) => p.cell.address === address);
    const here = dataCells[i];
    if (key === 'ArrowRight') return focusCell(dataCells[i + 1]?.cell.address);
    if (key === 'ArrowLeft') return focusCell(dataCells[i - 1]?.cell.address);
    const r = dataRows.findIndex((dr) => dr.includes(here));
    const target = dataRows[key === 'ArrowUp' ? r - 1 : r + 1];
    if (!target) return;
    const closest = target.reduce((best, p) => (Math.abs(p.col - here.col) < Math.abs(best.col - here.col) ? p : best));
    focusCell(closest.cell.address);
  }

  function paste(address: string, text: string): boolean {
    const block = parseTsv(text);
    if (block.length === 1 && block[0].length === 1) return false;
    const r0 = dataRows.findIndex((dr) => dr.some((p) => p.cell.address === address));
    const c0 = dataRows[r0].findIndex((p) => p.cell.address === address);
    const entries: { address: string; text: string }[] = [];
    block.forEach((cells, r) =>
      cells.forEach((text, c) => {
        const target = dataRows[r0 + r]?.[c0 + c];
        if (target?.cell.address) entries.push({ address: target.cell.address, text });
      }),
    );
    const invalid = write(entries);
    const outside = block.reduce((n, cells) => n + cells.length, 0) - entries.length;
    setNote(`已粘贴 ${entries.length} 个单元格${invalid ? `，其中 ${invalid} 个不是有效数值（已标红）` : ''}${outside ? `；${outside} 个超出表格范围，未粘贴` : ''}`);
    return true;
  }

  function autoTotals() {
    const { data: next, changed } = fillTotals(table, version as TabularVersion, (data ?? blankTables(version as TabularVersion)[table]) as never);
    emit(next as Rows);
    setNote(changed.length ? `已自动计算 ${changed.length} 个合计单元格` : '合计单元格已与各项之和一致（或有空白，未计算）');
  }

  function renderCell(cell: GridCell, key: string) {
    if (cell.header) {
      const title = HELP[cell.text];
      return (
        <th key={key} rowSpan={cell.rowspan} colSpan={cell.colspan} scope={cell.scope} style={{ ...th, textAlign: cell.scope === 'row' ? 'left' : 'center' }} title={title}>
          {cell.text}
          {title && cell.scope === 'row' ? <sup style={{ color: '#8e8ea9' }}>※</sup> : null}
        </th>
      );
    }
    const address = cell.address!;
    const list = findings.get(address) ?? [];
    const invalid = address in drafts;
    const severity = invalid ? 'invalid' : list.some((f) => f.severity === 'E') ? 'E' : list.length ? 'W' : null;
    const message = invalid ? `“${drafts[address]}”不是有效数值` : list.map((f) => `[${f.rule}] ${f.message}`).join('\n');
    return (
      <td key={key} colSpan={cell.colspan} style={{ ...tdStyle, ...(severity ? SEVERITY_STYLE[severity] : {}) }} title={message || undefined}>
        <input
          data-cell={address}
          aria-label={address}
          aria-invalid={severity === 'E' || severity === 'invalid' ? true : undefined}
          disabled={disabled}
          inputMode="decimal"
          value={drafts[address] ?? displayValue(cell.value ?? null)}
          onChange={(e) => write([{ address, text: e.target.value }])}
          onFocus={() => setFocused(address)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              move(address, 'ArrowDown');
            } else if (e.key.startsWith('Arrow')) {
              e.preventDefault();
              move(address, e.key);
            }
          }}
          onPaste={(e) => {
            if (paste(address, e.clipboardData.getData('text/plain'))) e.preventDefault();
          }}
          style={inputStyle}
        />
      </td>
    );
  }

  const focusedMessages = focused ? [...(focused in drafts ? [`“${drafts[focused]}”不是有效数值`] : []), ...(findings.get(focused) ?? []).map((f) => `[${f.rule}] ${f.message}`)] : [];

  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex justifyContent="space-between" alignItems="center">
          <Field.Label>{label ?? `${TABLES[table].name} ${TABLES[table].caption}`}</Field.Label>
          {table !== 'proactive' && (
            <Button size="S" variant="secondary" onClick={autoTotals} disabled={disabled}>
              自动计算合计
            </Button>
          )}
        </Flex>
        <Box style={{ overflowX: 'auto' }}>
          <table data-table={table} style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'auto' }}>
            <tbody>
              {rows.map((cells, r) => (
                <tr key={r}>{cells.map((c, i) => renderCell(c, `${r}-${i}`))}</tr>
              ))}
            </tbody>
          </table>
        </Box>
        <div aria-live="polite" style={{ minHeight: 18 }}>
          {focusedMessages.length ? (
            focusedMessages.map((m) => (
              <Typography key={m} variant="pi" textColor="danger600" tag="div">
                {m}
              </Typography>
            ))
          ) : (
            <Typography variant="pi" textColor="neutral600">
              {note ?? '方向键、Tab、回车在单元格间移动；可从 Excel/WPS 复制整块数字粘贴；空白不是 0，没有的请填 0，不适用填“/”。'}
            </Typography>
          )}
        </div>
        <Field.Error />
        <Field.Hint />
      </Flex>
    </Field.Root>
  );
}
