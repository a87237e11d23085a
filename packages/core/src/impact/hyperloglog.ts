import { TakarError, issue } from '../errors/index.js';
import { keyBits } from './key-bits.js';

/** Header of the serialised form; bump the version if the layout changes. */
const HEADER = 'takar-hll';
const VERSION = 1;
/** 1 / (2 ln 2): the limit of the HyperLogLog bias constant α for large m (Ertl 2017, eq. 9). */
const ALPHA_INF = 1 / (2 * Math.LN2);

/**
 * A HyperLogLog sketch of distinct 64-bit hashed keys (Flajolet et al. 2007) with Ertl's improved
 * estimator (O. Ertl, "New cardinality estimation algorithms for HyperLogLog sketches", 2017,
 * arXiv:1702.01284, Algorithm 6), which is unbiased from zero to billions without empirical bias
 * tables or a switch to linear counting.
 *
 * `2^p` one-byte registers: p = 14 (default) uses 16 KiB and has a relative standard error of
 * 1.04/√2^p ≈ 0.81 %; about 95 % of estimates fall within ±2 standard errors, 99.7 % within ±3.
 * Sketches with the same `p` merge losslessly (the merge equals the sketch of the union), so counts
 * can be combined across programmes, regions and years without double counting.
 *
 * @example
 * ```ts
 * const a = new HyperLogLog();
 * a.add('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
 * const b = HyperLogLog.fromString(a.toString());
 * a.merge(b).estimate(); // ≈ 1
 * ```
 *
 * @category Impact
 */
export class HyperLogLog {
  /** Precision: the sketch has 2^p registers. */
  readonly p: number;
  /** The registers (one byte each, values 0 … 65 − p). */
  readonly registers: Uint8Array;
  readonly #shift: number;

  /**
   * @param p precision, an integer from 4 to 18 (default 14).
   * @param registers existing registers to adopt (length 2^p); used by {@link HyperLogLog.fromString}.
   */
  constructor(p = 14, registers?: Uint8Array) {
    if (!Number.isInteger(p) || p < 4 || p > 18)
      throw new TakarError(
        issue(
          'impact/invalid',
          ['precision'],
          `HyperLogLog precision ${p} is out of range; use an integer from 4 to 18 (14 is the default).`,
        ),
      );
    this.p = p;
    this.#shift = 32 - p;
    if (registers && registers.length !== 1 << p)
      throw new TakarError(
        issue('impact/invalid', ['registers'], `Expected ${1 << p} registers for p = ${p}.`),
      );
    this.registers = registers ?? new Uint8Array(1 << p);
  }

  /** The relative standard error of an estimate, 1.04/√2^p. */
  get standardError(): number {
    return 1.04 / Math.sqrt(1 << this.p);
  }

  /**
   * Adds a pseudonymous key. 64-hex keys (HMAC-SHA-256 output) give their first 64 bits directly;
   * other strings are hashed first (see {@link keyBits}).
   */
  add(key: string): this {
    const [hi, lo] = keyBits(key);
    return this.addHash(hi, lo);
  }

  /** Fast path: adds a key already hashed to 64 uniform bits, given as two uint32 halves. */
  addHash(hi: number, lo: number): this {
    const index = hi >>> this.#shift;
    // The 64 − p bits after the index: the rank is the position of their first 1 bit (q + 1 if none).
    const rest = (hi << this.p) >>> 0;
    const rank = rest !== 0 ? Math.clz32(rest) + 1 : this.#shift + Math.clz32(lo) + 1;
    if (rank > (this.registers[index] as number)) this.registers[index] = rank;
    return this;
  }

  /** The estimated number of distinct keys added (not rounded). */
  estimate(): number {
    return estimateCardinality(this.registers, this.p);
  }

  /**
   * Bounds `estimate × (1 ∓ z·standardError)` for a normal quantile `z` (default 1.96, about 95 %);
   * the lower bound is never below zero.
   */
  bounds(z = 1.959963984540054): { low: number; high: number } {
    const e = this.estimate();
    const d = z * this.standardError * e;
    return { low: Math.max(0, e - d), high: e + d };
  }

