import { frameworkFromTable, parseCsv, TakarError, issue, type DataColumnMeta } from '@takar/core';
import type { CliIo } from '../io.js';
import { readWorkbook } from '../xlsx/read-workbook.js';
import { extensionOf, parseJson, readBytes, readText } from './read-text.js';
import { inFile } from './read-table.js';

/** A framework read from a file, with the data columns a COINr table declares. */
export interface LoadedFramework {
  framework: unknown;
  groups?: string[];
  denominators?: string[];
  /** Columns of Type `Other`: passed through, neither indicators nor groups. */
  others?: string[];
  dataColumns?: DataColumnMeta[];
}

/**
 * Reads a framework: Takar framework JSON, a COINr indicator metadata table (CSV, with Takar's
 * extra Band / Axis / AxisTag rows: see `frameworkFromTable` in @takar/core), or the `iMeta` sheet
 * of a COINr / composer workbook (`.xlsx`).
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
  const ext = extensionOf(path);
  if (ext === 'xlsx') {
    // A COINr / composer workbook: the indicator metadata is the `iMeta` sheet.
    const sheets = await readWorkbook(await readBytes(io, path, 'framework'), path);
    const meta = sheets.find((s) => s.name === 'iMeta');
    if (!meta)
      throw new TakarError(
        issue(
          'framework/invalid',
          ['framework'],
          `"${path}" has no "iMeta" sheet (it has ${sheets.map((s) => `"${s.name}"`).join(', ')}); a workbook used as a framework needs COINr's iMeta sheet, or give --framework <id | file.json>.`,
        ),
      );
    return loadedOf(
      inFile(path, () => frameworkFromTable(meta.table, { id: stem(path) }), 'framework'),
    );
  }
  const text = await readText(io, path, 'framework');
  if (ext === 'json') return { framework: parseJson(text, path, 'framework/invalid') };
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    // Every problem names the file: the CSV's own and the table's (cells, then the tree).
    return loadedOf(
      inFile(
        path,
        () =>
          frameworkFromTable(parseCsv(text, delimiter ? { delimiter } : {}), { id: stem(path) }),
        'framework',
      ),
    );
  }
  throw new TakarError(
    issue(
      'io/unknown-format',
      ['framework'],
      `Cannot tell the format of "${path}"; use a .json framework, a COINr metadata .csv or a workbook with an iMeta sheet (.xlsx).`,
    ),
  );
}

function loadedOf(meta: ReturnType<typeof frameworkFromTable>): LoadedFramework {
  return {
    framework: meta.framework,
    groups: meta.groups,
    denominators: meta.denominators,
    others: meta.others,
    dataColumns: meta.dataColumns,
  };
}

function stem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? 'framework';
  const s = base.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_.-]/g, '-');
  return s || 'framework';
}
