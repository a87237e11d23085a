import type { Dataset } from '@takar/core';
import { regionByCode } from '@takar/indonesia';

/**
 * When every unit is a kabupaten/kota of the registry, joins its attributes: groups `province`,
 * `type`, `populationClass` and denominators `population`, `area` (2024), and the official name for
 * a unit that has only its code. What the data itself says wins. So `compare --peers
 * populationClass`, in-group ranks and per-capita indicators work on an analyst's own file.
 *
 * @example
 * ```ts
 * joinRegistry({ units: [{ code: '32.73', name: '32.73' }], values: [] }).units[0]?.groups?.province; // 'Jawa Barat'
 * ```
 */
export function joinRegistry(dataset: Dataset): Dataset {
  const regions = dataset.units.map((u) => regionByCode(u.code));
  if (dataset.units.length === 0 || regions.some((r) => r === undefined)) return dataset;
  const units = dataset.units.map((u, i) => {
    const r = regions[i] as NonNullable<(typeof regions)[number]>;
    return {
      ...u,
      name: u.name === u.code || u.name === '' ? r.name : u.name,
      groups: {
        province: r.provinceName,
        type: r.type,
        populationClass: r.populationClass,
        ...u.groups,
      },
      denominators: { population: r.population2024, area: r.areaKm2, ...u.denominators },
    };
  });
  return { ...dataset, units };
}
