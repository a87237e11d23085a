import type { ResultsDocument } from '../schema/results.js';
import type { Table } from '../io/table.js';

/**
 * A wide table of a results document: `unit`, then one column per score key in the document's
 * order (indicators, then aggregates, then axis keys), holding scores or ranks.
 *
 * @example
 * ```ts
 * formatCsv(resultsTable(results, 'ranks'));
 * ```
 */
export function resultsTable(results: ResultsDocument, kind: 'scores' | 'ranks' = 'scores'): Table {
  const first = results.units[0];
  const keys = Object.keys((kind === 'ranks' ? first?.ranks : first?.scores) ?? {});
  const names = ['unit', ...keys];
  const columns = [
    results.units.map((u) => u.unit),
    ...keys.map((k) =>
      results.units.map((u) => (kind === 'ranks' ? u.ranks[k] : u.scores[k]) ?? null),
    ),
  ];
  return { names, columns, rowCount: results.units.length };
}
