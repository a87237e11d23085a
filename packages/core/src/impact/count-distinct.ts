import { safely, throwIfAny, type SafeResult } from '../errors/index.js';
import { DistinctCounter, type DistinctCountOptions } from './distinct-counter.js';
import type { ImpactRow } from './impact-row.js';
import { parseRows } from './parse-rows.js';
import { KeyedRecordSchema } from './schemas.js';

/**
 * Distinct positively-affected persons per group from keyed records (`region`, `programme`, `key`,
 * optional `dimension`, `year`), exactly or with HyperLogLog. Keys must be pseudonyms: a key that
 * looks like a raw NIK is refused with `impact/raw-identifier` unless `alreadyHashed` is set. Throws
 * a {@link TakarError} listing every problem at once.
 *
 * @example
 * ```ts
 * const hash = await keyHasher(salt);
 * const records = await Promise.all(raw.map(async (r) => ({ ...r, key: await hash(r.key) })));
 * countDistinct(records, { by: [['region'], ['province'], []] });
 * // [{ by: ['region'], group: { region: '32.73' }, affected: 2, method: 'exact', … }, …]
 * ```
 *
 * @category Impact
 */
export function countDistinct(records: unknown, options: DistinctCountOptions = {}): ImpactRow[] {
  const { rows, issues } = parseRows(records, KeyedRecordSchema, 'records');
  throwIfAny(issues);
  const counter = new DistinctCounter(options);
  for (const r of rows) counter.add(r);
  return counter.result();
}

/**
 * {@link countDistinct} returning `{ ok, value }` or `{ ok: false, issues }` instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeCountDistinct(records, { alreadyHashed: false });
 * if (!r.ok) for (const i of r.issues) console.error(i.code, i.message);
 * ```
 *
 * @category Impact
 */
export function safeCountDistinct(
  records: unknown,
  options: DistinctCountOptions = {},
): SafeResult<ImpactRow[]> {
  return safely(() => countDistinct(records, options));
}
