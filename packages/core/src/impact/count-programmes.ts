import { issue, safely, throwIfAny, type SafeResult, type TakarIssue } from '../errors/index.js';
import { defaultProvinceOf, type GroupKey, type Grouping, type ProvinceOf } from './grouping.js';
import { groupOf } from './group-of.js';
import type { CountedUnit, ImpactRow } from './impact-row.js';
import { parseRows } from './parse-rows.js';
import { populationLookup, type PopulationSource } from './population.js';
import { ProgrammeRowSchema, type ProgrammeRow } from './schemas.js';

/**
 * A stated overlap assumption that turns the programme range into a point value:
 * - `none`: no person benefits from two programmes; the sum, capped at the population (= `high`).
 * - `nested`: every smaller programme's beneficiaries are inside the largest one (= `low`).
 * - `independent`: people are in each programme independently, with probability bᵢ/N per
 *   programme, so N·(1 − ∏(1 − bᵢ/N)) are in at least one; needs each region's population N.
 *
 * @example
 * ```ts
 * countProgrammes(rows, { overlap: 'independent', population });
 * ```
 *
 * @category Impact
 */
export type OverlapAssumption = 'none' | 'nested' | 'independent';

/**
 * Options of {@link countProgrammes}.
 *
 * @category Impact
 */
export interface ProgrammeCountOptions {
  /** Groupings to report (default `[['region']]`); `[]` is the nation. */
  readonly by?: readonly Grouping[];
  /** Region populations: cap the upper bound, and needed by the `independent` assumption. */
  readonly population?: PopulationSource;
  /** A stated overlap assumption; without it only the range is reported (`affected: null`). */
  readonly overlap?: OverlapAssumption;
  /** Persons per household, one number or per region code; required if any row counts households. */
  readonly householdSize?: number | Readonly<Record<string, number>>;
  /** Province of a region code (default {@link defaultProvinceOf}). */
  readonly provinceOf?: ProvinceOf;
}

/**
 * A programme-count result row: the range, the point value if an assumption was stated, and context.
 *
 * @category Impact
 */
export interface ProgrammeCountRow extends ImpactRow {
  readonly method: 'programme-range';
  /** Distinct programmes contributing to the group. */
  readonly programmes: number;
  /** The plain sum of beneficiaries (double counting included). */
  readonly sum: number;
  /** Whether the population capped the upper bound in at least one region. */
  readonly capped: boolean;
  /** Whether every region of the group had a population (else `high` is the uncapped sum there). */
  readonly populationKnown: boolean;
  /** Whether one programme reported more beneficiaries than its region's population (check the data). */
  readonly exceedsPopulation: boolean;
}

const ASSUMPTIONS: Record<OverlapAssumption, string> = {
  none: 'no overlap between programmes: the sum, capped at the population',
  nested: 'full overlap: smaller programmes lie inside the largest one',
  independent: 'independent participation: N·(1 − ∏(1 − bᵢ/N)) per region',
};

interface Item {
  readonly region: string;
  readonly programme: string;
  readonly persons: number;
  readonly unit: CountedUnit;
}

/**
 * Positively-affected counts from programme totals, without identities (method `programme-range`).
 * Overlap between programmes is unknown, so each group gets the range
 * `[largest single programme, min(sum, population)]`, computed per region and added up over regions
 * (regions are disjoint; years, dimensions and programmes inside a region may overlap). A point value
 * (`affected`) is given only with a stated {@link OverlapAssumption}. Households become persons only
 * with a stated `householdSize` (else `impact/missing-assumption`); businesses are never converted
 * to persons and are reported in their own rows (`unit: 'businesses'`, no population cap).
 * Throws a {@link TakarError} listing every problem at once.
 *
 * @example
 * ```ts
 * countProgrammes(
 *   [
 *     { region: '32.73', programme: 'PKH', beneficiaries: 800, unit: 'persons' },
 *     { region: '32.73', programme: 'BPNT', beneficiaries: 500, unit: 'persons' },
 *   ],
 *   { population: { '32.73': 1000 } },
 * );
 * // [{ group: { region: '32.73' }, low: 800, high: 1000, affected: null, method: 'programme-range', … }]
 * ```
 *
 * @category Impact
 */
export function countProgrammes(
  input: unknown,
  options: ProgrammeCountOptions = {},
): ProgrammeCountRow[] {
  const { rows, issues, index } = parseRows(input, ProgrammeRowSchema, 'programmes');
  if (issues.length) {
    // The rows that parsed are checked too (household size, …), so one run names every problem.
    const later: TakarIssue[] = [];
    toItems(rows, options.householdSize, later);
    for (const i of later)
      issues.push(
        i.path[0] === 'programmes' && typeof i.path[1] === 'number'
          ? { ...i, path: ['programmes', index[i.path[1]] as number, ...i.path.slice(2)] }
          : i,
      );
    throwIfAny(issues);
  }
  const provinceOf = options.provinceOf ?? defaultProvinceOf;
  const by = options.by ?? [['region']];
  const population = options.population
    ? populationLookup(options.population, provinceOf)
    : () => undefined;
  const items = toItems(rows, options.householdSize, issues);
  throwIfAny(issues);

  const out: ProgrammeCountRow[] = [];
  for (const grouping of by) {
    // group key → unit → region → items
    const groups = new Map<
      string,
      { group: GroupKey; units: Map<CountedUnit, Map<string, Item[]>> }
    >();
    rows.forEach((row, i) => {
      const found = groupOf(row, grouping, provinceOf);
      if ('missing' in found) {
        issues.push(
          issue(
            'impact/invalid',
            ['programmes', i, found.missing],
            `This row has no \`${found.missing}\`; fill it in or drop \`${found.missing}\` from the grouping.`,
          ),
        );
        return;
      }
      const item = items[i] as Item;
      let g = groups.get(found.key);
      if (!g) groups.set(found.key, (g = { group: found.group, units: new Map() }));
      let regions = g.units.get(item.unit);
      if (!regions) g.units.set(item.unit, (regions = new Map()));
      const list = regions.get(item.region);
      if (list) list.push(item);
      else regions.set(item.region, [item]);
    });
    for (const { group, units } of groups.values())
      for (const [unit, regions] of units)
        out.push(rangeRow(grouping, group, unit, regions, population, options.overlap, issues));
  }
  throwIfAny(issues);
  return out;
}

