/**
 * A table by columns, the common form of every tabular input (CSV, JSON records, arquero, Arrow):
 * column names, one array of cells per column (strings, numbers, `null`/`undefined` for missing).
 *
 * @category I/O
 */
export interface Table {
  readonly names: readonly string[];
  readonly columns: readonly ArrayLike<unknown>[];
  readonly rowCount: number;
  /** The file line each row starts on, when read from text (`parseCsv`), for messages. */
  readonly lines?: readonly number[];
}

/**
 * Builds a {@link Table} from an array of row objects (e.g. parsed JSON records); columns are the
 * union of keys in first-seen order.
 *
 * @example
 * ```ts
 * tableFromRecords([{ unit: 'u1', a: 1 }, { unit: 'u2', a: 2 }]).names; // ['unit', 'a']
 * ```
 *
 * @category I/O
 */
export function tableFromRecords(records: readonly Record<string, unknown>[]): Table {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  return { names, columns: names.map((n) => records.map((r) => r[n])), rowCount: records.length };
}
