import {
  TakarError,
  issue,
  looksLikeNik,
  numberFormatHint,
  parseNumber,
  type NumberFormat,
  type TakarIssue,
} from '@takar/core';
import { findRegion } from '@takar/indonesia';

/**
 * Reads the number cells of impact rows (programme beneficiaries, survey counts) with the file's
 * number format, so `61.000` with `--thousands .` is 61 000, `-` with `--missing -` is missing, and
 * nothing is guessed: a cell that is not a number in that format is an error with its row and
 * column, all at once. Cells already numbers (JSON, `.xlsx`) pass as they are.
 *
 * @example
 * ```ts
 * numbersIn(rows, ['beneficiaries'], { thousands: '.' }, 'programmes.csv');
 * ```
 */
export function numbersIn(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  format: NumberFormat,
  path: string,
): Record<string, unknown>[] {
  const issues: TakarIssue[] = [];
  const out = rows.map((row, r) => {
    const copy = { ...row };
    for (const c of columns) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const x = parseNumber(v, format);
      if (x === null) copy[c] = '';
      else if (x === undefined) {
        if (issues.length < 50)
          issues.push(
            issue(
              'data/not-a-number',
              ['rows', r, c],
              `Cell "${v}" in row ${r + 1}, column "${c}" of "${path}" is not a number in the stated format${hintFor(v, format)}.`,
            ),
          );
      } else copy[c] = x;
    }
    return copy;
  });
  if (issues.length) throw new TakarError(issues);
  return out;
}

/**
 * Checks the `region` of every impact row against the region registry (or the `--population`
 * file): a Kemendagri code passes, a region name (`Kota Bandung`) becomes its code, and every
 * unknown or ambiguous region is an error with candidates, all at once. Unknown codes would
 * otherwise silently get no population and no coverage.
 *
 * @example
 * ```ts
 * checkRegions([{ region: 'Kota Bandung' }], population, 'programmes.csv')[0]?.region; // '32.73'
 * ```
 */
export function checkRegions(
  rows: readonly Record<string, unknown>[],
  population: Readonly<Record<string, number>>,
  path: string,
): Record<string, unknown>[] {
  const issues: TakarIssue[] = [];
  const out = rows.map((row, r) => {
    const v = row['region'];
    if (v === undefined || v === null || String(v).trim() === '') return row;
    const text = String(v).trim();
    // A NIK-shaped value is left to the raw-identifier check, which refuses it without echoing it.
    if (looksLikeNik(text)) return row;
    if (text in population) return text === v ? row : { ...row, region: text };
    const hit = findRegion(text);
    if (hit.status === 'found' && hit.region.code in population)
      return { ...row, region: hit.region.code };
    const list = (rs: readonly { code: string; name: string }[]): string =>
      rs.map((c) => `${c.code} ${c.name}`).join('; ');
    if (issues.length < 50)
      issues.push(
        hit.status === 'ambiguous'
          ? issue(
              'data/ambiguous-region',
              ['rows', r, 'region'],
              `Row ${r + 1} of "${path}": region "${text}" fits ${list(hit.candidates)}; write the code or "Kota …" / "Kab. …".`,
            )
          : issue(
              'data/unknown-region',
              ['rows', r, 'region'],
              `Row ${r + 1} of "${path}": region "${text}" is not a kabupaten/kota of the registry${hit.status === 'not-found' && hit.suggestions.length ? ` (did you mean ${list(hit.suggestions)}?)` : ''}${hit.status === 'found' ? ' with a population in --population' : ''}; without it the region would get no population and no coverage.`,
            ),
      );
    return row;
  });
  if (issues.length) throw new TakarError(issues);
  return out;
}

/** `; it reads as … give --thousands ,` for a cell another number format would read, else a general hint. */
function hintFor(v: string, format: NumberFormat): string {
  const hint = numberFormatHint(v, format);
  if (hint) return `; ${hint}`;
  return /\d[.,]\d/.test(v)
    ? '; set how the file writes numbers (--decimal , --thousands . for Indonesian Excel)'
    : '';
}
