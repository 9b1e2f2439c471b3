/** Reading a published count cell the way an editor's input is read: blank is null, '/' stays '/'. */
import type { CountCell } from '../cells';
import { parseCellInput } from '../editing';
import { norm } from '../label-match';

export type CellRead = { value: CountCell; ok: true } | { value: null; ok: false; raw: string };

export function readCount(raw: string): CellRead {
  const read = parseCellInput('count', raw);
  return read.ok ? { value: read.value as CountCell, ok: true } : { value: null, ok: false, raw };
}

export const isNumber = (raw: string) => /^\d+(\.\d+)?$/.test(norm(raw).replace(/,/g, ''));
