import { fromArrow } from 'arquero';
import type { Dataset } from '../schema/data.js';
import type { FrameworkTree } from '../framework/parse-framework.js';
import { issue, throwIfAny } from '../errors/index.js';
import type { TableReadOptions } from '../io/dataset-from-table.js';
import { datasetFromArquero, type ArqueroLike } from './from-arquero.js';

/**
 * Reads Apache Arrow IPC bytes (file or stream format) into a dataset, through arquero's
 * `fromArrow`. Long or wide layout as in `datasetFromTable`.
 *
 * @example
 * ```ts
 * const data = datasetFromArrow(readFileSync('data.arrow'), parseFramework(framework));
 * ```
 *
 * @category Score
 */
export function datasetFromArrow(
  bytes: Uint8Array | ArrayBuffer,
  tree?: FrameworkTree,
  options: TableReadOptions = {},
): Dataset {
  let table: ArqueroLike;
  try {
    table = fromArrow(
      bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
    ) as unknown as ArqueroLike;
  } catch (e) {
    throwIfAny([
      issue(
        'io/unknown-format',
        [],
        `The file could not be read as Apache Arrow (${e instanceof Error ? e.message : String(e)}); write it in Arrow IPC format.`,
      ),
    ]);
    throw e;
  }
  return datasetFromArquero(table, tree, options);
}
