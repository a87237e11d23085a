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

/** How a region cell matched the registry: its code, or why it did not. */
export type RegionMatch =
  | { ok: true; code: string }
  | { ok: false; code: 'data/unknown-region' | 'data/ambiguous-region'; why: string };

/**
 * Matches region cells to codes through the region registry (or the `--population` file): a code
 * with a population passes, a name (`Kota Bandung`, `DI Yogyakarta`) becomes its code, anything
 * else says why, with candidates. Results are cached per text, so a file of millions of records
 * looks up each distinct region once.
 *
 * @example
 * ```ts
 * regionMatcher(population)('Kota Bandung'); // { ok: true, code: '32.73' }
 * ```
 */
export function regionMatcher(
  population: Readonly<Record<string, number>>,
): (text: string) => RegionMatch {
  const cache = new Map<string, RegionMatch>();
  const list = (rs: readonly { code: string; name: string }[]): string =>
    rs.map((c) => `${c.code} ${c.name}`).join('; ');
  return (text) => {
    const hit = cache.get(text);
    if (hit) return hit;
    let m: RegionMatch;
    if (Object.hasOwn(population, text)) m = { ok: true, code: text };
    else {
      const found = findRegion(text);
      if (found.status === 'found' && Object.hasOwn(population, found.region.code))
        m = { ok: true, code: found.region.code };
      else if (found.status === 'ambiguous')
        m = {
          ok: false,
          code: 'data/ambiguous-region',
          why: `region "${text}" fits ${list(found.candidates)}; write the code or "Kota …" / "Kab. …".`,
        };
      else
        m = {
          ok: false,
          code: 'data/unknown-region',
          why: `region "${text}" is not a kabupaten/kota of the registry${found.status === 'not-found' && found.suggestions.length ? ` (did you mean ${list(found.suggestions)}?)` : ''}${found.status === 'found' ? ' with a population in --population' : ''}; without it the region would get no population and no coverage.`,
        };
    }
    cache.set(text, m);
    return m;
  };
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
  const match = regionMatcher(population);
  const out = rows.map((row, r) => {
    const v = row['region'];
    if (v === undefined || v === null || String(v).trim() === '') return row;
    const text = String(v).trim();
    // A NIK-shaped value is left to the raw-identifier check, which refuses it without echoing it.
    if (looksLikeNik(text)) return row;
    const m = match(text);
    if (m.ok) return m.code === v ? row : { ...row, region: m.code };
    if (issues.length < 50)
      issues.push(issue(m.code, ['rows', r, 'region'], `Row ${r + 1} of "${path}": ${m.why}`));
    return row;
  });
  if (issues.length && !collect) throw new TakarError(issues);
  return out;
}

/**
 * Collects the regions of streamed records that do not match the registry: each distinct region
 * once, with the first line it is on and how many lines have it, so a file of millions of records
 * gives one error per bad region, every one at once.
 *
 * @example
 * ```ts
 * const bad = unmatchedRegions('records.csv');
 * bad.add(12, m); // …
 * bad.issues(); // [{ code: 'data/unknown-region', path: ['records', 12, 'region'], … }]
 * ```
 */
export function unmatchedRegions(path: string): {
  add: (line: number, text: string, m: RegionMatch & { ok: false }) => void;
  issues: () => TakarIssue[];
} {
  const seen = new Map<string, { line: number; lines: number; m: RegionMatch & { ok: false } }>();
  return {
    add: (line, text, m) => {
      const s = seen.get(text);
      if (s) s.lines++;
      else seen.set(text, { line, lines: 1, m });
    },
    issues: () =>
      [...seen.values()]
        .slice(0, 50)
        .map(({ line, lines, m }) =>
          issue(
            m.code,
            ['records', line, 'region'],
            `Line ${line} of "${path}"${lines > 1 ? ` (and ${lines - 1} more line${lines > 2 ? 's' : ''})` : ''}: ${m.why}`,
          ),
        ),
  };
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
