/** What an editor types or pastes into a cell, read the same way everywhere (grid editor, importer). */
import { TABLE2, TABLE3_APPLICANT_COLUMN_KEYS, TABLE3_COLUMN_KEYS, TABLE4_GROUPS, table3LayoutOf, type CellKind, type TableKey, type TabularVersion } from './definition';
import { numericValue, parseAmountText, type Table2Cell } from './cells';

export function columnKind(table: TableKey, version: TabularVersion, row: string, column: string): CellKind {
  if (table !== 'proactive') return 'count';
  const block = TABLE2[version].find((b) => b.rows.some((r) => r.key === row));
  return block?.columns.find((c) => c.key === column)?.kind ?? 'count';
}

export type CellInput = { ok: true; value: Table2Cell } | { ok: false; raw: string; reason: string };

/**
 * Full-width digits and thousands separators are folded; blank is null (not 0), '/' is not
 * applicable; 增3 / 减4 are signed for v2019's 本年增/减. Anything else is not a value.
 */
export function parseCellInput(kind: CellKind, text: string): CellInput {
  const raw = text;
  const t = text.normalize('NFKC').replace(/[\s,]/g, '');
  if (t === '') return { ok: true, value: null };
  if (t === '/') return { ok: true, value: '/' };
  switch (kind) {
    case 'count':
      return /^\d+$/.test(t) ? { ok: true, value: Number(t) } : { ok: false, raw, reason: '应为非负整数' };
    case 'signedCount': {
      const m = t.match(/^(增|减|\+|-)?(\d+)$/);
      if (!m) return { ok: false, raw, reason: '应为整数，减少填负数或“减4”' };
      return { ok: true, value: (m[1] === '减' || m[1] === '-' ? -1 : 1) * Number(m[2]) };
    }
    case 'amountWan': {
      const m = t.match(/^(\d+(?:\.\d+)?)(万元)?$/);
      return m ? { ok: true, value: m[1] } : { ok: false, raw, reason: '应为金额（万元），如 7730.28' };
    }
    case 'amountText':
      return { ok: true, value: { raw: text.trim(), ...parseAmountText(text) } };
  }
}

/** Splits a block copied from Excel, WPS or a web table into rows of cells. */
export function parseTsv(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  if (rows.length > 1 && rows[rows.length - 1] === '') rows.pop();
  return rows.map((r) => r.split('\t'));
}

type Rows = Record<string, Record<string, Table2Cell>>;

/**
 * Fills the total cells from their parts, on request only: 总计 of each 表三 row, （七）总计 of
 * each column, and each 表四 group's 总计. A total whose parts are not all numbers is left alone.
 * Returns the new table and the addresses it changed.
 */
export function fillTotals(table: TableKey, version: TabularVersion, data: Rows): { data: Rows; changed: string[] } {
  const out: Rows = JSON.parse(JSON.stringify(data));
  const changed: string[] = [];
  const set = (row: string, col: string, value: number, prefix: string) => {
    if (out[row] && out[row][col] !== value) {
      out[row][col] = value;
      changed.push(`${prefix}.${row}.${col}`);
    }
  };
  const sum = (values: unknown[]) => (values.every((v) => numericValue(v) !== null) ? values.reduce<number>((a, v) => a + numericValue(v)!, 0) : null);
  if (table === 'requests') {
    for (const row of Object.keys(out)) {
      const total = sum(TABLE3_APPLICANT_COLUMN_KEYS.map((c) => out[row][c]));
      if (total !== null) set(row, 'total', total, 't3');
    }
    const leaves = table3LayoutOf(version, out).rows.filter((r) => r.resultLeaf).map((r) => r.key);
    for (const col of TABLE3_COLUMN_KEYS) {
      const total = sum(leaves.map((r) => out[r]?.[col]));
      if (total !== null) set('results.total', col, total, 't3');
    }
  }
  if (table === 'reviewLitigation') {
    for (const g of TABLE4_GROUPS) {
      const total = sum(['upheld', 'corrected', 'other', 'pending'].map((c) => out[g.key]?.[c]));
      if (total !== null) set(g.key, 'total', total, 't4');
    }
  }
  return { data: out, changed };
}
