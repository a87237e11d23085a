/*
 * Bytes of a postgresql-hll sketch (storage specification, schema version 1):
 *
 *   byte 0  version: top nibble 1, bottom nibble the type (1 EMPTY, 2 EXPLICIT, 3 SPARSE, 4 FULL)
 *   byte 1  parameters: top 3 bits regwidth − 1, low 5 bits log2m
 *   byte 2  cutoff: bit 6 sparseon, low 6 bits 0 (expthresh 0), 63 (auto, −1) or log2(expthresh) + 1
 *   data    EXPLICIT: big-endian signed int64s, ascending, distinct
 *           SPARSE:   (log2m + regwidth)-bit words index|value for each non-zero register, ascending
 *           FULL:     regwidth-bit register values, register 0 first
 *   SPARSE and FULL pack words from the top bit of the first byte down, zero padding at the end.
 *
 * The text form is PostgreSQL's bytea-style hex `\x…`, as `SELECT sketch::text` and `psql` print it.
 */
import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import { PgHll, fullBytes, type PgHllParams } from './pg-hll.js';

const TYPE = { EMPTY: 1, EXPLICIT: 2, SPARSE: 3, FULL: 4 } as const;

/**
 * The bytes of a sketch in the storage format; the type (EXPLICIT, SPARSE or FULL) is chosen as the
 * extension chooses it, so equal sketches give equal bytes.
 *
 * @example
 * ```ts
 * pgHllBytes(new PgHll()); // Uint8Array [0x11, 0x8b, 0x7f]
 * ```
 *
 * @category Impact
 */
export function pgHllBytes(s: PgHll): Uint8Array {
  const p = s.params;
  const kind = s.kind;
  const head = [0x10 | TYPE[kind], ((p.regwidth - 1) << 5) | p.log2m, cutoffByte(p)];
  if (kind === 'EMPTY') return Uint8Array.from(head);
  if (kind === 'EXPLICIT') {
    const values = s.explicitValues() ?? [];
    const out = new Uint8Array(3 + values.length * 8);
    out.set(head);
    const view = new DataView(out.buffer);
    values.forEach((v, i) => view.setBigInt64(3 + i * 8, v));
    return out;
  }
  const r = s.registers();
  if (kind === 'FULL') {
    const out = new Uint8Array(3 + fullBytes(p));
    out.set(head);
    const w = new BitWriter(out, 3);
    for (let i = 0; i < r.length; i++) w.write(r[i] as number, p.regwidth);
    return out;
  }
  const word = p.log2m + p.regwidth;
  let filled = 0;
  for (let i = 0; i < r.length; i++) if (r[i] !== 0) filled++;
  const out = new Uint8Array(3 + Math.ceil((filled * word) / 8));
  out.set(head);
  const w = new BitWriter(out, 3);
  for (let i = 0; i < r.length; i++)
    if (r[i] !== 0) {
      w.write(i, p.log2m);
      w.write(r[i] as number, p.regwidth);
    }
  return out;
}

/**
 * A sketch as PostgreSQL prints an `hll` value: `\x` and lowercase hex.
 *
 * @example
 * ```ts
 * pgHllHex(new PgHll()); // '\\x118b7f'
 * ```
 *
 * @category Impact
 */
export function pgHllHex(s: PgHll): string {
  const b = pgHllBytes(s);
  let out = '\\x';
  for (let i = 0; i < b.length; i++) out += (b[i] as number).toString(16).padStart(2, '0');
  return out;
}

/**
 * Reads a sketch from its `\x…` hex text (or plain hex) or its bytes. Throws `impact/invalid-sketch`
 * at `path` with what is wrong, never a raw exception; all problems found at once.
 *
 * @example
 * ```ts
 * parsePgHll('\\x128b7f0000000000000001').cardinality(); // 1
 * ```
 *
 * @category Impact
 */
export function parsePgHll(
  input: string | Uint8Array,
  path: (string | number)[] = ['sketch'],
): PgHll {
  const r = safeParsePgHll(input, path);
  if (!r.ok) throw new TakarError(r.issues);
  return r.value;
}

/**
 * {@link parsePgHll} returning `{ ok, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * safeParsePgHll('\\x99').ok; // false
 * ```
 *
 * @category Impact
 */
