/** Maps a finding's first cell address onto the report body, so the admin can point at the field. */
import { TABLES, type Finding, type TableKey } from '../../../../../../format';

const TABLE_BY_PREFIX = Object.fromEntries(
  (Object.keys(TABLES) as TableKey[]).map((key) => [TABLES[key].prefix, key]),
) as Record<string, TableKey>;

export function findingPath(finding: Pick<Finding, 'cells'>): string[] {
  const address = finding.cells[0];
  if (!address) return [];
  const [head, ...rest] = address.split('.');
  const table = TABLE_BY_PREFIX[head];
  if (!table) return address.split('.');
  if (rest.length < 2) return [table, ...rest];
  return [table, rest.slice(0, -1).join('.'), rest[rest.length - 1]];
}
