import {
  isRegionDocument,
  regionRoot,
  resultsView,
  type RegionDocument,
  type ResultsDocument,
} from '@takar/core/results';
import type { ResultsError } from '../controllers/results-controller.js';
import type { Locale } from '../i18n/locale.js';

/** The title of results (or a region document) with its year, unless the title has it already. */
export function resultsTitle(
  results: ResultsDocument | RegionDocument,
  locale: Locale,
  year: number | null = isRegionDocument(results)
    ? (results.years[results.years.length - 1]?.year ?? null)
    : results.year,
): string {
  // A region document keeps each year's title (the full document of that year had it).
  const own = isRegionDocument(results)
    ? results.years.find((y) => y.year === year)?.title
    : undefined;
  const base = own ?? results.title ?? locale.label(results.framework.label);
  return year === null || base.includes(String(year)) ? base : `${base} ${year}`;
}

/**
 * The node to show (`dimension`, else the index) and its label, or an error naming the codes.
 * A region document knows the nodes it kept.
 */
export function resolveNode(
  results: ResultsDocument | RegionDocument,
  dimension: string | undefined,
  locale: Locale,
): { node: string; label: string } | ResultsError {
  const nodes = isRegionDocument(results)
    ? new Map(results.framework.nodes.map((n) => [n.code, n]))
    : resultsView(results).nodes;
  const root = isRegionDocument(results) ? regionRoot(results) : resultsView(results).root;
  const node = dimension ?? root ?? '';
  const found = nodes.get(node);
  if (!found)
    return {
      code: 'results/unknown-node',
      message: `Node "${node}" is not in the ${isRegionDocument(results) ? 'region document' : 'framework'}; use one of: ${[
        ...nodes.keys(),
      ]
        .slice(0, 30)
        .join(', ')}.`,
    };
  return { node, label: locale.label(found.label) };
}

/** An error for a region code that is not in the results. */
export function unknownRegion(code: string): ResultsError {
  return {
    code: 'results/unknown-region',
    message: `Region "${code}" is not in the results; use a unit code from the document (e.g. 32.73).`,
  };
}

type Known = { units?: { codes?: unknown } | unknown[]; rows?: { region?: unknown }[] };

/**
 * Unit codes in data of any kind an element shows: results documents (one or a list), region
 * documents (their one region) and impact data (`rows[].region`).
 */
export function unitCodes(data: unknown): Set<string> | undefined {
  const list = (Array.isArray(data) ? data : [data]) as Known[];
  const codes = new Set<string>();
  let known = false;
  for (const d of list) {
    if (isRegionDocument(d)) {
      known = true;
      codes.add(d.region.code);
    } else if (d?.units && !Array.isArray(d.units) && Array.isArray(d.units.codes)) {
      known = true;
      for (const c of d.units.codes as string[]) codes.add(c);
    }
    if (Array.isArray(d?.rows)) {
      known = true;
      for (const r of d.rows) if (typeof r.region === 'string') codes.add(r.region);
    }
  }
  return known ? codes : undefined;
}

/** Group columns of the units of results documents (or of a region document's peers). */
function groupColumns(data: unknown): Set<string> {
  const list = (Array.isArray(data) ? data : [data]) as unknown[];
  return new Set(
    list.flatMap((d) =>
      isRegionDocument(d)
        ? d.years.flatMap((y) => y.region?.peers.map((p) => p.column) ?? [])
        : Object.keys((d as ResultsDocument | undefined)?.units?.groups ?? {}),
    ),
  );
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
  const regionOnly = (Array.isArray(data) ? data : [data]).some(isRegionDocument);
  const missing = spec.split(/[\s,]+/).filter((c) => c && !codes.has(c));
  if (missing.length === 0 && !regionOnly) return undefined;
  return {
    code: 'results/unknown-peers',
    message: regionOnly
      ? `peers="${spec}" is not a group column of the region document (a list of unit codes needs the full results document); use e.g. peers="type".`
      : `peers="${spec}" is neither a group column of the units nor a list of their codes (not in the data: ${missing.slice(0, 10).join(', ')}); use e.g. peers="type" or peers="32.73,33.74".`,
  };
}