export function safeParsePgHll(
  input: string | Uint8Array,
  path: (string | number)[] = ['sketch'],
): { ok: true; value: PgHll } | { ok: false; issues: TakarIssue[] } {
  const fail = (why: string) => ({
    ok: false as const,
    issues: [
      issue(
        'impact/invalid-sketch',
        path,
        `${why} A sketch is the postgresql-hll text \\x… (SELECT sketch::text, or psql --csv) or Takar's sketch document.`,
      ),
    ],
  });
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    const t = input.trim().replace(/^\\x/i, '');
    if (t.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(t))
      return fail('The sketch is not hex text (an even number of 0-9, a-f after \\x).');
    bytes = new Uint8Array(t.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(t.slice(i * 2, i * 2 + 2), 16);
  } else bytes = input;
  if (bytes.length < 3) return fail(`The sketch has ${bytes.length} bytes; at least 3 are needed.`);
  const v = bytes[0] as number;
  const type = v & 0x0f;
  if (v >> 4 !== 1) return fail(`Schema version ${v >> 4} is not supported (version 1 is).`);
  if (type < 1 || type > 4)
    return fail(
      type === 0
        ? 'The sketch is the undefined result of an operation.'
        : `Unknown sketch type ${type}.`,
    );
  const pb = bytes[1] as number;
  const cb = bytes[2] as number;
  const log2m = pb & 0x1f;
  const regwidth = (pb >> 5) + 1;
  const cutoff = cb & 0x3f;
  if (log2m < 4 || log2m > 24) return fail(`log2m ${log2m} is outside 4–24, which Takar reads.`);
  if (cutoff > 31 && cutoff !== 63)
    return fail(`The cutoff byte holds an invalid explicit threshold (${cutoff}).`);
  const params: PgHllParams = {
    log2m,
    regwidth,
    expthresh: cutoff === 63 ? -1 : cutoff === 0 ? 0 : 2 ** (cutoff - 1),
    sparseon: (cb & 0x40) !== 0,
  };
  const data = bytes.subarray(3);
  const m = 2 ** log2m;
  if (type === TYPE.EMPTY) {
    if (data.length) return fail('An EMPTY sketch has data bytes.');
    return { ok: true, value: new PgHll(params) };
  }
  if (type === TYPE.EXPLICIT) {
    if (data.length % 8 !== 0) return fail('EXPLICIT data is not a whole number of 8-byte hashes.');
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    const values: bigint[] = [];
    for (let off = 0; off < data.length; off += 8) {
      const x = view.getBigInt64(off);
      if (values.length && x <= (values[values.length - 1] as bigint))
        return fail('EXPLICIT hashes are not in ascending order without repeats.');
      values.push(x);
    }
    return { ok: true, value: PgHll.fromState(params, { explicit: values }) };
  }
  const registers = new Uint8Array(m);
  const rd = new BitReader(data);
  if (type === TYPE.FULL) {
    if (data.length !== fullBytes(params))
      return fail(
        `FULL data has ${data.length} bytes; log2m ${log2m}, regwidth ${regwidth} need ${fullBytes(params)}.`,
      );
    for (let i = 0; i < m; i++) registers[i] = rd.read(regwidth);
    return { ok: true, value: PgHll.fromState(params, { registers }) };
  }
  const word = log2m + regwidth;
  const words = Math.floor((data.length * 8) / word);
  if (Math.ceil((words * word) / 8) !== data.length)
    return fail('SPARSE data does not end within the last word (extra bytes).');
  let last = -1;
  for (let k = 0; k < words; k++) {
    const index = rd.read(log2m);
    const value = rd.read(regwidth);
    if (value === 0 && index === 0 && k === words - 1) break; // a whole word of end padding
    if (index <= last) return fail('SPARSE register indices are not ascending.');
    last = index;
    registers[index] = value;
  }
  return { ok: true, value: PgHll.fromState(params, { registers }) };
}

function cutoffByte(p: PgHllParams): number {
  const c = p.expthresh === -1 ? 63 : p.expthresh === 0 ? 0 : Math.log2(p.expthresh) + 1;
  return (p.sparseon ? 0x40 : 0) | c;
}

/** Writes bit fields most significant bit first. */
class BitWriter {
  #bit = 0;
  constructor(
    readonly out: Uint8Array,
    readonly start: number,
  ) {}
  write(value: number, width: number): void {
    for (let b = width - 1; b >= 0; b--) {
      if ((value >>> b) & 1) {
        const pos = this.#bit;
        const i = this.start + (pos >>> 3);
        this.out[i] = (this.out[i] as number) | (0x80 >>> (pos & 7));
      }
      this.#bit++;
    }
  }
}

/** Reads bit fields most significant bit first. */
class BitReader {
  #bit = 0;
  constructor(readonly data: Uint8Array) {}
  read(width: number): number {
    let v = 0;
    for (let b = 0; b < width; b++) {
      const pos = this.#bit++;
      v = (v << 1) | (((this.data[pos >>> 3] as number) >>> (7 - (pos & 7))) & 1);
    }
    return v >>> 0;
  }
}
