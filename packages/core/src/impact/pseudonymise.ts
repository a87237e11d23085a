import {
  TakarError,
  issue,
  throwIfAny,
  type SafeResult,
  type TakarIssue,
} from '../errors/index.js';
import { hashKeys } from './hash-key.js';
import { looksLikeNik } from './looks-like-nik.js';
import { parseRows } from './parse-rows.js';
import { KeyedRecordSchema, type KeyedRecord } from './schemas.js';

/**
 * How keyed records' keys are made pseudonymous.
 *
 * @category Impact
 */
export interface PseudonymiseOptions {
  /** Secret salt: each key is replaced by its HMAC-SHA-256 (see {@link hashKey}). */
  readonly salt?: string;
  /** The keys are already pseudonyms: keep them as they are (a NIK-shaped key is still refused). */
  readonly alreadyHashed?: boolean;
}

/**
 * Validates keyed records and replaces every key by its pseudonym, so that nothing downstream ever
 * holds a raw identifier. With `salt`, keys are hashed (HMAC-SHA-256, 64 hex characters); with
 * `alreadyHashed`, they are kept, but a NIK-shaped key is refused (a pseudonym never looks like
 * one). A NIK-shaped value in any other field is refused always. With neither, the records are refused: `impact/raw-identifier`
 * for rows whose key looks like a NIK (the message names rows, never keys), else `impact/missing-salt`.
 *
 * @example
 * ```ts
 * const records = await pseudonymise(
 *   [{ region: '32.73', programme: 'PKH', key: '3273010101900001' }],
 *   { salt: process.env.TAKAR_SALT },
 * );
 * records[0].key; // 64 hex characters
 * ```
 *
 * @category Impact
 */
export async function pseudonymise(
  input: unknown,
  options: PseudonymiseOptions = {},
): Promise<KeyedRecord[]> {
  const { rows, issues } = parseRows(input, KeyedRecordSchema, 'records');
  throwIfAny(issues);
  if (options.alreadyHashed || options.salt === undefined || options.salt === '') {
    const refused: TakarIssue[] = [];
    let more = 0;
    rows.forEach((r, i) => {
      if (!looksLikeNik(r.key)) return;
      if (refused.length < 50)
        refused.push(
          issue(
            'impact/raw-identifier',
            ['records', i, 'key'],
            options.alreadyHashed
              ? 'This key looks like a raw 16-digit NIK, not a pseudonym, and was refused. Pass a salt to hash the keys instead of alreadyHashed.'
              : 'This key looks like a raw 16-digit NIK and was refused. Pass a salt to hash the keys, or set alreadyHashed if they are pseudonyms.',
          ),
        );
      else more++;
    });
    if (more)
      refused.push(issue('impact/raw-identifier', ['records'], `…and ${more} more NIK-like keys.`));
    throwIfAny(refused);
    if (options.alreadyHashed) return rows;
    throw new TakarError(
      issue(
        'impact/missing-salt',
        ['salt'],
        'The keys are not known to be pseudonyms: pass a secret salt to hash them, or set alreadyHashed if they already are.',
      ),
    );
  }
  const keys = await hashKeys(
    rows.map((r) => r.key),
    options.salt,
  );
  return rows.map((r, i) => ({ ...r, key: keys[i] as string }));
}

/**
 * {@link pseudonymise} resolving to `{ ok, value }` or `{ ok: false, issues }` instead of rejecting.
 *
 * @example
 * ```ts
 * const r = await safePseudonymise(rows, { salt });
 * if (!r.ok) console.error(r.issues.map((i) => i.message).join('\n'));
 * ```
 *
 * @category Impact
 */
export async function safePseudonymise(
  input: unknown,
  options: PseudonymiseOptions = {},
): Promise<SafeResult<KeyedRecord[]>> {
  try {
    return { ok: true, value: await pseudonymise(input, options) };
  } catch (e) {
    if (e instanceof TakarError) return { ok: false, issues: e.issues };
    throw e;
  }
}
