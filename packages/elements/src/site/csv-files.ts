import { formatCsv } from '@takar/core/csv';
import { resultsView, type ResultsDocument } from '@takar/core/results';

/**
 * The CSV downloads of a published site (core's one CSV writer, UTF-8 with a BOM and CRLF, as
 * spreadsheets open them): `data/ranking.csv`, the index ranking in rank order, and
 * `data/scores.csv`, every node's score and rank per unit.
 *
 * @example
 * ```ts
 * Object.keys(csvFiles(results)); // ['data/ranking.csv', 'data/scores.csv']
 * ```
 */
export function csvFiles(results: ResultsDocument): Record<string, string> {
  const view = resultsView(results);
  const root = view.root;
  const groups = Object.keys(results.units.groups ?? {});
  const nodes = results.framework.nodes.map((n) => n.code).filter((c) => view.column(c));
  const order = view.codes
    .map((_, i) => i)
    .sort((a, b) => (view.rankAt(root, a) ?? Infinity) - (view.rankAt(root, b) ?? Infinity));
  const groupCol = (g: string, rows: readonly number[]) =>
    rows.map((i) => view.groupAt(g, i) ?? null);
  const all = view.codes.map((_, i) => i);
  const csv = (names: string[], columns: unknown[][]) =>
    formatCsv({ names, columns, rowCount: view.size }, ',', { newline: '\r\n', bom: true });
  return {
    'data/ranking.csv': csv(
      ['rank', 'unit', 'name', ...groups, 'score', 'band'],
      [
        order.map((i) => view.rankAt(root, i)),
        order.map((i) => view.codes[i]),
        order.map((i) => view.names[i]),
        ...groups.map((g) => groupCol(g, order)),
        order.map((i) => view.scoreAt(root, i)),
        order.map((i) => view.bandAt(root, i)),
      ],
    ),
    'data/scores.csv': csv(
      ['unit', 'name', ...groups, ...nodes.flatMap((n) => [`score:${n}`, `rank:${n}`])],
      [
        [...view.codes],
        [...view.names],
        ...groups.map((g) => groupCol(g, all)),
        ...nodes.flatMap((n) => [
          all.map((i) => view.scoreAt(n, i)),
          all.map((i) => view.rankAt(n, i)),
        ]),
      ],
    ),
  };
}
