import type { ResultColumn, ResultsDocument, ResultsDocumentV1 } from '../schema/results.js';

/**
 * Migrates a (validated) format-1 results document, one object per unit, to format 2, one column
 * per score key. Nothing is recomputed except what format 2 does not store: in-group ranks, which
 * readers derive from the scores. Keys are taken in the order of the first unit's `scores`, the
 * order format 1 wrote them in; a value a unit lacks stays missing (`null`).
 *
 * @example
 * ```ts
 * migrateResults(oldDocument).columns[0]?.key; // the first indicator
 * ```
 *
 * @category Results
 */
export function migrateResults(doc: ResultsDocumentV1): ResultsDocument {
  const { units: rows, formatVersion: _v, ...rest } = doc;
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const u of rows)
    for (const k of Object.keys(u.scores))
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  const has = (pick: (u: ResultsDocumentV1['units'][number]) => object | undefined, k: string) =>
    rows.some((u) => {
      const m = pick(u);
      return m !== undefined && Object.hasOwn(m, k);
    });
  const columns: ResultColumn[] = keys.map((key) => {
    const col: ResultColumn = { key, scores: rows.map((u) => own(u.scores, key) ?? null) };
    if (has((u) => u.ranks, key)) col.ranks = rows.map((u) => own(u.ranks, key) ?? null);
    if (has((u) => u.bands, key)) col.bands = rows.map((u) => own(u.bands, key) ?? null);
    if (rows.length && rows.every((u) => Object.hasOwn(u.coverage, key)))
      col.coverage = rows.map((u) => own(u.coverage, key) as number);
    if (has((u) => u.raw, key)) col.raw = rows.map((u) => own(u.raw, key) ?? null);
    return col;
  });
  const groupCols = [...new Set(rows.flatMap((u) => Object.keys(u.groups ?? {})))];
  const units: ResultsDocument['units'] = {
    codes: rows.map((u) => u.unit),
    names: rows.map((u) => u.name),
  };
  if (groupCols.length)
    units.groups = Object.fromEntries(
      groupCols.map((g) => [g, rows.map((u) => own(u.groups, g) ?? null)]),
    );
  const out: ResultsDocument = { ...rest, formatVersion: 2, units, columns };
  // Keep the field order of format 2 for the parts after `units`.
  const { until, excluded, ...head } = out;
  return {
    ...head,
    ...(until !== undefined ? { until } : {}),
    ...(excluded !== undefined ? { excluded } : {}),
  };
}

function own<T>(m: Record<string, T> | undefined, k: string): T | undefined {
  return m !== undefined && Object.hasOwn(m, k) ? m[k] : undefined;
}
