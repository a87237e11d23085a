import type { GroupKey, ProvinceOf } from './grouping.js';

/**
 * Populations supplied by the caller: a map from region code to persons (plain object or `Map`), or
 * a function for full control (e.g. populations by year). In a map, a province or the nation
 * (key `national`) may be given directly; otherwise it is the sum of its regions in the map, so a
 * map should list every region of the provinces it is used for.
 *
 * @example
 * ```ts
 * const population: PopulationSource = { '32.73': 2_591_763, '32.04': 3_720_000 };
 * const byYear: PopulationSource = (g) => (g.year === 2024 ? table2024[g.region ?? ''] : undefined);
 * ```
 *
 * @category Impact
 */
export type PopulationSource =
  | Readonly<Record<string, number>>
  | ReadonlyMap<string, number>
  | ((group: GroupKey) => number | undefined);

/**
 * Turns a {@link PopulationSource} into a lookup for a group: a region's own population, else its
 * province's, else the nation's. Dimensions, programmes and years do not change a map's answer.
 * Returns `undefined` when the population is not known (never zero).
 *
 * @example
 * ```ts
 * const lookup = populationLookup({ '32.73': 100, '32.04': 50 }, defaultProvinceOf);
 * lookup({ province: '32' }); // 150
 * lookup({});                 // 150 (the nation)
 * ```
 *
 * @category Impact
 */
export function populationLookup(
  source: PopulationSource,
  provinceOf: ProvinceOf,
): (group: GroupKey) => number | undefined {
  if (typeof source === 'function') return (g) => valid(source(g));
  const entries: [string, number][] =
    source instanceof Map
      ? [...(source as ReadonlyMap<string, number>)]
      : Object.entries(source as Record<string, number>);
  const direct = new Map(entries.filter(([, v]) => valid(v) !== undefined));
  const byProvince = new Map<string, number>();
  let regions = 0;
  let provinces = 0;
  let anyRegion = false;
  for (const [code, v] of direct) {
    if (code === 'national') continue;
    const p = provinceOf(code);
    if (p === code) provinces += v;
    else {
      anyRegion = true;
      regions += v;
      byProvince.set(p, (byProvince.get(p) ?? 0) + v);
    }
  }
  const nation =
    direct.get('national') ?? (anyRegion ? regions : provinces > 0 ? provinces : undefined);
  return (g) => {
    if (g.region !== undefined) return direct.get(g.region);
    if (g.province !== undefined) return direct.get(g.province) ?? byProvince.get(g.province);
    return nation;
  };
}

function valid(v: number | undefined): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
}
