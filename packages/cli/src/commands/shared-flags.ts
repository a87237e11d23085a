import { TakarError, issue, parseNumber, type TableReadOptions } from '@takar/core';
import type { ParsedArgs } from '../args.js';

/** Flags that say how to read CSV text and numbers written as text. */
export const CSV_FLAGS = ['delimiter', 'decimal', 'thousands', 'missing'] as const;

/** Flags that say which columns of a data table are what, and which sheet of a workbook to read. */
export const COLUMN_FLAGS = [
  'region-column',
  'name-column',
  'ignore-columns',
  'group-columns',
  'sheet',
] as const;

/** Flags that say how to write output: `--lang id|en`, `--csv-locale id|en`. */
export const OUTPUT_VALUED = ['lang', 'csv-locale'] as const;

/** Output switches: `--full-precision` keeps every digit in CSV written with `--csv-locale id`. */
export const OUTPUT_SWITCHES = ['full-precision'] as const;

/** The value of a flag that must be given. */
export function required(args: ParsedArgs, name: string): string {
  const v = args.flags.get(name);
  if (typeof v !== 'string')
    throw new TakarError(
      issue('cli/usage', [`--${name}`], `--${name} is required; see \`takar --help\`.`),
    );
  return v;
}

/** The value of an optional flag. */
export function optional(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** How to read text tables: delimiter and number format (decimal mark, thousands, missing tokens). */
export type CsvOptions = { delimiter?: ',' | ';' | '\t' } & Pick<
  TableReadOptions,
  'decimal' | 'thousands' | 'missing'
>;

/** CSV reading options from --delimiter, --decimal, --thousands, --missing. */
export function csvOptions(args: ParsedArgs): CsvOptions {
  const out: CsvOptions = {};
  const d = optional(args, 'delimiter');
  if (d !== undefined) {
    const map: Record<string, ',' | ';' | '\t'> = { ',': ',', ';': ';', tab: '\t', '\t': '\t' };
    const v = map[d];
    if (!v)
      throw new TakarError(
        issue('cli/usage', ['--delimiter'], `--delimiter must be , ; or tab; got "${d}".`),
      );
    out.delimiter = v;
  }
  const dec = optional(args, 'decimal');
  if (dec !== undefined) {
    if (dec !== '.' && dec !== ',')
      throw new TakarError(
        issue('cli/usage', ['--decimal'], `--decimal must be . or ,; got "${dec}".`),
      );
    out.decimal = dec;
  }
  const th = optional(args, 'thousands');
  if (th !== undefined) {
    const map: Record<string, '.' | ',' | ' ' | "'"> = {
      '.': '.',
      ',': ',',
      space: ' ',
      ' ': ' ',
      "'": "'",
    };
    const v = map[th];
    if (!v)
      throw new TakarError(
        issue('cli/usage', ['--thousands'], `--thousands must be . , space or '; got "${th}".`),
      );
    out.thousands = v;
  }
  if (out.decimal !== undefined && out.decimal === out.thousands)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--thousands'],
        `--decimal and --thousands are both "${out.decimal}"; they must differ (Indonesian files: --decimal , --thousands .).`,
      ),
    );
  const missing = optional(args, 'missing');
  if (missing !== undefined) {
    // The defaults (empty cell, NA) stay missing; the listed tokens are added, e.g. `-` or `n/a`.
    out.missing = ['', 'NA', ...missing.split(',').map((t) => t.trim())];
  }
  return out;
}

/**
 * Reads a number given on the command line (`--set`, `--household-size`) with the file's number
 * format, so `--decimal , --set 3,97` and `--household-size 3,6` mean what an Indonesian reader
 * means. Returns `undefined` for text that is not a number in that format.
 *
 * @example
 * ```ts
 * flagNumber('3,6', { decimal: ',' }); // 3.6
 * ```
 */
export function flagNumber(text: string, format: CsvOptions): number | undefined {
  const x = parseNumber(text, { ...format, missing: [] });
  return typeof x === 'number' ? x : undefined;
}

/** `--year <n>` as a whole number. */
export function yearFlag(args: ParsedArgs): number | undefined {
  const y = optional(args, 'year');
  if (y === undefined) return undefined;
  if (!/^-?\d+$/.test(y))
    throw new TakarError(
      issue('cli/usage', ['--year'], `--year must be a whole number; got "${y}".`),
    );
  return Number(y);
}

/** The valued flags every scoring command takes: framework, data and the pipeline of `takar score`. */
export const SCORING_VALUED = [
  'framework',
  'data',
  'config',
  'year',
  'impute',
  'treat',
  'normalise',
  'aggregate',
  'weights',
  'screen',
  'group-ranks',
  'order',
  'normalise-across',
  'min-available',
  'screen-zeros',
  'aggregate-level',
  ...CSV_FLAGS,
  ...COLUMN_FLAGS,
  ...OUTPUT_VALUED,
] as const;

/** The switches every scoring command takes. */
export const SCORING_SWITCHES = ['denominate', 'example', 'help', ...OUTPUT_SWITCHES] as const;
