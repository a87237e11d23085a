/**
 * The one place the studio reads scores and ranks out of a results document (format 2: one
 * column per node, read through core's zod-free `resultsView`). Documents are passed to the
 * elements as they are.
 */
import { resultsView, type ResultsDocument } from '@takar/core/results';

/** One unit's place on one node. */
export interface UnitPlace {
  unit: string;
  name: string;
  score: number | null;
  rank: number | null;
}

/** The code of the framework's root (the index). */
export function rootCode(doc: ResultsDocument): string {
  const root = resultsView(doc).root;
  if (!root) throw new Error('The results document has no root node.');
  return root;
}

/** Number of scored units. */
export function unitCount(doc: ResultsDocument): number {
  return doc.units.codes.length;
}

/** The scored units' codes, in the document's order. */
export function unitCodes(doc: ResultsDocument): readonly string[] {
  return resultsView(doc).codes;
}

/** Every scored unit's score and rank on `node`, in the document's unit order. */
export function places(doc: ResultsDocument, node: string): UnitPlace[] {
  const view = resultsView(doc);
  return view.codes.map((unit, i) => ({
    unit,
    name: view.names[i] as string,
    score: view.scoreAt(node, i),
    rank: view.rankAt(node, i),
  }));
}

/** Ranks on `node` by unit code. */
export function ranksByUnit(doc: ResultsDocument, node: string): Map<string, number | null> {
  const view = resultsView(doc);
  return new Map(view.codes.map((unit, i) => [unit, view.rankAt(node, i)]));
}

/** The node codes that carry scores in the document (indicators and aggregates). */
export function scoredNodes(doc: ResultsDocument): string[] {
  return [...resultsView(doc).keys];
}

/** The unit's score on `node`, or null (missing stays missing). */
export function scoreOf(doc: ResultsDocument, unit: string, node: string): number | null {
  const view = resultsView(doc);
  const i = view.indexOf(unit);
  return i < 0 ? null : view.scoreAt(node, i);
}

/** The raw (input) value of `indicator` for every scored unit, in unit order; null when missing. */
export function rawValues(doc: ResultsDocument, indicator: string): (number | null)[] {
  const raw = resultsView(doc).column(indicator)?.raw;
  return raw ? [...raw] : doc.units.codes.map(() => null);
}

/** The document's title, if it has one. */
export function titleOf(doc: ResultsDocument): string | undefined {
  return doc.title;
}
