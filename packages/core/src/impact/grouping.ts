import { TakarError, issue } from '../errors/index.js';

/**
 * A field impact results can be grouped by. `province` is derived from `region`.
 *
 * @category Impact
 */
export type GroupField = 'region' | 'province' | 'dimension' | 'year' | 'programme';

/**
 * The fields impact rows may be grouped by, in their canonical column order.
 *
 * @category Impact
 */
export const GROUP_FIELDS: readonly GroupField[] = [
  'province',
  'region',
  'dimension',
  'programme',
  'year',
];

/**
 * One grouping: a combination of fields. The empty grouping `[]` is the nation as a whole.
 *
 * @example
 * ```ts
 * const byRegionAndDimension: Grouping = ['region', 'dimension'];
 * const national: Grouping = [];
 * ```
 *
 * @category Impact
 */
export type Grouping = readonly GroupField[];

/**
 * The values of one group, e.g. `{ region: '32.73', dimension: 'health' }`; `{}` is the nation.
 *
 * @example
 * ```ts
 * const g: GroupKey = { province: '32' };
 * ```
 *
 * @category Impact
 */
export interface GroupKey {
  readonly region?: string;
  readonly province?: string;
  readonly dimension?: string;
  readonly programme?: string;
  readonly year?: number;
}

/**
 * Maps a region code to its province code.
 *
 * @category Impact
 */
export type ProvinceOf = (region: string) => string;

/**
 * The default province of a region code: the part before the first `.` (`32.73` → `32`); for an
 * undotted all-digit code of four or more digits, its first two digits (`3273` → `32`, the BPS/Kemendagri
 * layout); otherwise the code itself (a province code is its own province).
 *
 * @example
 * ```ts
 * defaultProvinceOf('32.73'); // '32'
 * defaultProvinceOf('3273');  // '32'
 * defaultProvinceOf('32');    // '32'
 * ```
 *
 * @category Impact
 */
export function defaultProvinceOf(region: string): string {
  const dot = region.indexOf('.');
  if (dot > 0) return region.slice(0, dot);
  if (region.length >= 4 && /^[0-9]+$/.test(region)) return region.slice(0, 2);
  return region;
}

/**
 * Parses a `--by` style grouping list: groupings separated by `,`, fields inside one grouping joined
 * by `+`; `national` is the whole nation. Fields are put in canonical order and duplicates dropped.
 * Throws `impact/invalid` (naming every unknown field) on bad input.
 *
 * @example
 * ```ts
 * parseGroupings('region,province,national'); // [['region'], ['province'], []]
 * parseGroupings('region+dimension');         // [['region', 'dimension']]
 * ```
 *
 * @category Impact
 */
export function parseGroupings(text: string): Grouping[] {
  const out: Grouping[] = [];
  const problems: string[] = [];
  for (const part of text.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    if (trimmed === 'national') {
      out.push([]);
      continue;
    }
    const fields = trimmed.split('+').map((f) => f.trim());
    const bad = fields.filter((f) => !(GROUP_FIELDS as readonly string[]).includes(f));
    if (bad.length) problems.push(...bad);
    else out.push(canonicalGrouping(fields as GroupField[]));
  }
  if (problems.length)
    throw new TakarError(
      issue(
        'impact/invalid',
        ['by'],
        `Unknown grouping field(s) ${problems.map((p) => `\`${p}\``).join(', ')}; use ${GROUP_FIELDS.join(', ')} or national, joined by "+" to combine.`,
      ),
    );
  if (out.length === 0)
    throw new TakarError(
      issue('impact/invalid', ['by'], 'No grouping was given; use e.g. `region` or `national`.'),
    );
  return out;
}

/**
 * Puts a grouping's fields in canonical order without duplicates.
 *
 * @example
 * ```ts
 * canonicalGrouping(['dimension', 'region', 'region']); // ['region', 'dimension']
 * ```
 *
 * @category Impact
 */
export function canonicalGrouping(fields: readonly GroupField[]): Grouping {
  return GROUP_FIELDS.filter((f) => fields.includes(f));
}

/**
 * A short label for a grouping: fields joined by `+`, or `national`.
 *
 * @example
 * ```ts
 * groupingLabel(['region', 'dimension']); // 'region+dimension'
 * groupingLabel([]);                      // 'national'
 * ```
 *
 * @category Impact
 */
export function groupingLabel(grouping: Grouping): string {
  return grouping.length ? grouping.join('+') : 'national';
}
