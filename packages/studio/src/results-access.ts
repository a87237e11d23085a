/**
 * The one place the studio reads scores and ranks out of a results document. Everything else in
 * the studio asks these functions, so a change of the results format (issue 13, format 2:
 * columnar) is a change of this file only. Documents are passed to the elements as they are.
 *
 * This version reads format 1: `units[i].scores[node]`, `units[i].ranks[node]`.
 */
import type { ResultsDocument } from '@takar/core';

/** One unit's place on one node. */
export interface UnitPlace {
  unit: string;
  name: string;
  score: number | null;
  rank: number | null;
}

/** The code of the framework's root (the index). */
export function rootCode(doc: ResultsDocument): string {
  const root = doc.framework.nodes.find((n) => n.parent === null);
  if (!root) throw new Error('The results document has no root node.');
  return root.code;
}

/** Number of scored units. */
export function unitCount(doc: ResultsDocument): number {
  return doc.units.length;
}

/** Every scored unit's score and rank on `node`, in the document's unit order. */
export function places(doc: ResultsDocument, node: string): UnitPlace[] {
  return doc.units.map((u) => ({
    unit: u.unit,
    name: u.name,
    score: u.scores[node] ?? null,
    rank: u.ranks[node] ?? null,
  }));
}

/** Ranks on `node` by unit code. */
export function ranksByUnit(doc: ResultsDocument, node: string): Map<string, number | null> {
  return new Map(doc.units.map((u) => [u.unit, u.ranks[node] ?? null]));
}

/** The node codes that carry scores in the document (indicators and aggregates). */
export function scoredNodes(doc: ResultsDocument): string[] {
  const first = doc.units[0];
  return first ? Object.keys(first.scores) : [];
}

/** The unit's score on `node`, or null (missing stays missing). */
export function scoreOf(doc: ResultsDocument, unit: string, node: string): number | null {
  return doc.units.find((u) => u.unit === unit)?.scores[node] ?? null;
}

/** The raw (input) value of `indicator` for every scored unit, in unit order; null when missing. */
export function rawValues(doc: ResultsDocument, indicator: string): (number | null)[] {
  return doc.units.map((u) => u.raw?.[indicator] ?? null);
}

/** The document's title, if it has one. */
export function titleOf(doc: ResultsDocument): string | undefined {
  return doc.title;
}
