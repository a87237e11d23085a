import { kurt } from './kurt.js';
import { mean } from './mean.js';
import { median } from './median.js';
import { minMax } from './min-max.js';
import { sd } from './sd.js';
import { skew } from './skew.js';

/**
 * Thresholds for the flags of {@link describe} (COINr `get_stats` defaults).
 *
 * @category Score
 */
export interface DescribeThresholds {
  /** |skew| above this (and kurtosis above `kurt`) flags outliers; default 2. */
  skew?: number;
  /** Kurtosis threshold; default 3.5. */
  kurt?: number;
  /** Share of units with data below this flags `LOW` availability; default 0.65. */
  avail?: number;
  /** Share of units (of all units) with a non-zero value below this flags `LOW`; default 0.5. */
  zero?: number;
  /** Share of units (of all units) with a distinct value below this flags `LOW`; default 0.5. */
  unique?: number;
}

/**
 * Statistics of one indicator column, named as in COINr's `get_stats` table.
 *
 * @category Score
 */
export interface ColumnStats {
  min: number;
  max: number;
  mean: number;
  median: number;
  /** Sample standard deviation (n − 1). */
  sd: number;
  /** Sample skewness (type 2). */
  skew: number;
  /** Sample excess kurtosis (type 2). */
  kurt: number;
  nAvail: number;
  nNonZero: number;
  nUnique: number;
  /** The largest number of units sharing one value. */
  nSame: number;
  /** nAvail / n. */
  frcAvail: number;
  /** nNonZero / nAvail. */
  frcNonZero: number;
  /** nUnique / nAvail. */
  frcUnique: number;
  /** nSame / nAvail. */
  frcSame: number;
  flagAvail: 'ok' | 'LOW';
  flagNonZero: 'ok' | 'LOW';
  flagUnique: 'ok' | 'LOW';
  flagSkewKurt: 'ok' | 'OUT';
}

/**
 * Describes a column: location, spread, shape (type-2 skewness and kurtosis), availability,
 * zeros, distinct values and COINr's flags (`get_stats`, COINr 1.1).
 *
 * @example
 * ```ts
 * describe(Float64Array.of(0, 1, 2, NaN)).nAvail; // 3
 * ```
 *
 * @category Score
 */
export function describe(column: Float64Array, thresholds: DescribeThresholds = {}): ColumnStats {
  const {
    skew: tSkew = 2,
    kurt: tKurt = 3.5,
    avail: tAvail = 0.65,
    zero: tZero = 0.5,
    unique: tUnique = 0.5,
  } = thresholds;
  const n = column.length;
  const counts = new Map<number, number>();
  let nAvail = 0;
  let nNonZero = 0;
  for (let i = 0; i < n; i++) {
    const x = column[i] as number;
    if (Number.isNaN(x)) continue;
    nAvail++;
    if (x !== 0) nNonZero++;
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let nSame = 0;
  for (const c of counts.values()) if (c > nSame) nSame = c;
  const [min, max] = minMax(column);
  const sk = skew(column);
  const kt = kurt(column);
  return {
    min,
    max,
    mean: mean(column),
    median: median(column),
    sd: sd(column),
    skew: sk,
    kurt: kt,
    nAvail,
    nNonZero,
    nUnique: counts.size,
    nSame,
    frcAvail: nAvail / n,
    frcNonZero: nNonZero / nAvail,
    frcUnique: counts.size / nAvail,
    frcSame: nSame / nAvail,
    flagAvail: nAvail / n >= tAvail ? 'ok' : 'LOW',
    flagNonZero: nNonZero / n >= tZero ? 'ok' : 'LOW',
    flagUnique: counts.size / n >= tUnique ? 'ok' : 'LOW',
    flagSkewKurt: Math.abs(sk) > tSkew && kt > tKurt ? 'OUT' : 'ok',
  };
}
