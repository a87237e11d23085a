/** The example data as engine datasets: `exampleDataset`, `examplePrograms`, `exampleData`. */
import { TakarError, issue, type Dataset } from '@takar/core';
import { EXAMPLE_SEED, generateExample, type ExampleData, type Programme } from './generate.js';
import { datasetFromExampleFile, exampleSource } from './example-files.js';

let cached: ExampleData | undefined;

/**
 * The shipped example data (seed {@link EXAMPLE_SEED}, 2020–2024), generated on first use and
 * kept. It equals the committed files in `data/example/`.
 *
 * @example
 * ```ts
 * exampleData().waves['15.71']; // 2017 (Kota Jambi, first cohort)
 * ```
 */
export function exampleData(): ExampleData {
  cached ??= generateExample({ seed: EXAMPLE_SEED });
  return cached;
}

/** The frameworks the example data covers. */
export type ExampleFrameworkId = 'smart-city' | 'spbe-2020';

/**
 * The illustrative example dataset for a shipped framework, for one year or all years (2020–2024),
 * ready for `score()`: real kabupaten/kota as units (groups province, type, populationClass;
 * denominators population, area), synthetic values, `source.synthetic: true`.
 *
 * @example
 * ```ts
 * const results = score(getFramework('smart-city'), exampleDataset('smart-city', 2024));
 * ```
 */
export function exampleDataset(framework: ExampleFrameworkId, year?: number): Dataset {
  const data = exampleData();
  const wide =
    framework === 'smart-city' ? data.smartCity : framework === 'spbe-2020' ? data.spbe : undefined;
  if (!wide) {
    throw new TakarError(
      issue(
        'data/invalid',
        ['framework'],
        `There is no example data for "${String(framework)}"; use "smart-city" or "spbe-2020".`,
      ),
    );
  }
  const what =
    framework === 'smart-city' ? 'Smart City evaluation inputs' : 'Indeks SPBE maturity levels';
  return datasetFromExampleFile({ ...wide, source: exampleSource(what) }, year);
}

/**
 * The illustrative programmes with their beneficiaries (*penerima manfaat*) per region, year and
 * Smart City dimension, optionally for one year. Counts are bounded by the real 2024 population.
 *
 * @example
 * ```ts
 * examplePrograms(2024).filter((p) => p.region === '15.71'); // Kota Jambi's programmes in 2024
 * ```
 */
export function examplePrograms(year?: number): Programme[] {
  const all = exampleData().programmes;
  return year === undefined ? [...all] : all.filter((p) => p.year === year);
}
