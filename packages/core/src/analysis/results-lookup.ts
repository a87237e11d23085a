import type { ResultsDocument } from '../schema/results.js';
import { resultsView, type ResultsView, type UnitResult } from '../results/view.js';
import { TakarError, issue } from '../errors/index.js';

/**
 * Indexed access to a results document: the {@link ResultsView}.
 *
 * @category Analyse
 */
export type ResultsLookup = ResultsView;

/**
 * Indexes a results document for the analysis functions: its (cached) {@link resultsView}.
 *
 * @example
 * ```ts
 * lookup(results).children.get(lookup(results).root); // the dimensions
 * ```
 *
 * @category Analyse
 */
export function lookup(results: ResultsDocument): ResultsLookup {
  return resultsView(results);
}

/**
 * The unit of a results document, or a `results/unknown-unit` error naming the known ones.
 *
 * @category Analyse
 */
export function unitOrThrow(
  look: ResultsLookup,
  code: string,
  at: (string | number)[] = ['unit'],
): UnitResult {
  const u = look.units.get(code);
  if (!u) {
    const known = [...look.units.keys()];
    throw new TakarError(
      issue(
        'results/unknown-unit',
        at,
        `Unit "${code}" is not in the results (${known.length} units, e.g. ${known.slice(0, 3).join(', ')}); use a unit code the results have.`,
      ),
    );
  }
  return u;
}

/**
 * Checks a node (or axis key) exists in the results; a `results/unknown-node` error otherwise.
 *
 * @category Analyse
 */
export function nodeOrThrow(
  look: ResultsLookup,
  code: string,
  at: (string | number)[] = ['node'],
): string {
  if (!look.has(code)) {
    throw new TakarError(
      issue(
        'results/unknown-node',
        at,
        `Node "${code}" is not in the results' framework; use one of its node codes (e.g. "${look.root}").`,
      ),
    );
  }
  return code;
}

/**
 * A score as a number, `null` for missing.
 *
 * @category Analyse
 */
export function scoreOf(u: UnitResult, code: string): number | null {
  const s = u.scores[code];
  return s === undefined || s === null || Number.isNaN(s) ? null : s;
}
