import fs from 'fs';
import path from 'path';
import { blankTables, type TabularVersion } from '../../src/format';

export const EXAMPLE = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../data/examples/yuanzhou-kjj-2023.json'), 'utf8'),
);

/** Tables of a version with every cell 0 (amount texts blank), a consistent starting point. */
export function zeroTables(version: TabularVersion) {
  const t = JSON.parse(JSON.stringify(blankTables(version), (_k, v) => (v === null ? 0 : v)));
  if (version === 'v2019') t.proactive.procurement.amountText = null;
  return t;
}

export function reportBody(agencyDocumentId: string, year: number, extra: Record<string, unknown> = {}) {
  const version: TabularVersion = year <= 2020 ? 'v2019' : 'v2021';
  return { agency: agencyDocumentId, year, ...zeroTables(version), ...extra };
}
