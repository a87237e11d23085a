import { PG_HLL_DEFAULTS, TakarError, issue, type PgHllParams, type TakarIssue } from '@takar/core';
import type { ParsedArgs } from '../args.js';
import { optional } from './shared-flags.js';

/** The flags that set postgresql-hll sketch parameters. */
export const SKETCH_PARAM_FLAGS = ['log2m', 'regwidth', 'expthresh', 'sparse'] as const;

/**
 * Sketch parameters from `--log2m`, `--regwidth`, `--expthresh` and `--sparse on|off` (defaults the
 * extension's 11, 5, −1, on). Every bad flag is reported at once as `cli/usage`.
 */
export function sketchParams(args: ParsedArgs): PgHllParams {
  const issues: TakarIssue[] = [];
  const int = (name: 'log2m' | 'regwidth' | 'expthresh', min: number, max: number): number => {
    const t = optional(args, name);
    if (t === undefined) return PG_HLL_DEFAULTS[name];
    const x = Number(t);
    if (!/^-?\d+$/.test(t) || x < min || x > max) {
      issues.push(
        issue(
          'cli/usage',
          [`--${name}`],
          `--${name} must be an integer from ${min} to ${max}; got "${t}".`,
        ),
      );
      return PG_HLL_DEFAULTS[name];
    }
    return x;
  };
  const log2m = int('log2m', 4, 24);
  const regwidth = int('regwidth', 1, 8);
  const expthresh = int('expthresh', -1, 2 ** 30);
  if (expthresh > 0 && (expthresh & (expthresh - 1)) !== 0)
    issues.push(
      issue(
        'cli/usage',
        ['--expthresh'],
        `--expthresh must be -1 (automatic), 0 (never) or a power of two; got ${expthresh}.`,
      ),
    );
  const s = optional(args, 'sparse');
  if (s !== undefined && s !== 'on' && s !== 'off')
    issues.push(issue('cli/usage', ['--sparse'], `--sparse must be on or off; got "${s}".`));
  if (issues.length) throw new TakarError(issues);
  return { log2m, regwidth, expthresh, sparseon: s !== 'off' };
}
