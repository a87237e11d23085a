import { TakarError, issue, type Dataset, type FrameworkTree } from '@takar/core';
import { EXAMPLE_NOTE, EXAMPLE_YEARS, exampleDataset } from '@takar/indonesia';
import type { CliIo } from '../io.js';
import { say } from '../locale/say.js';

/** The value of `--data` that selects the embedded example data. */
export const EXAMPLE_DATA = 'example';

/**
 * The embedded example data (`@takar/indonesia`'s `exampleDataset`) for a shipped framework: one
 * year (default the latest, 2024) or, with `allYears`, 2020–2024. Says on stderr that the data is
 * illustrative, as every place that shows it must.
 *
 * @example
 * ```ts
 * const data = exampleDataFor(io, tree, 2023);
 * ```
 */
export function exampleDataFor(
  io: CliIo,
  tree: FrameworkTree,
  year: number | undefined,
  allYears = false,
): Dataset {
  const id = tree.framework.id;
  if (id !== 'smart-city' && id !== 'spbe-2020') {
    throw new TakarError(
      issue(
        'cli/usage',
        ['--data'],
        `There is example data only for the shipped frameworks smart-city and spbe-2020, not "${id}"; use --framework smart-city or spbe-2020, or give a data file.`,
      ),
    );
  }
  const years = EXAMPLE_YEARS as readonly number[];
  if (year !== undefined && !years.includes(year)) {
    throw new TakarError(
      issue(
        'data/unknown-year',
        ['--year'],
        `The example data covers ${years[0]}–${years[years.length - 1]}; pick a year in that range.`,
      ),
    );
  }
  const chosen = allYears ? undefined : (year ?? years[years.length - 1]);
  io.stderr(
    say(
      `takar: data contoh ${id}${chosen === undefined ? '' : ` ${chosen}`} — ${EXAMPLE_NOTE}\n`,
      `takar: example data for ${id}${chosen === undefined ? '' : ` ${chosen}`} — ${EXAMPLE_NOTE}\n`,
    ),
  );
  return exampleDataset(id, chosen);
}
