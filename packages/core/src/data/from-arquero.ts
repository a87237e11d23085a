import type { Dataset } from '../schema/data.js';
import type { FrameworkTree } from '../framework/parse-framework.js';
import { datasetFromTable, type TableReadOptions } from '../io/dataset-from-table.js';
import type { Table } from '../io/table.js';

/**
 * The part of an arquero table this module reads (so callers need not share our arquero copy).
 *
 * @category Score
 */
export interface ArqueroLike {
  columnNames(): string[];
  numRows(): number;
  array(name: string): ArrayLike<unknown>;
}

/**
 * Turns an arquero table into a {@link Table} (column arrays, no per-row objects).
 *
 * @example
 * ```ts
 * tableFromArquero(aq.table({ unit: ['u1'], a: [1] })).names; // ['unit', 'a']
 * ```
 *
 * @category Score
 */
export function tableFromArquero(table: ArqueroLike): Table {
  const names = table.columnNames();
  return { names, columns: names.map((n) => table.array(n)), rowCount: table.numRows() };
}

/**
 * Reads an arquero table (long or wide, see `datasetFromTable`) into a dataset.
 *
 * @example
 * ```ts
 * import * as aq from 'arquero';
 * const data = datasetFromArquero(aq.table({ unit: ['u1', 'u2'], a: [1, 2] }), parseFramework(framework));
 * ```
 *
 * @category Score
 */
export function datasetFromArquero(
  table: ArqueroLike,
  tree?: FrameworkTree,
  options: TableReadOptions = {},
): Dataset {
  return datasetFromTable(tableFromArquero(table), tree, options);
}
