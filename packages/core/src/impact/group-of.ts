import type { GroupField, GroupKey, Grouping, ProvinceOf } from './grouping.js';

/**
 * The fields of an input row that groupings read.
 *
 * @category Impact
 */
export interface GroupFields {
  readonly region: string;
  readonly dimension?: string | undefined;
  readonly programme?: string | undefined;
  readonly year?: number | undefined;
}

/**
 * A field the row lacks for the grouping.
 *
 * @category Impact
 */
export interface MissingField {
  readonly missing: GroupField;
}

/**
 * The map key of `row`'s group under `grouping` (field values joined by U+0001; `''` for the
 * nation), or the first field the row lacks. Allocates nothing for one-field groupings, because it
 * runs once per record and grouping.
 *
 * @example
 * ```ts
 * groupKeyOf({ region: '32.73', year: 2024 }, ['province', 'year'], defaultProvinceOf); // '32\u00012024'
 * ```
 *
 * @category Impact
 */
export function groupKeyOf(
  row: GroupFields,
  grouping: Grouping,
  provinceOf: ProvinceOf,
): string | MissingField {
  let key = '';
  for (let i = 0; i < grouping.length; i++) {
    const field = grouping[i] as GroupField;
    const value = field === 'province' ? provinceOf(row.region) : row[field];
    if (value === undefined || value === '') return { missing: field };
    key = i === 0 ? String(value) : `${key}\u0001${value}`;
  }
  return key;
}

/**
 * The {@link GroupKey} of `row` under `grouping`; call it only after {@link groupKeyOf} found no
 * missing field.
 *
 * @example
 * ```ts
 * groupValues({ region: '32.73', year: 2024 }, ['province', 'year'], defaultProvinceOf); // { province: '32', year: 2024 }
 * ```
 *
 * @category Impact
 */
export function groupValues(
  row: GroupFields,
  grouping: Grouping,
  provinceOf: ProvinceOf,
): GroupKey {
  const group: Record<string, string | number | undefined> = {};
  for (const field of grouping)
    group[field] = field === 'province' ? provinceOf(row.region) : row[field];
  return group as GroupKey;
}

/**
 * The group of `row` under `grouping`, as a map key and a {@link GroupKey}; or the first field the
 * row lacks (e.g. grouping by `dimension` when the row has none).
 *
 * @example
 * ```ts
 * groupOf({ region: '32.73', year: 2024 }, ['province', 'year'], defaultProvinceOf);
 * // { key: '32\u00012024', group: { province: '32', year: 2024 } }
 * ```
 *
 * @category Impact
 */
export function groupOf(
  row: GroupFields,
  grouping: Grouping,
  provinceOf: ProvinceOf,
): { key: string; group: GroupKey } | MissingField {
  const key = groupKeyOf(row, grouping, provinceOf);
  return typeof key === 'string' ? { key, group: groupValues(row, grouping, provinceOf) } : key;
}
