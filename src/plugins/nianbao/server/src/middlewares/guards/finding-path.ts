/** Maps a finding's first cell address onto the report body, so the admin can point at the field. */
import { parseCellAddress, type Finding } from '#format';

export function findingPath(finding: Pick<Finding, 'cells'>): string[] {
  const address = finding.cells[0];
  if (!address) return [];
  const cell = parseCellAddress(address);
  if (!cell) return address.split('.');
  return [cell.table, cell.row, cell.column].filter((p): p is string => p !== null);
}
