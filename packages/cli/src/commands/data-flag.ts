import { TakarError, issue } from '@takar/core';
import type { ParsedArgs } from '../args.js';
import { EXAMPLE_DATA } from '../load/example-data.js';
import { optional, required } from './shared-flags.js';

/**
 * The data source: `--example` (the embedded example data), else `--data <file | example>`.
 *
 * @example
 * ```ts
 * dataFlag(parseArgs(['--example'], [], ['example'])); // 'example'
 * ```
 */
export function dataFlag(args: ParsedArgs): string {
  if (args.flags.get('example') === true) {
    if (args.flags.has('data'))
      throw new TakarError(
        issue('cli/usage', ['--example'], 'Give either --data or --example, not both.'),
      );
    return EXAMPLE_DATA;
  }
  return required(args, 'data');
}

/**
 * `--framework`; without it, a COINr / composer workbook given as `--data book.xlsx` is its own
 * framework (its `iMeta` sheet).
 *
 * @example
 * ```ts
 * frameworkFlag(parseArgs(['--data', 'book.xlsx'], ['data'])); // 'book.xlsx'
 * ```
 */
export function frameworkFlag(args: ParsedArgs): string {
  const data = optional(args, 'data');
  if (!args.flags.has('framework') && data !== undefined && /\.xlsx$/i.test(data)) return data;
  return required(args, 'framework');
}
