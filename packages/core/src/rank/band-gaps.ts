import type { Band } from '../schema/framework.js';
import { resultsView } from '../results/view.js';
import { nodeBands } from '../results/labels.js';
import type { ResultsDocument } from '../schema/results.js';
import { assignBand } from './band.js';

/** A unit whose score at a node with bands falls in no band: in a gap between two, or outside all. */
export interface BandGap {
  unit: string;
  /** The node whose bands it falls between. */
  node: string;
  score: number;
  /** The band just below the score (its `max` ≤ the score), if any. */
  below: Band | null;
  /** The band just above the score (its `min` > the score), if any. */
  above: Band | null;
}

/**
 * Every unit of a results document whose score at a node with bands (the framework's `bands` for
 * the index, a node's own `bands`) is present but falls in no band, because the bands leave a gap
 * there (`[0, 3)` and `[4, 100)` leave 3.5 out) or do not reach it. Such a unit's band is `null`
 * in the document, as for a missing score; this names it so it is not taken for one.
 *
 * @example
 * ```ts
 * bandGaps(doc); // [{ unit: 'u2', node: 'idx', score: 3.5, below: { code: 'r', … }, above: { code: 't', … } }]
 * ```
 */
export function bandGaps(doc: ResultsDocument): BandGap[] {
  const gaps: BandGap[] = [];
  const { framework } = doc;
  const view = resultsView(doc);
  const banded = framework.nodes
    .map((n) => ({ code: n.code, bands: nodeBands(framework, n) }))
    .filter((n): n is { code: string; bands: Band[] } => !!n.bands && n.bands.length > 0);
  for (let i = 0; i < view.size; i++)
    for (const { code, bands } of banded) {
      const col = view.column(code);
      if (!col) continue;
      const score = col.scores[i];
      if (score === null || score === undefined || !Number.isFinite(score)) continue;
      if (assignBand(score, bands, framework.digits) !== null) continue;
      const below = bands.filter((b) => b.max !== null && b.max <= score).at(-1) ?? null;
      const above = bands.find((b) => b.min !== null && b.min > score) ?? null;
      gaps.push({ unit: view.codes[i] as string, node: code, score, below, above });
    }
  return gaps;
}
