/*
 * The keyed 64-bit hash that every agency computes for its beneficiaries, in Takar or in its own
 * database, so that their sketches can be merged:
 *
 *   hash(NIK) = first 8 bytes of HMAC-SHA-256(key, normalised NIK), read as a signed big-endian int64
 *
 * The normalised NIK is its 16 digits with the spaces, dots or dashes between them removed (any other
 * key is only trimmed), exactly as {@link normaliseIdentifier} does; the key is the UTF-8 text of
 * the shared secret. PostgreSQL computes the same value with pgcrypto (see {@link pgHllSketchSql}).
 */
import { keyHasherSync } from './hash-key.js';
import { keyBits, type Hash64 } from './key-bits.js';

/**
 * The name of the hash rule, written into sketch documents.
 *
 * @category Impact
 */
export const FEDERATED_HASH_RULE = 'hmac-sha256-int64-v1';

/**
 * The fixed message whose MAC identifies a key without revealing it (see {@link keyCheck}).
 *
 * @category Impact
 */
export const KEY_CHECK_MESSAGE = 'takar-key-check';

/**
 * A hasher for the federated rule: the 64-bit hash of each raw identifier as two uint32 halves
 * (`hi` = bytes 0–3 of the MAC, `lo` = bytes 4–7). Throws `impact/missing-salt` for an empty key.
 *
 * @example
 * ```ts
 * const hash = federatedHasher(process.env.TAKAR_SALT!);
 * const [hi, lo] = hash('3273 0101 0190 0001');
 * ```
 *
 * @category Impact
 */
export function federatedHasher(key: string): (raw: string) => Hash64 {
  const mac = keyHasherSync(key);
  return (raw) => keyBits(mac(raw));
}

/**
 * The federated hash of one identifier as a signed 64-bit `bigint`, the value PostgreSQL's
 * `hll_hashval` holds.
 *
 * @example
 * ```ts
 * federatedHash('3273010101900001', 'k'); // 995842254300255192n (0x0dd1f1410be413d8)
 * ```
 *
 * @category Impact
 */
export function federatedHash(raw: string, key: string): bigint {
  const [hi, lo] = federatedHasher(key)(raw);
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/**
 * A check value of the shared key: the first 8 bytes (16 hex digits) of
 * HMAC-SHA-256(key, `takar-key-check`). Sketch documents carry it so that `merge` can refuse to mix
 * sketches made with different keys; it reveals nothing about the key that the sketches do not.
 *
 * @example
 * ```ts
 * keyCheck('k'); // 16 hex digits
 * ```
 *
 * @category Impact
 */
export function keyCheck(key: string): string {
  // The check message is not NIK-like, so normalisation leaves it as it is.
  return keyHasherSync(key)(KEY_CHECK_MESSAGE).slice(0, 16);
}
