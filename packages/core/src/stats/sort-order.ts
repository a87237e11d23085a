/**
 * Row indices of the present (non-NaN) values of a column, ordered by value ascending (stable).
 * Columns of 64 values or more use an LSD radix sort on the IEEE-754 bits (linear time: eight
 * 8-bit passes, or four 16-bit passes from 65,536 values); smaller ones a comparison sort. Used by ranking, so ranking stays linear on village-scale data.
 *
 * @example
 * ```ts
 * sortOrder(Float64Array.of(3, NaN, 1, 2)); // Uint32Array [2, 3, 0]
 * ```
 *
 * @category Score
 */
export function sortOrder(column: Float64Array): Uint32Array {
  const n = column.length;
  let m = 0;
  for (let i = 0; i < n; i++) if (column[i] === column[i]) m++;
  const idx = new Uint32Array(m);
  let j = 0;
  for (let i = 0; i < n; i++) if (column[i] === column[i]) idx[j++] = i;
  if (m < 64) {
    const arr = Array.from(idx);
    arr.sort((a, b) => (column[a] as number) - (column[b] as number) || a - b);
    idx.set(arr);
    return idx;
  }
  // Map each double to an unsigned 64-bit key (hi, lo) that sorts like the number.
  const copy = new Float64Array(column);
  const bits = new Uint32Array(copy.buffer);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + 1] as number;
    const l = bits[2 * i] as number;
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let src = idx;
  let dst = new Uint32Array(m);
  const bitsPerPass = m < 65536 ? 8 : 16;
  const passes = 64 / bitsPerPass;
  const perWord = passes / 2;
  const buckets = 1 << bitsPerPass;
  const mask = buckets - 1;
  const count = new Uint32Array(buckets);
  for (let pass = 0; pass < passes; pass++) {
    const key = pass < perWord ? lo : hi;
    const shift = (pass % perWord) * bitsPerPass;
    count.fill(0);
    for (let k = 0; k < m; k++) {
      const d = ((key[src[k] as number] as number) >>> shift) & mask;
      count[d] = (count[d] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < buckets; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let k = 0; k < m; k++) {
      const i = src[k] as number;
      const d = ((key[i] as number) >>> shift) & mask;
      const at = count[d] as number;
      dst[at] = i;
      count[d] = at + 1;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}
