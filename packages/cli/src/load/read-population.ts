import { TakarError, issue, numberFormatHint, parseNumber, type NumberFormat } from '@takar/core';
import { regions } from '@takar/indonesia';
import type { CliIo } from '../io.js';
import { readRows } from './read-rows.js';

/**
 * Region populations for coverage and caps: from `--population <file.csv>` (columns `region` or
 * `code`, and `population`), else the real 2024 population (Dukcapil) of every kabupaten/kota in
 * `@takar/indonesia`'s registry.
 *
 * @example
 * ```ts
 * const population = await readPopulation(io, undefined); // { '11.01': 234567, … }
 * ```
 */
export async function readPopulation(
  io: CliIo,
  path: string | undefined,
  format: NumberFormat & { delimiter?: ',' | ';' | '\t' } = {},
): Promise<Record<string, number>> {
  if (path === undefined)
    return Object.fromEntries(regions().map((r) => [r.code, r.population2024]));
  const rows = await readRows(io, path, 'population', format.delimiter);
  const first = rows[0] ?? {};
  const codeCol = ['region', 'code', 'unit', 'uCode'].find((c) => c in first);
  const popCol = ['population', 'penduduk', 'Population'].find((c) => c in first);
  if (!codeCol || !popCol)
    throw new TakarError(
      issue(
        'data/invalid',
        ['population'],
        `"${path}" needs a region code column ("region" or "code") and a "population" column.`,
      ),
    );
  const out: Record<string, number> = {};
  const bad: number[] = [];
  rows.forEach((row, i) => {
    const code = String(row[codeCol] ?? '').trim();
    const v = row[popCol];
    const n = typeof v === 'number' ? v : parseNumber(String(v ?? ''), format);
    // A population is a count of persons: a whole number (61.5 is a misread 61.500).
    if (!code || typeof n !== 'number' || !(n > 0) || !Number.isInteger(n)) bad.push(i);
    else out[code] = n;
  });
  if (bad.length)
    throw new TakarError(
      bad
        .slice(0, 20)
        .map((i) =>
          issue(
            'data/not-a-number',
            ['population', i],
            `Row ${i + 1} of "${path}" needs a region code and a positive whole population${popHint(rows[i]?.[popCol], format)}.`,
          ),
        ),
    );
  return out;
}

/** Why a population cell did not read, when another number format would read it. */
function popHint(v: unknown, format: NumberFormat): string {
  const hint = typeof v === 'string' ? numberFormatHint(v, format) : undefined;
  return hint ? `; "${String(v).trim()}": ${hint}` : ' (with . thousands, give --thousands .)';
}
