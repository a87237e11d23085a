import { TakarError, issue, type NumberFormat, type Table, type TakarIssue } from '@takar/core';

/** `61.000`, `1.234.567`: read as 61 or 61000 depending on the locale, so never guessed. */
const DOT_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+$/;

/**
 * Refuses numbers whose meaning depends on the locale when the file does not say which: in a
 * `;`-separated file (the Indonesian and European Excel export) or in a text cell of a workbook,
 * `61.000` is 61 000 with `.` thousands but 61 with a decimal point. Unless `--decimal` or
 * `--thousands` is given, every such cell is an error (`data/ambiguous-number`), all at once,
 * with its row and column. Columns in `skip` (codes, names) are not looked at.
 *
 * @example
 * ```ts
 * checkAmbiguousNumbers(table, {}, 'data.csv', ['kode']); // throws for a cell "61.000"
 * ```
 */
export function checkAmbiguousNumbers(
  table: Table,
  format: NumberFormat,
  path: string,
  skip: readonly string[] = [],
): void {
  if (format.decimal !== undefined || format.thousands !== undefined) return;
  const issues: TakarIssue[] = [];
  table.names.forEach((name, k) => {
    if (skip.includes(name)) return;
    const column = table.columns[k] as ArrayLike<unknown>;
    for (let r = 0; r < table.rowCount && issues.length < 50; r++) {
      const v = column[r];
      if (typeof v === 'string' && DOT_GROUPED.test(v.trim()))
        issues.push(
          issue(
            'data/ambiguous-number',
            ['rows', r, name],
            `Cell "${v.trim()}" in row ${r + 1}, column "${name}" of "${path}" is ${Number(v.trim().replaceAll('.', ''))} with . thousands${Number.isNaN(Number(v.trim())) ? '' : ` but ${Number(v.trim())} with a decimal point`}; say how the file writes numbers: --thousands . --decimal , (Indonesian Excel) or --decimal . (a decimal point).`,
          ),
        );
    }
  });
  if (issues.length) throw new TakarError(issues);
}
