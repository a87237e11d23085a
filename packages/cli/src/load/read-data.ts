import {
  datasetFromTable,
  tableFromRecords,
  TakarError,
  issue,
  type Dataset,
  type FrameworkTree,
  type Table,
  type TableReadOptions,
} from '@takar/core';
import type { CliIo } from '../io.js';
import { decodeText } from '../files/decode-text.js';
import { extensionOf, parseJson, readBytes } from './read-text.js';
import { EXAMPLE_DATA, exampleDataFor } from './example-data.js';
import { inFile, isTableFile, readTable } from './read-table.js';
import { resolveRegions } from './resolve-regions.js';
import { joinRegistry } from './join-registry.js';

/** Options for reading data files. */
export interface DataReadOptions extends TableReadOptions {
  delimiter?: ',' | ';' | '\t';
  /** With `--data example`: every year of the example data, not only `attributesYear` (or 2024). */
  allYears?: boolean;
  /** `--region-column`: the column with region codes or names. */
  regionColumn?: string;
  /** `--name-column`: the column with unit names. */
  nameColumn?: string;
  /** `--sheet`: the sheet of a workbook. */
  sheet?: string;
  /**
   * Columns a COINr table declares as Type `Other`: passed through (not scored, not groups). Those
   * the data has are ignored as `--ignore-columns` are; a declared column the data lacks is fine.
   */
  others?: readonly string[];
}

/**
 * Reads data: CSV (long or wide, COINr `data.csv` style included), an Excel workbook (`.xlsx`: the
 * first sheet, `--sheet`, or `iData`), JSON (a Takar dataset `{ units, values }` or an array of row
 * objects) or Apache Arrow IPC (`.arrow`, `.feather`); or, for `example`, the embedded example data
 * of a shipped framework. Leading `#` lines of a CSV are comments. Region names become codes
 * through the registry, and kabupaten/kota units get the registry's attributes (see
 * {@link resolveRegions}, {@link joinRegistry}).
 *
 * @example
 * ```ts
 * const data = await readData(io, 'data.csv', tree, { decimal: ',' });
 * ```
 */
export async function readData(
  io: CliIo,
  path: string,
  tree: FrameworkTree,
  options: DataReadOptions,
): Promise<Dataset | unknown> {
  if (path === EXAMPLE_DATA)
    return exampleDataFor(io, tree, options.attributesYear, options.allYears);
  const ext = extensionOf(path);
  if (isTableFile(path)) {
    const textColumns = [options.regionColumn, options.nameColumn].filter(
      (c): c is string => c !== undefined,
    );
    const { table } = await readTable(io, path, 'data', { ...options, textColumns });
    return datasetOf(table, tree, options, path);
  }
  const bytes = await readBytes(io, path, 'data');
  if (ext === 'json') {
    const json = parseJson(decodeText(bytes, path, 'data', io.encoding), path, 'data/invalid');
    if (Array.isArray(json))
      return datasetOf(tableFromRecords(json as Record<string, unknown>[]), tree, options, path);
    return json;
  }
  if (ext === 'arrow' || ext === 'feather' || ext === 'ipc' || ext === 'arrows') {
    // arquero is loaded only here, so other commands start fast and never need it.
    const { datasetFromArrow } = await import('@takar/core/arquero');
    return datasetFromArrow(bytes, tree, options);
  }
  throw new TakarError(
    issue(
      'io/unknown-format',
      ['data'],
      `Cannot tell the format of "${path}"; use .csv, .xlsx, .json or .arrow.`,
    ),
  );
}

function datasetOf(
  table: Table,
  tree: FrameworkTree,
  options: DataReadOptions,
  path: string,
): Dataset {
  const resolved = resolveRegions(table, {
    path,
    ...(options.regionColumn !== undefined ? { regionColumn: options.regionColumn } : {}),
    ...(options.nameColumn !== undefined ? { nameColumn: options.nameColumn } : {}),
  });
  const {
    delimiter: _d,
    allYears: _a,
    regionColumn: _r,
    nameColumn: _n,
    sheet: _s,
    others,
    ...read
  } = options;
  const passed = (others ?? []).filter(
    (c) => resolved.table.names.includes(c) && !(read.ignore ?? []).includes(c),
  );
  if (passed.length) read.ignore = [...(read.ignore ?? []), ...passed];
  return joinRegistry(
    inFile(path, () =>
      datasetFromTable(resolved.table, tree, {
        ...read,
        ...(resolved.unit !== undefined ? { unit: resolved.unit } : {}),
        ...(resolved.name !== undefined ? { name: resolved.name } : {}),
      }),
    ),
  );
}
