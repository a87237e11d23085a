/**
 * The build scripts' CSV input, read by core's one CSV reader (`parseCsv`: RFC 4180, strict about
 * stray quotes, NUL bytes and field counts). The inputs are known files with a header row; every
 * row becomes a record keyed by header.
 */
import { readFileSync } from 'node:fs';
import { TakarError, parseCsv } from '@takar/core';

/** Reads a comma-separated CSV file with a header row into records. */
export function readCsv(path: string): Record<string, string>[] {
  let table;
  try {
    table = parseCsv(readFileSync(path, 'utf8'), { delimiter: ',' });
  } catch (e) {
    if (e instanceof TakarError) throw new Error(`${path}: ${e.message}`);
    throw e;
  }
  const { names, columns, rowCount } = table;
  return Array.from({ length: rowCount }, (_r, i) =>
    Object.fromEntries(names.map((h, j) => [h, String(columns[j]?.[i] ?? '')])),
  );
}
