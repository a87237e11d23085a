import { TakarError, issue, roundHalfUpDecimal, type Table } from '@takar/core';
import type { ParsedArgs } from '../args.js';
import { langOf, type Lang } from '../locale/terms.js';

/** How a command writes its files: `--lang`, `--csv-locale`, `--full-precision`. */
export interface OutputFormat {
  /** Language of terminal tables and workbook headers (CSV columns stay machine names). */
  readonly lang: Lang;
  /** `id`: BOM, `;`, decimal comma, CRLF, as Excel in the Indonesian locale reads; `en`: plain CSV. */
  readonly csvLocale: 'id' | 'en';
  /** Keep every digit in `--csv-locale id` CSV instead of the displayed precision. */
  readonly fullPrecision: boolean;
}

/** The plain default: English-locale CSV, Indonesian terminal. */
export const DEFAULT_FORMAT: OutputFormat = { lang: 'id', csvLocale: 'en', fullPrecision: false };

/**
 * The output format from the command line. `--csv-locale id` is the same as `--delimiter ';'
 * --decimal ,` for what is written.
 *
 * @example
 * ```ts
 * outputFormat(parseArgs(['--csv-locale', 'id'], ['csv-locale'])).csvLocale; // 'id'
 * ```
 */
export function outputFormat(args: ParsedArgs): OutputFormat {
  const text = (n: string): string | undefined => {
    const v = args.flags.get(n);
    return typeof v === 'string' ? v : undefined;
  };
  const lang = langOf(text('lang'));
  if (!lang)
    throw new TakarError(
      issue('cli/usage', ['--lang'], `--lang must be id or en; got "${text('lang')}".`),
    );
  const locale = text('csv-locale') ?? 'en';
  if (locale !== 'id' && locale !== 'en')
    throw new TakarError(
      issue('cli/usage', ['--csv-locale'], `--csv-locale must be id or en; got "${locale}".`),
    );
  return { lang, csvLocale: locale, fullPrecision: args.flags.get('full-precision') === true };
}

/**
 * The numbers of a table rounded, decimal-correctly, to the precision they are shown with: `digits`
 * per column (default 2 decimals; whole numbers stay whole). Text and missing cells pass through.
 *
 * @example
 * ```ts
 * roundedTable({ names: ['a'], columns: [[3.4749999999999996]], rowCount: 1 }).columns[0]; // [3.48]
 * ```
 */
export function roundedTable(
  table: Table,
  digits: Readonly<Record<string, number>> = {},
  fallback = 2,
): Table {
  return {
    ...table,
    columns: table.columns.map((c, k) => {
      const d = digits[table.names[k] as string] ?? fallback;
      return Array.from(c, (v) =>
        typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)
          ? roundHalfUpDecimal(v, d)
          : v,
      );
    }),
  };
}