/**
 * {@link countProgrammes} returning `{ ok, value }` or `{ ok: false, issues }` instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeCountProgrammes(rows, { householdSize: 3.6 });
 * ```
 *
 * @category Impact
 */
export function safeCountProgrammes(
  input: unknown,
  options: ProgrammeCountOptions = {},
): SafeResult<ProgrammeCountRow[]> {
  return safely(() => countProgrammes(input, options));
}

function toItems(
  rows: readonly ProgrammeRow[],
  householdSize: ProgrammeCountOptions['householdSize'],
  issues: TakarIssue[],
): (Item | undefined)[] {
  const seen = new Map<string, number>();
  let householdsWithoutSize = 0;
  const items = rows.map((row, i): Item | undefined => {
    const id = [row.region, row.year ?? '', row.dimension ?? '', row.programme, row.unit].join(
      '\u0001',
    );
    const first = seen.get(id);
    if (first !== undefined)
      issues.push(
        issue(
          'impact/invalid',
          ['programmes', i],
          `Programme \`${row.programme}\` appears twice for region ${row.region} (rows ${first} and ${i}) with the same year, dimension and unit; merge the rows or give them different programme names.`,
        ),
      );
    else seen.set(id, i);
    if (row.unit !== 'households')
      return {
        region: row.region,
        programme: row.programme,
        persons: row.beneficiaries,
        unit: row.unit,
      };
    const size = typeof householdSize === 'number' ? householdSize : householdSize?.[row.region];
    if (householdSize === undefined) {
      if (householdsWithoutSize++ === 0)
        issues.push(
          issue(
            'impact/missing-assumption',
            ['programmes', i, 'unit'],
            'Some programmes count households; state the persons per household with `householdSize` (--household-size), e.g. the BPS average for the region, so they can be counted as persons.',
          ),
        );
      return undefined;
    }
    if (size === undefined || !(Number.isFinite(size) && size >= 1)) {
      issues.push(
        issue(
          'impact/missing-assumption',
          ['householdSize', row.region],
          `No valid household size (≥ 1) for region ${row.region}; add it to \`householdSize\`.`,
        ),
      );
      return undefined;
    }
    return {
      region: row.region,
      programme: row.programme,
      persons: row.beneficiaries * size,
      unit: 'persons',
    };
  });
  return items;
}

function rangeRow(
  by: Grouping,
  group: GroupKey,
  unit: CountedUnit,
  regions: Map<string, Item[]>,
  population: (g: GroupKey) => number | undefined,
  overlap: OverlapAssumption | undefined,
  issues: TakarIssue[],
): ProgrammeCountRow {
  let low = 0;
  let high = 0;
  let sum = 0;
  let point = 0;
  let pointMissing = !overlap;
  let capped = false;
  let populationKnown = true;
  let exceeds = false;
  const programmes = new Set<string>();
  for (const [region, list] of regions) {
    let max = 0;
    let s = 0;
    for (const it of list) {
      programmes.add(it.programme);
      if (it.persons > max) max = it.persons;
      s += it.persons;
    }
    // Businesses have no population to cap by.
    const n = unit === 'persons' ? population({ region }) : undefined;
    if (unit === 'persons' && n === undefined) populationKnown = false;
    let h = s;
    if (n !== undefined && s > n) {
      capped = true;
      h = Math.max(n, max);
      if (max > n) exceeds = true;
    }
    low += max;
    high += h;
    sum += s;
    if (overlap) {
      if (overlap === 'none') point += h;
      else if (overlap === 'nested') point += max;
      else if (n === undefined) {
        issues.push(
          issue(
            unit === 'businesses' ? 'impact/missing-assumption' : 'impact/missing-population',
            ['population', region],
            unit === 'businesses'
              ? 'The independence assumption needs a population, and businesses have none; use overlap `none` or `nested` for business counts.'
              : `The independence assumption needs the population of region ${region}; add it to \`population\` or use overlap \`none\` or \`nested\`.`,
          ),
        );
        pointMissing = true;
      } else {
        let outside = 1;
        for (const it of list) outside *= 1 - Math.min(1, it.persons / n);
        // Mathematically max ≤ N(1 − ∏(1 − pᵢ)) ≤ min(sum, N); clamping only removes rounding noise.
        point += Math.min(h, Math.max(max, n * (1 - outside)));
      }
    }
  }
  return {
    by,
    group,
    unit,
    affected: pointMissing ? null : point,
    low,
    high,
    method: 'programme-range',
    ...(overlap ? { assumption: ASSUMPTIONS[overlap] } : {}),
    programmes: programmes.size,
    sum,
    capped,
    populationKnown: unit === 'persons' ? populationKnown : false,
    exceedsPopulation: exceeds,
  };
}
