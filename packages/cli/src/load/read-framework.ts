import { frameworkFromTable, parseCsv, TakarError, issue, type DataColumnMeta } from '@takar/core';
import type { CliIo } from '../io.js';
import { extensionOf, parseJson, readText } from './read-text.js';

/** A framework read from a file, with the data columns a COINr table declares. */
export interface LoadedFramework {
  framework: unknown;
  groups?: string[];
  denominators?: string[];
  dataColumns?: DataColumnMeta[];
}

/**
 * Reads a framework: Takar framework JSON, or a COINr indicator metadata table (CSV, with Takar's
 * extra Band / Axis / AxisTag rows: see `frameworkFromTable` in @takar/core).
 *
 * @example
 * ```ts
 * const { framework } = await readFramework(io, 'meta.csv');
 * ```
 */
export async function readFramework(
  io: CliIo,
  path: string,
  delimiter?: ',' | ';' | '\t',
): Promise<LoadedFramework> {
  const text = await readText(io, path, 'framework');
  const ext = extensionOf(path);
  if (ext === 'json') return { framework: parseJson(text, path, 'framework/invalid') };
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const meta = frameworkFromTable(parseCsv(text, delimiter ? { delimiter } : {}), {
      id: stem(path),
    });
    return {
      framework: meta.framework,
      groups: meta.groups,
      denominators: meta.denominators,
      dataColumns: meta.dataColumns,
    };
  }
  throw new TakarError(
    issue(
      'io/unknown-format',
      ['framework'],
      `Cannot tell the format of "${path}"; use a .json framework or a COINr metadata .csv.`,
    ),
  );
}

function stem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? 'framework';
  const s = base.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_.-]/g, '-');
  return s || 'framework';
}
