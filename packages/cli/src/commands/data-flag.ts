import { TakarError, issue } from '@takar/core';
import type { ParsedArgs } from '../args.js';
import { EXAMPLE_DATA } from '../load/example-data.js';
import { required } from './shared-flags.js';

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
