/**
 * The correlation coefficients Takar computes.
 *
 * @category Analyse
 */
export type CorrelationMethod = 'pearson' | 'spearman' | 'kendall';

/** The pairs where both values are present. */
function complete(x: ArrayLike<number>, y: ArrayLike<number>): [Float64Array, Float64Array] {
  const n = Math.min(x.length, y.length);
  let m = 0;
  for (let i = 0; i < n; i++) if (x[i] === x[i] && y[i] === y[i]) m++;
  const a = new Float64Array(m);
  const b = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    if (xi === xi && yi === yi) {
      a[j] = xi;
      b[j++] = yi;
    }
  }
  return [a, b];
}

function pearsonComplete(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n < 2) return NaN;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] as number;
    mb += b[i] as number;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : NaN;
}

/**
 * Pearson's correlation over the pairs where both values are present (R's
 * `cor(use = "pairwise.complete.obs")`); `NaN` with fewer than two pairs or no variance.
 *
 * @example
 * ```ts
 * pearson([1, 2, 3, NaN], [2, 4, 7, 1]); // 0.993…
 * ```
 *
 * @category Analyse
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [a, b] = complete(x, y);
  return pearsonComplete(a, b);
}

/**
 * Ascending ranks with ties sharing the mean of their positions (R's `rank()` default); missing
 * (NaN) stays missing.
 *
 * @example
 * ```ts
 * averageRanks(Float64Array.of(10, 30, 30, 5)); // [2, 3.5, 3.5, 1]
 * ```
 *
 * @category Analyse
 */
export function averageRanks(x: ArrayLike<number>): Float64Array {
  const idx = Array.from({ length: x.length }, (_v, i) => i).filter((i) => x[i] === x[i]);
  idx.sort((i, j) => (x[i] as number) - (x[j] as number));
  const out = new Float64Array(x.length).fill(NaN);
  for (let s = 0; s < idx.length;) {
    let e = s;
    while (e + 1 < idx.length && x[idx[e + 1] as number] === x[idx[s] as number]) e++;
    const r = (s + e) / 2 + 1;
    for (let t = s; t <= e; t++) out[idx[t] as number] = r;
    s = e + 1;
  }
  return out;
}

/**
 * Spearman's rank correlation: Pearson's correlation of the average ranks, over the pairs where
 * both values are present (as R's `cor(method = "spearman", use = "pairwise.complete.obs")`).
 *
 * @example
 * ```ts
 * spearman([1, 2, 3, 4], [1, 3, 2, 4]); // 0.8
 * ```
 *
 * @category Analyse
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [a, b] = complete(x, y);
  return pearsonComplete(averageRanks(a), averageRanks(b));
}

/**
 * Kendall's tau-b over the pairs where both values are present, with Knight's O(n log n)
 * algorithm (Knight 1966): τ_b = (n₀ − n₁ − n₂ + n₃ − 2 n_swaps) / √((n₀ − n₁)(n₀ − n₂)), where
 * n₀ = n(n − 1)/2, n₁ and n₂ count pairs tied in x and in y, n₃ pairs tied in both. Equals R's
 * `cor(method = "kendall")`.
 *
 * @example
 * ```ts
 * kendall([1, 2, 3, 4], [1, 3, 2, 4]); // 0.666…
 * ```
 *
 * @category Analyse
 */
export function kendall(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [a, b] = complete(x, y);
  const n = a.length;
  if (n < 2) return NaN;
  const order = Array.from({ length: n }, (_v, i) => i).sort(
    (i, j) => (a[i] as number) - (a[j] as number) || (b[i] as number) - (b[j] as number),
  );
  const n0 = (n * (n - 1)) / 2;
  let n1 = 0;
  let n3 = 0;
  for (let s = 0; s < n;) {
    let e = s;
    while (e + 1 < n && a[order[e + 1] as number] === a[order[s] as number]) e++;
    const t = e - s + 1;
    n1 += (t * (t - 1)) / 2;
    // Within an x-tie, count pairs tied in y as well (the run is sorted by y).
    for (let u = s; u <= e;) {
      let v = u;
      while (v + 1 <= e && b[order[v + 1] as number] === b[order[u] as number]) v++;
      const w = v - u + 1;
      n3 += (w * (w - 1)) / 2;
      u = v + 1;
    }
    s = e + 1;
  }
  // Count swaps of a merge sort of y in x-order: the discordant pairs.
  let ys = Float64Array.from(order, (i) => b[i] as number);
  let buf = new Float64Array(n);
  let swaps = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if ((ys[i] as number) <= (ys[j] as number)) buf[k++] = ys[i++] as number;
        else {
          buf[k++] = ys[j++] as number;
          swaps += mid - i;
        }
      }
      while (i < mid) buf[k++] = ys[i++] as number;
      while (j < hi) buf[k++] = ys[j++] as number;
    }
    [ys, buf] = [buf, ys];
  }
  let n2 = 0;
  for (let s = 0; s < n;) {
    let e = s;
    while (e + 1 < n && ys[e + 1] === ys[s]) e++;
    const t = e - s + 1;
    n2 += (t * (t - 1)) / 2;
    s = e + 1;
  }
  const denom = Math.sqrt((n0 - n1) * (n0 - n2));
  return denom > 0 ? (n0 - n1 - n2 + n3 - 2 * swaps) / denom : NaN;
}

/**
 * The correlation of two columns by a named method, over pairwise-complete observations.
 *
 * @example
 * ```ts
 * correlation([1, 2, 3], [3, 2, 1], 'kendall'); // -1
 * ```
 *
 * @category Analyse
 */
export function correlation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: CorrelationMethod,
): number {
  return method === 'pearson'
    ? pearson(x, y)
    : method === 'spearman'
      ? spearman(x, y)
      : kendall(x, y);
}
