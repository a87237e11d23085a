import type { Lang, ResultsDocument } from '@takar/core';
import { labelOf, nodeOf, rootNode } from '@takar/charts';
import type { ResultsError } from '../controllers/results-controller.js';

/** The results' title with its year (unless the title has it already). */
export function resultsTitle(results: ResultsDocument, lang: Lang): string {
  const base = results.title ?? labelOf(results.framework.label, lang);
  return results.year === null || base.includes(String(results.year))
    ? base
    : `${base} ${results.year}`;
}

/** The node to show (`dimension`, else the index) and its label, or an error naming the codes. */
export function resolveNode(
  results: ResultsDocument,
  dimension: string | undefined,
  lang: Lang,
): { node: string; label: string } | ResultsError {
  const node = dimension ?? rootNode(results);
  const found = nodeOf(results, node);
  if (!found)
    return {
      code: 'results/unknown-node',
      message: `Node "${node}" is not in the framework; use one of: ${results.framework.nodes
        .slice(0, 30)
        .map((n) => n.code)
        .join(', ')}.`,
    };
  return { node, label: labelOf(found.label, lang) };
}

/** An error for a region code that is not in the results. */
export function unknownRegion(code: string): ResultsError {
  return {
    code: 'results/unknown-region',
    message: `Region "${code}" is not in the results; use a unit code from the document (e.g. 32.73).`,
  };
}

/**
 * Unit codes in data of any kind an element shows: results documents (one or a list) and
 * impact data (`rows[].region`).
 */
export function unitCodes(data: unknown): Set<string> | undefined {
  const list = (Array.isArray(data) ? data : [data]) as {
    units?: { unit: string }[];
    rows?: { region?: string }[];
  }[];
  const codes = new Set<string>();
  let known = false;
  for (const d of list) {
    if (Array.isArray(d?.units)) {
      known = true;
      for (const u of d.units) codes.add(u.unit);
    }
    if (Array.isArray(d?.rows)) {
      known = true;
      for (const r of d.rows) if (typeof r.region === 'string') codes.add(r.region);
    }
  }
  return known ? codes : undefined;
}

/** Group columns of the units of results documents. */
function groupColumns(data: unknown): Set<string> {
  const list = (Array.isArray(data) ? data : [data]) as {
    units?: { groups?: Record<string, string> }[];
  }[];
  return new Set(list.flatMap((d) => (d?.units ?? []).flatMap((u) => Object.keys(u.groups ?? {}))));
}

/**
 * Checks `region` and `peers` against the data: an error for a region code that is not there,
 * or a peer list naming codes that are not there (a peer group column must exist).
 */
export function checkFocus(
  data: unknown,
  region: string | undefined,
  peers: string | undefined,
): ResultsError | undefined {
  const codes = unitCodes(data);
  if (!codes) return undefined;
  if (region && !codes.has(region)) return unknownRegion(region);
  const spec = peers?.trim();
  if (!spec || groupColumns(data).has(spec)) return undefined;
  const missing = spec.split(/[\s,]+/).filter((c) => c && !codes.has(c));
  if (missing.length === 0) return undefined;
  return {
    code: 'results/unknown-peers',
    message: `peers="${spec}" is neither a group column of the units nor a list of their codes (not in the data: ${missing.slice(0, 10).join(', ')}); use e.g. peers="type" or peers="32.73,33.74".`,
  };
}
