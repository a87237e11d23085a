import { issue, type TakarIssue } from '../errors/index.js';

/**
 * A `results/invalid` issue when an array does not have one entry per `what` (`n` of them), else
 * nothing: every per-unit (results) or per-key (region documents) array must line up.
 */
export function misaligned(
  arr: readonly unknown[] | undefined,
  n: number,
  path: (string | number)[],
  what: string,
): TakarIssue[] {
  if (arr === undefined || arr.length === n) return [];
  return [
    issue(
      'results/invalid',
      path,
      `Has ${arr.length} entries but the document has ${n} ${what}; every column needs one entry per ${what.replace(/s( \(.*\))?$/, '')}.`,
    ),
  ];
}
