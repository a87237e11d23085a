import { term } from './locale/terms.js';

/**
 * Renders rows as an aligned plain-text table for the terminal: a header (in the run's `--lang`), a
 * rule, and the rows; numbers are right-aligned and shown with up to `digits` decimals (default 2),
 * missing cells as `–`.
 *
 * @example
 * ```ts
 * textTable(['unit', 'score'], [['32.73', 3.456]]); // with --lang en:
 * // 'unit   score\n-----  -----\n32.73   3.46\n'
 * ```
 */
export function textTable(
  words: readonly string[],
  rows: readonly (readonly unknown[])[],
  digits = 2,
): string {
  // Headings in the run's language (--lang; Indonesian by default).
  const header = words.map((w) => term(w));
  // A column with any fraction shows every number with `digits` decimals, so they line up.
  const fractional = header.map((_h, k) =>
    rows.some((r) => typeof r[k] === 'number' && !Number.isInteger(r[k])),
  );
  const cells = rows.map((r) =>
    header.map((_h, k) => cellText(r[k], fractional[k] === true ? digits : 0)),
  );
  const numeric = header.map(
    (_h, k) =>
      rows.some((r) => typeof r[k] === 'number') && rows.every((r) => typeof r[k] !== 'string'),
  );
  const width = header.map((h, k) => Math.max(h.length, ...cells.map((c) => (c[k] ?? '').length)));
  const line = (c: readonly string[]): string =>
    c
      .map((s, k) => (numeric[k] ? s.padStart(width[k] as number) : s.padEnd(width[k] as number)))
      .join('  ')
      .trimEnd();
  return (
    [line(header), line(width.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n'
  );
}

function cellText(v: unknown, digits: number): string {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '–';
  if (typeof v === 'number') {
    const t = digits === 0 && Number.isInteger(v) ? String(v) : v.toFixed(digits);
    return /^-0\.?0*$/.test(t) ? t.slice(1) : t;
  }
  return String(v);
}
