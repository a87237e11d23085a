import type { ResultsDocument, UnitResult } from '../schema/results.js';
import type { FrameworkNode } from '../schema/framework.js';
import { TakarError, issue } from '../errors/index.js';

/** Indexed access to a results document: units by code, nodes by code, children of each node. */
export interface ResultsLookup {
  readonly results: ResultsDocument;
  readonly units: ReadonlyMap<string, UnitResult>;
  readonly nodes: ReadonlyMap<string, FrameworkNode>;
  /** Children codes of each node, in framework order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** The root (index) node code. */
  readonly root: string;
  /** Every score key of the results (nodes and axis keys), in the order of the first unit. */
  readonly keys: readonly string[];
}

/**
 * Indexes a results document for the analysis functions.
 *
 * @example
 * ```ts
 * lookup(results).children.get(lookup(results).root); // the dimensions
 * ```
 */
export function lookup(results: ResultsDocument): ResultsLookup {
  const nodes = new Map(results.framework.nodes.map((n) => [n.code, n]));
  const children = new Map<string, string[]>(results.framework.nodes.map((n) => [n.code, []]));
  let root = results.framework.nodes[0]?.code ?? '';
  for (const n of results.framework.nodes) {
    if (n.parent === null) root = n.code;
    else children.get(n.parent)?.push(n.code);
  }
  const units = new Map(results.units.map((u) => [u.unit, u]));
  const keys = Object.keys(results.units[0]?.scores ?? {});
  return { results, units, nodes, children, root, keys };
}

/** The unit of a results document, or a `results/unknown-unit` error naming the known ones. */
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

/** Checks a node (or axis key) exists in the results; a `results/unknown-node` error otherwise. */
export function nodeOrThrow(
  look: ResultsLookup,
  code: string,
  at: (string | number)[] = ['node'],
): string {
  if (!look.nodes.has(code) && !look.keys.includes(code)) {
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

/** A score as a number, `null` for missing. */
export function scoreOf(u: UnitResult, code: string): number | null {
  const s = u.scores[code];
  return s === undefined || s === null || Number.isNaN(s) ? null : s;
}
