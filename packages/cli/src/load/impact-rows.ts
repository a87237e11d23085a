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
  collect?: TakarIssue[],
): Record<string, unknown>[] {
  const issues: TakarIssue[] = collect ?? [];
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
  if (issues.length && !collect) throw new TakarError(issues);
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
  collect?: TakarIssue[],
): Record<string, unknown>[] {
  const issues: TakarIssue[] = collect ?? [];
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
  if (issues.length && !collect) throw new TakarError(issues);
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

/**
 * The number cells and regions of impact rows checked as {@link numbersIn} and
 * {@link checkRegions} do, and, when either finds a problem, the rows' other problems too (a
 * negative count, more positives than respondents, a missing programme: whatever `check`, the
 * computation the rows are for, refuses), so one run reports every problem of the file, not the
 * first kind. A cell already reported is not reported again.
 *
 * @example
 * ```ts
 * impactCells(rows, ['beneficiaries'], {}, 'p.csv', population, (r) => countProgrammes(r));
 * ```
 */
export function impactCells(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  format: NumberFormat,
  path: string,
  population: Readonly<Record<string, number>>,
  check: (rows: Record<string, unknown>[]) => unknown,
): Record<string, unknown>[] {
  const issues: TakarIssue[] = [];
  const cells = numbersIn(rows, columns, format, path, issues);
  const checked = cells.some((row) => row['region'] !== undefined)
    ? checkRegions(cells, population, path, issues)
    : cells;
  if (issues.length === 0) return checked;
  const seen = new Set(issues.map((i) => `${String(i.path[1])}/${String(i.path[2])}`));
  try {
    check(checked);
  } catch (e) {
    if (!(e instanceof TakarError)) throw e;
    for (const i of e.issues) {
      const row = i.path[1];
      if (typeof row !== 'number') issues.push(i);
      else if (!seen.has(`${row}/${String(i.path[2])}`))
        issues.push(
          issue(i.code, ['rows', ...i.path.slice(1)], `Row ${row + 1} of "${path}": ${i.message}`),
        );
    }
  }
  throw new TakarError(issues.slice(0, 50));
}