  /**
   * Merges `other` into this sketch (register-wise maximum) and returns this sketch. The result is
   * the sketch of the union. Throws `impact/incompatible-sketch` when the precisions differ.
   */
  merge(other: HyperLogLog): this {
    if (other.p !== this.p)
      throw new TakarError(
        issue(
          'impact/incompatible-sketch',
          ['p'],
          `Cannot merge a p = ${other.p} sketch into a p = ${this.p} sketch; build both with the same precision.`,
        ),
      );
    const r = this.registers;
    const o = other.registers;
    for (let i = 0; i < r.length; i++)
      if ((o[i] as number) > (r[i] as number)) r[i] = o[i] as number;
    return this;
  }

  /** A copy of this sketch. */
  clone(): HyperLogLog {
    return new HyperLogLog(this.p, this.registers.slice());
  }

  /**
   * A compact text form: `takar-hll:1:<p>:<base64>` where the base64 holds the registers packed at
   * six bits each (a p = 14 sketch is about 16 KB of text).
   */
  toString(): string {
    return `${HEADER}:${VERSION}:${this.p}:${toBase64(pack6(this.registers))}`;
  }

  /**
   * Reads the form written by {@link HyperLogLog.toString}. Throws `impact/invalid` with what to do
   * if the text is not such a sketch.
   */
  static fromString(text: string): HyperLogLog {
    const parts = text.trim().split(':');
    const [header, version, pText, data] = parts;
    const bad = (why: string): never => {
      throw new TakarError(
        issue(
          'impact/invalid',
          ['sketch'],
          `${why} Pass the text written by HyperLogLog#toString().`,
        ),
      );
    };
    if (parts.length !== 4 || header !== HEADER)
      return bad('This is not a Takar HyperLogLog sketch.');
    if (Number(version) !== VERSION)
      return bad(
        `Sketch format version ${version} is not supported (this Takar reads version ${VERSION}).`,
      );
    const p = Number(pText);
    if (!Number.isInteger(p) || p < 4 || p > 18)
      return bad(`The sketch precision ${pText} is invalid.`);
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(data ?? '');
    } catch {
      return bad('The sketch data is not valid base64.');
    }
    const m = 1 << p;
    if (bytes.length !== Math.ceil((m * 6) / 8))
      return bad('The sketch data has the wrong length.');
    const registers = unpack6(bytes, m);
    const max = 65 - p;
    if (registers.some((r) => r > max)) return bad('The sketch has impossible register values.');
    return new HyperLogLog(p, registers);
  }
}

/**
 * Ertl's improved raw estimator over HyperLogLog registers (arXiv:1702.01284, Algorithm 6).
 * `q` is the number of hash bits after the index that a register can tell apart: a register holds
 * 0 … q + 1, q + 1 meaning "all q bits zero" (64 − p for Takar's one-byte registers; 30 for
 * postgresql-hll's 5-bit registers, whose values stop at 31).
 *
 * @example
 * ```ts
 * estimateCardinality(new Uint8Array(1 << 14), 14); // 0
 * ```
 *
 * @category Impact
 */
export function estimateCardinality(registers: Uint8Array, p: number, q = 64 - p): number {
  const m = 1 << p;
  const c = new Float64Array(q + 2);
  for (let i = 0; i < m; i++) c[registers[i] as number]!++;
  let z = m * tau(1 - (c[q + 1] as number) / m);
  for (let k = q; k >= 1; k--) z = 0.5 * (z + (c[k] as number));
  z += m * sigma((c[0] as number) / m);
  return (ALPHA_INF * m * m) / z;
}

function sigma(x: number): number {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  for (;;) {
    x *= x;
    const previous = z;
    z += x * y;
    y += y;
    if (z === previous) return z;
  }
}

function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  for (;;) {
    x = Math.sqrt(x);
    const previous = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
    if (z === previous) return z / 3;
  }
}

function pack6(registers: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((registers.length * 6) / 8));
  let bit = 0;
  for (const r of registers) {
    const byte = bit >>> 3;
    const offset = bit & 7;
    const v = r << offset; // up to 14 bits
    out[byte] = (out[byte] as number) | (v & 0xff);
    if (offset > 2) out[byte + 1] = (out[byte + 1] as number) | (v >>> 8);
    bit += 6;
  }
  return out;
}

function unpack6(bytes: Uint8Array, m: number): Uint8Array {
  const out = new Uint8Array(m);
  let bit = 0;
  for (let i = 0; i < m; i++) {
    const byte = bit >>> 3;
    const offset = bit & 7;
    const v = (bytes[byte] as number) | ((bytes[byte + 1] ?? 0) << 8);
    out[i] = (v >>> offset) & 63;
    bit += 6;
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
