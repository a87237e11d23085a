// SHA-256 (FIPS 180-4) over UTF-8 text, synchronous and dependency-free so the input hash of a
// results document is the same in Node and in browsers.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * SHA-256 of a string (UTF-8), as lowercase hex.
 *
 * @example
 * ```ts
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 *
 * @category Results
 */
export function sha256Hex(text: string): string {
  return sha256Bytes(new TextEncoder().encode(text));
}

/**
 * SHA-256 of bytes, as lowercase hex.
 *
 * @example
 * ```ts
 * sha256Bytes(new Uint8Array([0x61, 0x62, 0x63])); // 'ba7816bf…'
 * ```
 *
 * @category Results
 */
export function sha256Bytes(bytes: Uint8Array): string {
  const bitLen = bytes.length * 8;
  const tail = new Uint8Array(((bytes.length % 64) + 9 + 63) & ~63);
  tail.set(bytes.subarray(bytes.length - (bytes.length % 64)));
  tail[bytes.length % 64] = 0x80;
  const tv = new DataView(tail.buffer);
  tv.setUint32(tail.length - 8, Math.floor(bitLen / 2 ** 32));
  tv.setUint32(tail.length - 4, bitLen >>> 0);
  const h = Int32Array.from(SHA256_IV);
  const w = new Int32Array(64);
  const whole = bytes.length - (bytes.length % 64);
  // The input is hashed in place (no padded copy); only the last partial block is copied.
  for (let off = 0; off < whole; off += 64) block(h, w, bytes, off);
  for (let off = 0; off < tail.length; off += 64) block(h, w, tail, off);
  return stateHex(h);
}

/**
 * The initial SHA-256 state (FIPS 180-4, 5.3.3).
 *
 * @category Results
 */
export const SHA256_IV: readonly number[] = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/**
 * A SHA-256 state (8 words) as lowercase hex: the digest once every block is processed.
 *
 * @category Results
 */
export function stateHex(h: Int32Array): string {
  let out = '';
  for (let i = 0; i < 8; i++) {
    const v = h[i] as number;
    out +=
      (HEX[v >>> 24] as string) +
      (HEX[(v >>> 16) & 0xff] as string) +
      (HEX[(v >>> 8) & 0xff] as string) +
      (HEX[v & 0xff] as string);
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Processes one 64-byte block of `b` at `off` into the state `h`, using `w` (64 words) as scratch.
 * Exposed for HMAC, which starts from precomputed key states.
 *
 * @category Results
 */
export function sha256Block(h: Int32Array, w: Int32Array, b: Uint8Array, off: number): void {
  block(h, w, b, off);
}

function block(h: Int32Array, w: Int32Array, b: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    w[i] =
      ((b[j] as number) << 24) |
      ((b[j + 1] as number) << 16) |
      ((b[j + 2] as number) << 8) |
      (b[j + 3] as number);
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = h[0] as number;
  let bb = h[1] as number;
  let c = h[2] as number;
  let d = h[3] as number;
  let e = h[4] as number;
  let f = h[5] as number;
  let g = h[6] as number;
  let hh = h[7] as number;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + s1 + ch + (K[i] as number) + (w[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & bb) ^ (a & c) ^ (bb & c);
    const t2 = (s0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = bb;
    bb = a;
    a = (t1 + t2) | 0;
  }
  h[0] = ((h[0] as number) + a) | 0;
  h[1] = ((h[1] as number) + bb) | 0;
  h[2] = ((h[2] as number) + c) | 0;
  h[3] = ((h[3] as number) + d) | 0;
  h[4] = ((h[4] as number) + e) | 0;
  h[5] = ((h[5] as number) + f) | 0;
  h[6] = ((h[6] as number) + g) | 0;
  h[7] = ((h[7] as number) + hh) | 0;
}

/**
 * JSON with object keys sorted, so equal values always give equal text.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2] }); // '{"a":[2],"b":1}'
 * ```
 *
 * @category Results
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort())
        sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}
