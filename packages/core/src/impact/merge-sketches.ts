/*
 * Merging agencies' sketches, per group:
 *
 *   sketch sets (one per agency file) ─ check same parameters and key ─ union per group
 *     ─► count = estimate(union) ± z·(1.04/√m)·count   (exact while EXPLICIT; hll_cardinality beside it)
 *     ─► overlap(A, B) = |A| + |B| − |A ∪ B|, error ≤ the sum of the three errors
 *        (inclusion–exclusion; "too small" when the interval reaches zero)
 */
import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import type { PgHll } from './pg-hll.js';
import type { SketchSet } from './sketch-document.js';

/**
 * One merged group.
 *
 * @category Impact
 */
export interface MergedGroup {
  readonly group: string;
  /** The union sketch. */
  readonly sketch: PgHll;
  /** Estimated distinct persons ({@link PgHll.estimate}: exact while EXPLICIT, else Ertl's estimator). */
  readonly estimate: number;
  /** The extension's `hll_cardinality` of the union, for checking against the database. */
  readonly cardinality: number;
  readonly low: number;
  readonly high: number;
  /** `exact` while the union is an EXPLICIT list of hashes, else `hll`. */
  readonly method: 'exact' | 'hll';
  /** Sources (files) that have this group. */
  readonly sources: readonly string[];
  /** Sum of the sources' record counts, when every source states it. */
  readonly records?: number;
  /** Sum of records without a key, when any source states it. */
  readonly withoutKey?: number;
}

/**
 * The estimated overlap of two sources in one group.
 *
 * @category Impact
 */
export interface Overlap {
  readonly group: string;
  readonly a: string;
  readonly b: string;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** True when the interval reaches zero: the overlap cannot be told from none. */
  readonly tooSmall: boolean;
}

/**
 * Options of {@link mergeSketches}.
 *
 * @category Impact
 */
export interface MergeOptions {
  /** Normal quantile of the intervals (default 1.96, about 95 %). */
  readonly z?: number;
}

/**
 * Unions the sketches of several sources per group, with an error interval for each count and the
 * pairwise overlaps between sources. Throws `impact/incompatible-sketch` when sources differ in
 * parameters or key check (listing every such source), so nothing is merged that does not belong together.
 *
 * @example
 * ```ts
 * const { groups, overlaps } = mergeSketches([dinsos, bpjs, disdik]);
 * groups[0].estimate; // distinct persons in the first group
 * ```
 *
 * @category Impact
 */
export function mergeSketches(
  sets: readonly SketchSet[],
  options: MergeOptions = {},
): { groups: MergedGroup[]; overlaps: Overlap[] } {
  const z = options.z ?? 1.959963984540054;
  checkCompatible(sets);
  const byGroup = new Map<
    string,
    { set: SketchSet; sketch: PgHll; records?: number; withoutKey?: number }[]
  >();
  for (const set of sets)
    for (const g of set.groups) {
      const list = byGroup.get(g.group) ?? [];
      list.push({
        set,
        sketch: g.sketch,
        ...(g.records !== undefined ? { records: g.records } : {}),
        ...(g.withoutKey !== undefined ? { withoutKey: g.withoutKey } : {}),
      });
      byGroup.set(g.group, list);
    }
  const names = [...byGroup.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const groups: MergedGroup[] = [];
  const overlaps: Overlap[] = [];
  for (const group of names) {
    const parts = byGroup.get(group) as NonNullable<ReturnType<typeof byGroup.get>>;
    const union = (parts[0] as (typeof parts)[number]).sketch.clone();
    for (const p of parts.slice(1)) union.union(p.sketch);
    const c = counted(union, z);
    const allRecords = parts.every((p) => p.records !== undefined);
    const anyWithout = parts.some((p) => p.withoutKey !== undefined);
    groups.push({
      group,
      sketch: union,
      ...c,
      cardinality: union.cardinality(),
      sources: parts.map((p) => p.set.source),
      ...(allRecords ? { records: parts.reduce((s, p) => s + (p.records as number), 0) } : {}),
      ...(anyWithout ? { withoutKey: parts.reduce((s, p) => s + (p.withoutKey ?? 0), 0) } : {}),
    });
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i] as (typeof parts)[number];
        const b = parts[j] as (typeof parts)[number];
        const ca = counted(a.sketch, z);
        const cb = counted(b.sketch, z);
        const cu = counted(a.sketch.clone().union(b.sketch), z);
        const estimate = ca.estimate + cb.estimate - cu.estimate;
        // sd(X + Y − U) ≤ sd(X) + sd(Y) + sd(U), whatever their correlation: a safe, wider interval
        const half = ca.high - ca.estimate + (cb.high - cb.estimate) + (cu.high - cu.estimate);
        overlaps.push({
          group,
          a: a.set.source,
          b: b.set.source,
          estimate,
          low: Math.max(0, estimate - half),
          high: estimate + half,
          tooSmall: estimate - half <= 0,
        });
      }
  }
  return { groups, overlaps };
}

function counted(
  s: PgHll,
  z: number,
): { estimate: number; low: number; high: number; method: 'exact' | 'hll' } {
  const estimate = s.estimate();
  if (s.kind === 'EXPLICIT' || s.kind === 'EMPTY')
    return { estimate, low: estimate, high: estimate, method: 'exact' };
  const d = z * s.standardError * estimate;
  return { estimate, low: Math.max(0, estimate - d), high: estimate + d, method: 'hll' };
}

function checkCompatible(sets: readonly SketchSet[]): void {
  const issues: TakarIssue[] = [];
  if (sets.length === 0)
    throw new TakarError(
      issue('impact/invalid', ['sketches'], 'Give at least one sketch file to merge.'),
    );
  const first = sets.find((s) => s.groups.length)?.groups[0]?.sketch.params;
  const keys = new Set(sets.map((s) => s.keyCheck).filter((k) => k !== undefined));
  if (keys.size > 1)
    issues.push(
      issue(
        'impact/incompatible-sketch',
        ['hash', 'keyCheck'],
        `The sketch documents were made with ${keys.size} different keys (${sets
          .filter((s) => s.keyCheck)
          .map((s) => `${s.source}: ${s.keyCheck}`)
          .join(
            ', ',
          )}); every agency must hash with the same shared key, or the same person counts once per agency.`,
      ),
    );
  if (first)
    for (const s of sets) {
      const p = s.groups[0]?.sketch.params;
      if (
        p &&
        (p.log2m !== first.log2m ||
          p.regwidth !== first.regwidth ||
          p.expthresh !== first.expthresh ||
          p.sparseon !== first.sparseon)
      )
        issues.push(
          issue(
            'impact/incompatible-sketch',
            [s.source, 'params'],
            `${s.source} uses log2m ${p.log2m}, regwidth ${p.regwidth}, expthresh ${p.expthresh}, sparseon ${p.sparseon}, unlike the first file (${first.log2m}, ${first.regwidth}, ${first.expthresh}, ${first.sparseon}); rebuild it with the same parameters.`,
          ),
        );
    }
  if (issues.length) throw new TakarError(issues);
}
