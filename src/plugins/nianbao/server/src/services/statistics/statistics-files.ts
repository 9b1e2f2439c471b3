/**
 * The open statistics written as they are read: CSV and JSON as a stream of text, the workbook
 * through ExcelJS's streaming writer, so the response starts at once and memory stays flat.
 * CSV and JSON name the columns by their stable keys; the workbook, for people, by their labels.
 */
import { once } from 'events';
import { PassThrough, Readable } from 'stream';
import ExcelJS from 'exceljs';
import { CSV_BOM, STATISTICS_COLUMNS, csvField, csvLine, type StatisticsRow } from '#format';
import { FORMATS } from '../export/formats';

export const STATISTICS_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type StatisticsFormat = (typeof STATISTICS_FORMATS)[number];

const KEYS = STATISTICS_COLUMNS.map((c) => c.key);
const JSON_KEYS = KEYS.map((k) => `"${k}":`);

/**
 * `encode` remembered per value: a year's rows repeat a few thousand names and labels hundreds of
 * thousands of times, and encoding each once is most of the cost of a line.
 */
function remembered(encode: (value: unknown) => string): (value: unknown) => string {
  const known = new Map<unknown, string>();
  return (value) => {
    if (typeof value === 'number') return encode(value);
    let text = known.get(value);
    if (text === undefined) known.set(value, (text = encode(value)));
    return text;
  };
}

async function* csv(batches: AsyncIterable<StatisticsRow[]>): AsyncGenerator<string> {
  const field = remembered(csvField);
  yield CSV_BOM + csvLine(KEYS);
  for await (const rows of batches) {
    let text = '';
    for (const r of rows) text += `${KEYS.map((k) => field(r[k])).join(',')}\r\n`;
    if (text) yield text;
  }
}

async function* json(batches: AsyncIterable<StatisticsRow[]>, year: number): AsyncGenerator<string> {
  const value = remembered((v) => JSON.stringify(v));
  yield `{"year":${year},"columns":${JSON.stringify(STATISTICS_COLUMNS)},"rows":[`;
  let first = true;
  for await (const rows of batches) {
    let text = '';
    for (const r of rows) {
      text += `${first ? '\n' : ',\n'}{${KEYS.map((k, i) => JSON_KEYS[i] + value(r[k])).join(',')}}`;
      first = false;
    }
    if (text) yield text;
  }
  yield '\n]}\n';
}

function xlsx(batches: AsyncIterable<StatisticsRow[]>, year: number): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  book.creator = '公开年报';
  const sheet = book.addWorksheet(`${year}年统计数据`);
  sheet.columns = STATISTICS_COLUMNS.map((c) => ({ header: c.label, key: c.key, width: c.key === 'rowLabel' ? 40 : 16 }));
  (async () => {
    for await (const rows of batches) {
      for (const row of rows) sheet.addRow(row).commit();
      // Wait for the client to take what is written before reading the next batch.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await book.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** The statistics of `year` as a stream in `ext`, with its media type. */
export function statisticsStream(batches: AsyncIterable<StatisticsRow[]>, ext: StatisticsFormat, year: number): { body: Readable; type: string } {
  if (ext === 'xlsx') return { body: xlsx(batches, year), type: FORMATS.xlsx.type };
  return { body: Readable.from(ext === 'csv' ? csv(batches) : json(batches, year)), type: FORMATS[ext].type };
}
