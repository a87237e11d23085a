import { parseCsv, TakarError, issue } from '@takar/core';
import type { CliIo } from '../io.js';
import { extensionOf, parseJson, readText } from './read-text.js';
import { stripLeadingComments } from './strip-comments.js';

/**
 * Reads a small table file (CSV, or JSON: an array of objects, or an object with one array
 * property such as `programmes`) as row objects of strings / JSON values, for schemas that parse
 * their own cells (the impact inputs).
 *
 * @example
 * ```ts
 * const rows = await readRows(io, 'programmes.csv', 'programmes');
 * ```
 */
export async function readRows(
  io: CliIo,
  path: string,
  role: string,
  delimiter?: ',' | ';' | '\t',
): Promise<Record<string, unknown>[]> {
  const text = await readText(io, path, role);
  const ext = extensionOf(path);
  if (ext === 'json') {
    const json = parseJson(text, path, 'data/invalid');
    const list = Array.isArray(json)
      ? json
      : json && typeof json === 'object'
        ? (Object.values(json).find(Array.isArray) as unknown[] | undefined)
        : undefined;
    if (!list)
      throw new TakarError(
        issue('data/invalid', [role], `"${path}" must hold an array of row objects.`),
      );
    return list as Record<string, unknown>[];
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const t = parseCsv(stripLeadingComments(text), delimiter ? { delimiter } : {});
    const rows: Record<string, unknown>[] = [];
    for (let r = 0; r < t.rowCount; r++) {
      // Null prototype: a column named "__proto__" stays a column.
      const row = Object.create(null) as Record<string, unknown>;
      t.names.forEach((n, k) => (row[n.trim()] = (t.columns[k] as ArrayLike<unknown>)[r]));
      rows.push(row);
    }
    return rows;
  }
  throw new TakarError(
    issue('io/unknown-format', [role], `Cannot tell the format of "${path}"; use .csv or .json.`),
  );
}
