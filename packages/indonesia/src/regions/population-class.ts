/**
 * Population classes for peer groups, after Kompas' Indeks Kota Cerdas Indonesia (IKCI):
 *
 * | class          | population (people)          |
 * |----------------|------------------------------|
 * | `metropolitan` | more than 1,000,000          |
 * | `besar`        | 500,001 – 1,000,000          |
 * | `sedang`       | 100,001 – 500,000            |
 * | `kecil`        | 100,000 or fewer             |
 *
 * The published classes are "> 1 M, 500 k–1 M, 100 k–500 k, ≤ 100 k"; as "kecil" includes 100,000
 * and "metropolitan" excludes 1,000,000, every boundary belongs to the class below it.
 */

/** A population class. */
export type PopulationClass = 'metropolitan' | 'besar' | 'sedang' | 'kecil';

/** The population classes from largest to smallest, with bilingual labels and bounds. */
export const POPULATION_CLASSES: readonly {
  readonly code: PopulationClass;
  readonly label: { readonly id: string; readonly en: string };
  /** Exclusive lower bound (`null`: none). */
  readonly above: number | null;
  /** Inclusive upper bound (`null`: none). */
  readonly upTo: number | null;
}[] = [
  {
    code: 'metropolitan',
    label: { id: 'Metropolitan', en: 'Metropolitan' },
    above: 1_000_000,
    upTo: null,
  },
  { code: 'besar', label: { id: 'Besar', en: 'Large' }, above: 500_000, upTo: 1_000_000 },
  { code: 'sedang', label: { id: 'Sedang', en: 'Medium' }, above: 100_000, upTo: 500_000 },
  { code: 'kecil', label: { id: 'Kecil', en: 'Small' }, above: null, upTo: 100_000 },
];

/**
 * The population class of a kabupaten/kota with `population` people.
 *
 * @example
 * ```ts
 * populationClass(2_506_603); // 'metropolitan'
 * populationClass(1_000_000); // 'besar'
 * populationClass(100_000); // 'kecil'
 * ```
 */
export function populationClass(population: number): PopulationClass {
  if (population > 1_000_000) return 'metropolitan';
  if (population > 500_000) return 'besar';
  if (population > 100_000) return 'sedang';
  return 'kecil';
}
