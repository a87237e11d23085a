import type { Unit } from '@takar/core';
import type { Region } from './registry.js';

/**
 * Engine units for kabupaten/kota: code and name, groups `{ province, type, populationClass }`
 * for peer comparisons and in-group ranks, and denominators `{ population, area }` (2024 figures)
 * for coverage, per-capita and per-km² indicators.
 *
 * @example
 * ```ts
 * const [bandung] = toUnits([regionByCode('32.73')!]);
 * bandung.groups; // { province: 'Jawa Barat', type: 'kota', populationClass: 'metropolitan' }
 * bandung.denominators?.population; // 2591763 (Dukcapil, December 2024)
 * ```
 */
export function toUnits(regions: readonly Region[]): Unit[] {
  return regions.map((r) => ({
    code: r.code,
    name: r.name,
    groups: { province: r.provinceName, type: r.type, populationClass: r.populationClass },
    denominators: { population: r.population2024, area: r.areaKm2 },
  }));
}
