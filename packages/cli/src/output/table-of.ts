import type { Table } from '@takar/core';

/**
 * A table from row objects with the given columns, in order.
 *
 * @example
 * ```ts
 * tableOf(['unit', 'rank'], [{ unit: 'a', rank: 1 }]);
 * ```
 */
export function tableOf(names: readonly string[], rows: readonly object[]): Table {
  return {
    names,
    columns: names.map((n) => rows.map((r) => (r as Record<string, unknown>)[n])),
    rowCount: rows.length,
  };
}
