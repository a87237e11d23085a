/*
 * HMAC-SHA-256 (RFC 2104, FIPS 198-1) in plain TypeScript, synchronous. The key's inner and outer
 * states are computed once, so each message costs two or three SHA-256 blocks. Web Crypto gives
 * the same bytes (tested) but every call is an async round trip, which dominates for millions of
 * short identifiers: hashing 10^7 NIKs took minutes through `crypto.subtle`.
 */
import { SHA256_IV, sha256Block, sha256Bytes, stateHex } from '../results/sha256.js';

/**
 * Prepares HMAC-SHA-256 with a key; the returned function gives the lowercase hex MAC of a message.
 *
 * @example
 * ```ts
 * const mac = hmacSha256(new TextEncoder().encode('Jefe'));
 * mac(new TextEncoder().encode('what do ya want for nothing?'));
 * // '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843' (RFC 4231, case 2)
 * ```
 *
 * @category Impact
 */
export function hmacSha256(key: Uint8Array): (message: Uint8Array) => string {
  let k = key;
  if (k.length > 64) k = hexBytes(sha256Bytes(k));
  const w = new Int32Array(64);
  const pad = new Uint8Array(64);
  const inner = Int32Array.from(SHA256_IV);
  const outer = Int32Array.from(SHA256_IV);
  for (let i = 0; i < 64; i++) pad[i] = (k[i] ?? 0) ^ 0x36;
  sha256Block(inner, w, pad, 0);
  for (let i = 0; i < 64; i++) pad[i] = (k[i] ?? 0) ^ 0x5c;
  sha256Block(outer, w, pad, 0);
  const h = new Int32Array(8);
  const last = new Uint8Array(128);
  const outerBlock = new Uint8Array(64);
  return (message: Uint8Array): string => {
    // inner hash: H((K ^ ipad) || m), continuing from the precomputed state
    h.set(inner);
    const whole = message.length - (message.length % 64);
    for (let off = 0; off < whole; off += 64) sha256Block(h, w, message, off);
    const rest = message.length - whole;
    const tailLen = rest + 9 <= 64 ? 64 : 128;
    last.fill(0, 0, tailLen);
    last.set(message.subarray(whole), 0);
    last[rest] = 0x80;
    writeBitLength(last, tailLen, 64 + message.length);
    for (let off = 0; off < tailLen; off += 64) sha256Block(h, w, last, off);
    // outer hash: H((K ^ opad) || inner digest), one block
    for (let i = 0; i < 8; i++) {
      const v = h[i] as number;
      outerBlock[i * 4] = v >>> 24;
      outerBlock[i * 4 + 1] = (v >>> 16) & 0xff;
      outerBlock[i * 4 + 2] = (v >>> 8) & 0xff;
      outerBlock[i * 4 + 3] = v & 0xff;
    }
    outerBlock.fill(0, 32);
    outerBlock[32] = 0x80;
    writeBitLength(outerBlock, 64, 64 + 32);
    h.set(outer);
    sha256Block(h, w, outerBlock, 0);
    return stateHex(h);
  };
}

/** Writes the message length in bits (big-endian, 64-bit) at the end of the padded tail. */
function writeBitLength(buf: Uint8Array, end: number, bytes: number): void {
  const bits = bytes * 8;
  const hi = Math.floor(bits / 2 ** 32);
  const lo = bits >>> 0;
  buf[end - 8] = hi >>> 24;
  buf[end - 7] = (hi >>> 16) & 0xff;
  buf[end - 6] = (hi >>> 8) & 0xff;
  buf[end - 5] = hi & 0xff;
  buf[end - 4] = lo >>> 24;
  buf[end - 3] = (lo >>> 16) & 0xff;
  buf[end - 2] = (lo >>> 8) & 0xff;
  buf[end - 1] = lo & 0xff;
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
