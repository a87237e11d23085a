import type { NormaliseSpec } from '../schema/pipeline.js';
import { issue, type IssuePath, type TakarIssue } from '../errors/index.js';
import { NORMALISERS } from '../methods/normalisers.js';

/**
 * What a normaliser needs to know about the indicator it works on.
 *
 * @category Score
 */
export interface NormaliseTarget {
  /** Indicator code, for messages. */
  code: string;
  /** +1 higher is better, −1 lower is better (values are multiplied by it first). */
  direction: 1 | -1;
  target?: number | undefined;
  goalposts?: readonly [number, number] | undefined;
  /** Row of the reference unit for `dist2ref`, or −1 when it is not in the data. */
  referenceIndex?: number | undefined;
  /** Where the spec came from, for issue paths. */
  at?: IssuePath;
}

/**
 * The outcome of {@link normaliseColumn}: the normalised column, or the issue that prevented it.
 *
 * @category Score
 */
export type NormaliseOutcome =
  { ok: true; column: Float64Array } | { ok: false; issue: TakarIssue };

/**
 * Normalises one indicator column with a method spec, after applying the direction
 * (x ← x × direction, as the OECD/JRC Handbook and COINr do). Goalposts use the original values.
 *
 * @example
 * ```ts
 * const r = normaliseColumn(Float64Array.of(1, 2, 3), { method: 'minmax' }, { code: 'a', direction: -1 });
 * if (r.ok) r.column; // Float64Array [100, 50, 0]
 * ```
 *
 * @category Score
 */
export function normaliseColumn(
  raw: Float64Array,
  spec: NormaliseSpec,
  ind: NormaliseTarget,
): NormaliseOutcome {
  const at = ind.at ?? ['pipeline', 'normalise'];
  const dir = ind.direction;
  let x = raw;
  if (dir === -1) {
    x = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) x[i] = -(raw[i] as number);
  }
  const entry = NORMALISERS.get(spec.method);
  if (!entry)
    return {
      ok: false,
      issue: issue(
        'pipeline/invalid',
        [...at, 'method'],
        `Unknown normalisation method ${JSON.stringify(spec.method)}; use one of ${NORMALISERS.names().join(', ')}.`,
      ),
    };
  const pooled = spec.pooled?.[ind.code];
  if (pooled && entry.across !== undefined && entry.across !== 'fixed')
    return { ok: true, column: entry.across.apply(x, spec, pooled) };
  const out = entry.run(x, spec, {
    code: ind.code,
    raw,
    direction: dir,
    target: ind.target,
    goalposts: ind.goalposts,
    referenceIndex: ind.referenceIndex,
    at,
  });
  if (out instanceof Float64Array) return { ok: true, column: out };
  if (out !== null) return { ok: false, issue: out };
  return {
    ok: false,
    issue: issue(
      'data/zero-range',
      ['values'],
      `Indicator "${ind.code}" has the same value for every unit, so ${spec.method} cannot scale it; remove it, give it another normalisation (e.g. "none"), or add data.`,
    ),
  };
}
