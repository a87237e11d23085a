/**
 * Who takes part in the example Smart City evaluations: the real 2017 cohort, regions known from
 * published results, and seeded draws for the cohorts whose names are not published in one place.
 *
 *   wave  size  who                                              cumulative
 *   2017   25   the named cohort (DESIGN: Kota Jambi … Kab. Mimika)   25
 *   2018   50   known later participants + seeded draw                75
 *   2019   25   seeded draw                                          100
 *   2021   41   tourism-area cohort (Kab. Wonogiri + seeded draw)    141
 *   2022   50   seeded draw                                          191
 *   2023   50   seeded draw                                          241
 *
 * A region is first evaluated the year after it joins. So 141 regions are eligible in 2022, the
 * number the ministry evaluated that year.
 */
import { findRegion } from '../regions/find-region.js';
import { regions, type Region } from '../regions/registry.js';
import type { Rng } from './prng.js';

/** The 2017 cohort of the Gerakan Menuju Smart City, as named by the ministry. */
export const COHORT_2017: readonly string[] = [
  'Kota Jambi',
  'Kab. Pelalawan',
  'Kab. Siak',
  'Kab. Banyuasin',
  'Kota Tangerang',
  'Kota Tangerang Selatan',
  'Kab. Purwakarta',
  'Kota Bandung',
  'Kota Bekasi',
  'Kota Bogor',
  'Kota Cirebon',
  'Kota Sukabumi',
  'Kab. Sleman',
  'Kota Semarang',
  'Kab. Banyuwangi',
  'Kab. Bojonegoro',
  'Kab. Gresik',
  'Kab. Sidoarjo',
  'Kab. Badung',
  'Kota Singkawang',
  'Kab. Kutai Kartanegara',
  'Kota Samarinda',
  'Kota Makassar',
  'Kota Tomohon',
  'Kab. Mimika',
];

/**
 * Regions reported as evaluated in published results or awards (2021–2024) that are not in the
 * 2017 cohort, with the wave the example data puts them in. Their cohorts are not published;
 * placing them in 2018 (2021 for the tourism-area award winner) is an assumption of the example.
 */
export const KNOWN_PARTICIPANTS: readonly (readonly [name: string, wave: number])[] = [
  ['Kota Kediri', 2018],
  ['Kota Cimahi', 2018],
  ['Kota Ambon', 2018],
  ['Kabupaten Batang Hari', 2018],
  ['Kabupaten Muaro Jambi', 2018],
  ['Kabupaten Sarolangun', 2018],
  ['Kota Surakarta', 2018],
  ['Kota Yogyakarta', 2018],
  ['Kota Madiun', 2018],
  ['Kabupaten Demak', 2018],
  ['Kabupaten Wonogiri', 2021],
];

/** The waves: year joined and number of regions. */
export const WAVES: readonly (readonly [year: number, size: number])[] = [
  [2017, 25],
  [2018, 50],
  [2019, 25],
  [2021, 41],
  [2022, 50],
  [2023, 50],
];

/** Looks a region up by name and throws if the registry does not know it exactly. */
export function mustFind(name: string): Region {
  const r = findRegion(name);
  if (r.status !== 'found')
    throw new Error(`example participants: "${name}" is ${r.status} in the registry`);
  return r.region;
}

/** Drawing weight: cities, larger and higher-IPM regions joined earlier. */
function weight(r: Region): number {
  const ipm = Math.min(2, Math.max(0.2, (r.ipm2024 - 55) / 15));
  return (r.type === 'kota' ? 2.5 : 1) * ipm * (r.population2024 > 500_000 ? 1.5 : 1);
}

/**
 * The wave (year joined) of every participating region, by code: the named cohort, the known
 * participants, then weighted draws without replacement for the rest of each wave.
 */
export function drawWaves(rng: Rng): Map<string, number> {
  const joined = new Map<string, number>();
  for (const name of COHORT_2017) joined.set(mustFind(name).code, 2017);
  for (const [name, wave] of KNOWN_PARTICIPANTS) {
    const code = mustFind(name).code;
    if (!joined.has(code)) joined.set(code, wave);
  }
  const pool = regions().filter((r) => !joined.has(r.code));
  for (const [year, size] of WAVES) {
    let need = size - [...joined.values()].filter((y) => y === year).length;
    while (need > 0 && pool.length > 0) {
      const total = pool.reduce((s, r) => s + weight(r), 0);
      let x = rng.next() * total;
      let i = 0;
      for (; i < pool.length - 1; i++) {
        x -= weight(pool[i] as Region);
        if (x < 0) break;
      }
      const [picked] = pool.splice(i, 1);
      joined.set((picked as Region).code, year);
      need--;
    }
  }
  return joined;
}
