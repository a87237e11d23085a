import type { ResultsDocument } from '../schema/results.js';
import type { Table } from '../io/table.js';

/**
 * A wide table of a results document: `unit`, then one column per score key in the document's
 * order (indicators, then aggregates, then axis keys), holding scores or ranks. With `ranks`, only
 * the keys that were ranked.
 *
 * @example
 * ```ts
 * formatCsv(resultsTable(results, 'ranks'));
 * ```
 *
 * @category Results
 */
export function resultsTable(results: ResultsDocument, kind: 'scores' | 'ranks' = 'scores'): Table {
  const cols = results.columns.filter((c) => kind === 'scores' || c.ranks !== undefined);
  return {
    names: ['unit', ...cols.map((c) => c.key)],
    columns: [
      results.units.codes,
      ...cols.map((c) => (kind === 'ranks' ? (c.ranks ?? []) : c.scores)),
    ],
    rowCount: results.units.codes.length,
  };
}
