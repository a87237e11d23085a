import { TakarError, issue, type TableReadOptions } from '@takar/core';
import type { ParsedArgs } from '../args.js';

/** Flags that say how to read CSV text. */
export const CSV_FLAGS = ['delimiter', 'decimal', 'thousands'] as const;

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

/** CSV reading options from --delimiter, --decimal, --thousands. */
export function csvOptions(
  args: ParsedArgs,
): { delimiter?: ',' | ';' | '\t' } & Pick<TableReadOptions, 'decimal' | 'thousands'> {
  const out: { delimiter?: ',' | ';' | '\t' } & Pick<TableReadOptions, 'decimal' | 'thousands'> =
    {};
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
  return out;
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
  ...CSV_FLAGS,
] as const;

/** The switches every scoring command takes. */
export const SCORING_SWITCHES = ['denominate', 'example', 'help'] as const;
