import {
  datasetFromTable,
  parseCsv,
  tableFromRecords,
  TakarError,
  issue,
  type Dataset,
  type FrameworkTree,
  type TableReadOptions,
} from '@takar/core';
import type { CliIo } from '../io.js';
import { decodeText } from '../files/decode-text.js';
import { extensionOf, parseJson, readBytes } from './read-text.js';
import { EXAMPLE_DATA, exampleDataFor } from './example-data.js';
import { stripLeadingComments } from './strip-comments.js';

/** Options for reading data files. */
export interface DataReadOptions extends TableReadOptions {
  delimiter?: ',' | ';' | '\t';
  /** With `--data example`: every year of the example data, not only `attributesYear` (or 2024). */
  allYears?: boolean;
}

/**
 * Reads data: CSV (long or wide, COINr `data.csv` style included), JSON (a Takar dataset
 * `{ units, values }` or an array of row objects) or Apache Arrow IPC (`.arrow`, `.feather`); or,
 * for `example`, the embedded example data of a shipped framework. Leading `#` lines of a CSV are
 * comments.
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
  const bytes = await readBytes(io, path, 'data');
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const text = stripLeadingComments(decodeText(bytes, path, 'data', io.encoding));
    return inFile(path, () =>
      datasetFromTable(
        parseCsv(text, options.delimiter ? { delimiter: options.delimiter } : {}),
        tree,
        options,
      ),
    );
  }
  if (ext === 'json') {
    const json = parseJson(decodeText(bytes, path, 'data', io.encoding), path, 'data/invalid');
    if (Array.isArray(json))
      return inFile(path, () =>
        datasetFromTable(tableFromRecords(json as Record<string, unknown>[]), tree, options),
      );
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
      `Cannot tell the format of "${path}"; use .csv, .json or .arrow.`,
    ),
  );
}

/** Runs `read`, naming the file in the path and message of every issue it throws. */
function inFile<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof TakarError)) throw e;
    throw new TakarError(
      e.issues.map((i) => issue(i.code, ['data', ...i.path], `${path}: ${i.message}`)),
    );
  }
}
