/*
 * Region documents: one region's slice of a series of results documents (one per year), small
 * enough for a regional portal that shows one region's profile and trend. Everything the
 * profile and the trend show is computed here, from the full documents, with the same functions
 * the full-document path uses (median, in-group ranks, the view's root and bands), so an element
 * renders the same from either.
 *
 * No record is keyed by a node code or a group column (a node may be coded `__proto__`): nodes
 * are listed once in `keys`, and every per-node value is an array aligned with it.
 */
import type { Band, FrameworkNode } from '../schema/framework.js';
import type { Label } from '../schema/label.js';
import type { ResultsDocument } from '../schema/results.js';
import { median } from '../stats/median.js';
import type { ProfilePeers, ProfileRow, ProfileSummary } from './profile-summary.js';
import type { YearPoint } from './trend-points.js';
import { resultsView, type ResultsView } from './view.js';

/** The format of region documents; a reader refuses a newer one. */
export const REGION_FORMAT = 1 as const;

/** A framework node as a region document keeps it: what labels, bands and the tree need. */
export interface RegionNode {
  code: string;
  parent: string | null;
  type: 'indicator' | 'aggregate';
  label: Label;
  bands?: Band[];
}

/** The part of the framework a region document needs. */
export interface RegionFramework {
  id: string;
  version: string;
  label: Label;
  /** Decimals the official figures are published with. */
  digits?: number;
  /** Bands of the index (the root). */
  bands?: Band[];
  /** The nodes of `keys`, in framework order. */
  nodes: RegionNode[];
}

/** The region's peer group in one group column, in one year. */
export interface RegionPeers {
  /** The group column, e.g. `type`. */
  column: string;
  /** The region's value in it, e.g. `kota`. */
  value: string;
  /** Units in the group that year (the region included). */
  count: number;
  /** Median score of the group at each key (aligned with `keys`); `null` when none has a score. */
  medians: (number | null)[];
  /** The region's rank within the group at each key, for the run's in-group rank columns. */
  ranks?: (number | null)[];
}

/** The region's own figures in one year. */
export interface RegionScores {
  name: string;
  /** Scores at each key (aligned with `keys`); `null` when missing. */
  scores: (number | null)[];
  /** Ranks at each key (1 = best); `null` when missing or not ranked. */
  ranks: (number | null)[];
  /** Band codes at each key; `null` where the node has no bands or the score is missing. */
  bands: (string | null)[];
  /** One entry per group column the region has a value in. */
  peers: RegionPeers[];
}

/** One published year of a region document. */
export interface RegionYear {
  /** The year scored (`null` when the results had none). */
  year: number | null;
  title?: string;
  /** Units in that year's results. */
  units: number;
  /** Units with a score at each key (aligned with `keys`). */
  counts: number[];
  /** Units with a rank at each key. */
  ranked: number[];
  /** The national median at each key (every unit of the results). */
  medians: (number | null)[];
  /** The region's figures; `null` when the region is not in that year's results. */
  region: RegionScores | null;
}

/** One region's scores, ranks, bands and comparisons across the published years. */
export interface RegionDocument {
  format: 'takar-region';
  formatVersion: typeof REGION_FORMAT;
  engine: { name: string; version: string };
  /** The region: its code and (latest) name. */
  region: { code: string; name: string };
  title?: string;
  /** Data provenance; `synthetic: true` must be shown as "illustrative, not official". */
  source?: { title?: string; synthetic?: boolean; note?: string; url?: string };
  framework: RegionFramework;
  /** The node codes every per-node array follows. */
  keys: string[];
  /** Oldest year first. */
  years: RegionYear[];
}

/** Options of {@link regionDocuments}. */
export interface RegionDocumentsOptions {
  /**
   * Which nodes to keep: `aggregates` (default: the index, every aggregate, and any indicator
   * directly under the index, which is what the profile and trend show by default) or `all`.
   */
  nodes?: 'aggregates' | 'all';
}

/**
 * One region document per unit, from results documents of the same framework (one per year):
 * per year the region's scores, ranks, bands and in-group ranks, the number of units scored and
 * ranked, the national median and its peers' medians in every group column. What `takar publish`
 * writes as `regions/<code>.json`.
 *
 * @example
 * ```ts
 * const regions = regionDocuments([results2023, results2024]);
 * regions.get('32.73')?.years.map((y) => y.region?.ranks[0]); // the index ranks, by year
 * ```
 */
export function regionDocuments(
  docs: readonly ResultsDocument[],
  options: RegionDocumentsOptions = {},
): Map<string, RegionDocument> {
  const out = new Map<string, RegionDocument>();
  if (docs.length === 0) return out;
  const ordered = docs
    .map((d, i) => ({ d, at: d.year ?? i }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.d);
  const latest = ordered[ordered.length - 1]!;
  const last = resultsView(latest);
  const id = latest.framework.id;
  ordered.forEach((d, i) => {
    if (d.framework.id !== id || d.framework.version !== latest.framework.version)
      throw new Error(
        `Results ${i} are for framework ${d.framework.id} ${d.framework.version}, not ${id} ${latest.framework.version}; give one framework's results.`,
      );
  });
  const keep = (n: FrameworkNode) =>
    options.nodes === 'all' ||
    n.type === 'aggregate' ||
    n.code === last.root ||
    n.parent === last.root;
  const nodes = latest.framework.nodes.filter(keep);
  const keys = nodes.map((n) => n.code);
  const framework: RegionFramework = {
    id,
    version: latest.framework.version,
    label: latest.framework.label,
    ...(latest.framework.digits === undefined ? {} : { digits: latest.framework.digits }),
    ...(latest.framework.bands ? { bands: latest.framework.bands } : {}),
    nodes: nodes.map((n) => ({
      code: n.code,
      parent: n.parent,
      type: n.type,
      label: n.label,
      ...(n.bands ? { bands: n.bands } : {}),
    })),
  };
  const years = ordered.map((d) => yearSlices(resultsView(d), keys));
  const codes = [...new Set(ordered.flatMap((d) => resultsView(d).codes))];
  for (const code of codes) {
    const slices = years.map((y) => y(code));
    const name = [...slices].reverse().find((s) => s.region)?.region?.name ?? code;
    const doc: RegionDocument = {
      format: 'takar-region',
      formatVersion: REGION_FORMAT,
      engine: latest.engine,
      region: { code, name },
      ...(latest.title === undefined ? {} : { title: latest.title }),
      ...(latest.source === undefined ? {} : { source: latest.source }),
      framework,
      keys,
      years: slices,
    };
    out.set(code, doc);
  }
  return out;
}

/** The per-year figures of one document, computed once; the returned function slices a region. */
function yearSlices(view: ResultsView, keys: readonly string[]): (code: string) => RegionYear {
  const doc = view.results;
  const scoresOf = (key: string) =>
    Float64Array.from(view.column(key)?.scores ?? [], (s) => s ?? NaN);
  const columns = keys.map(scoresOf);
  const counts = columns.map((c) => c.reduce((n, x) => n + (Number.isNaN(x) ? 0 : 1), 0));
  const ranked = keys.map(
    (k) => view.column(k)?.ranks?.reduce((n: number, r) => n + (r === null ? 0 : 1), 0) ?? 0,
  );
  const medians = columns.map((c) => orNull(median(c)));
  // Per group column: the members of each value, and each value's medians (computed when asked).
  const groups = Object.entries(doc.units.groups ?? {}).map(([column, labels]) => {
    const members = new Map<string, number[]>();
    labels.forEach((label, i) => {
      if (label === null) return;
      let list = members.get(label);
      if (!list) members.set(label, (list = []));
      list.push(i);
    });
    const cache = new Map<string, (number | null)[]>();
    const mediansOf = (value: string) => {
      let m = cache.get(value);
      if (!m) {
        const at = members.get(value) ?? [];
        m = columns.map((c) => orNull(median(Float64Array.from(at, (i) => c[i]!))));
        cache.set(value, m);
      }
      return m;
    };
    const ranks = view.rankedGroups.includes(column) && view.ranked;
    return { column, labels, members, mediansOf, ranks };
  });
  const base = {
    year: doc.year,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    units: view.size,
    counts,
    ranked,
    medians,
  };
  return (code) => {
    const i = view.indexOf(code);
    if (i < 0) return { ...base, region: null };
    const peers: RegionPeers[] = groups.flatMap((g) => {
      const value = g.labels[i];
      if (value === null || value === undefined) return [];
      const p: RegionPeers = {
        column: g.column,
        value,
        count: g.members.get(value)?.length ?? 0,
        medians: g.mediansOf(value),
      };
      if (g.ranks) p.ranks = keys.map((k) => view.groupRanks(g.column, k)?.[i] ?? null);
      return [p];
    });
    return {
      ...base,
      region: {
        name: view.names[i]!,
        scores: keys.map((k) => view.scoreAt(k, i)),
        ranks: keys.map((k) => view.rankAt(k, i)),
        bands: keys.map((k) => view.bandAt(k, i)),
        peers,
      },
    };
  };
}

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Whether a parsed JSON value is (meant to be) a region document: its `format` says so. */
export function isRegionDocument(value: unknown): value is RegionDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'takar-region'
  );
}

/** The year entry to show: `year` when given and present, else the latest. */
export function regionYear(doc: RegionDocument, year?: number | null): RegionYear | undefined {
  if (year !== undefined && year !== null) return doc.years.find((y) => y.year === year);
  return doc.years[doc.years.length - 1];
}

/** The root (index) node of a region document's framework. */
export function regionRoot(doc: RegionDocument): string {
  return doc.framework.nodes.find((n) => n.parent === null)?.code ?? doc.keys[0] ?? '';
}

/**
 * A region's profile from its region document, the same {@link ProfileSummary} as
 * `profileSummary()` gives from the full results: `peers` is a group column the region has a
 * value in, or empty for every unit (a list of unit codes needs the full results: the peers are
 * then reported with a count of 0 and no medians).
 *
 * @returns the profile, or `null` when the node or the year is not in the document, the node's
 *   children were left out of it (indicators, with the default `nodes: 'aggregates'`), or the
 *   region was not scored that year
 * @example
 * ```ts
 * regionProfile(region, { peers: 'type' })?.rows[0]?.peerMedian;
 * ```
 */
export function regionProfile(
  doc: RegionDocument,
  options: { year?: number | null; node?: string | undefined; peers?: string | undefined } = {},
): ProfileSummary | null {
  const entry = regionYear(doc, options.year);
  const own = entry?.region;
  if (!entry || !own) return null;
  const node = options.node ?? regionRoot(doc);
  const at = new Map(doc.keys.map((k, i) => [k, i]));
  if (!at.has(node)) return null;
  const spec = options.peers?.trim() ?? '';
  const group = spec ? own.peers.find((p) => p.column === spec) : undefined;
  const known = doc.years.some((y) => y.region?.peers.some((p) => p.column === spec));
  const peers: ProfilePeers = !spec
    ? { kind: 'all', count: entry.units }
    : group
      ? { kind: 'group', column: spec, value: group.value, count: group.count }
      : known
        ? { kind: 'group', column: spec, count: 0 }
        : { kind: 'list', count: 0 };
  const kids = doc.framework.nodes.filter((n) => n.parent === node).map((n) => n.code);
  // An aggregate always has children: none here means the document left them out (the
  // `aggregates` option drops indicators), and the profile needs the full results.
  const type = doc.framework.nodes.find((n) => n.code === node)?.type;
  if (type === 'aggregate' && kids.length === 0) return null;
  const codes = [node, ...kids];
  const labels = new Map(doc.framework.nodes.map((n) => [n.code, n.label]));
  const rows = codes.map((code): ProfileRow => {
    const k = at.get(code)!;
    const value = own.scores[k] ?? null;
    const peerMedian = !spec ? (entry.medians[k] ?? null) : (group?.medians[k] ?? null);
    return {
      node: code,
      label: labels.get(code)!,
      value,
      rank: own.ranks[k] ?? null,
      of: entry.counts[k] ?? 0,
      band: own.bands[k] ?? null,
      peerMedian,
      nationMedian: entry.medians[k] ?? null,
      gap: value === null || peerMedian === null ? null : value - peerMedian,
    };
  });
  const children = rows.slice(1);
  return {
    unit: doc.region.code,
    name: own.name,
    year: entry.year,
    peers,
    rows,
    strengths: children
      .filter((r) => r.gap !== null && r.gap > 0)
      .sort((a, b) => b.gap! - a.gap!)
      .slice(0, 3)
      .map((r) => r.node),
    weaknesses: children
      .filter((r) => r.gap !== null && r.gap < 0)
      .sort((a, b) => a.gap! - b.gap!)
      .slice(0, 3)
      .map((r) => r.node),
  };
}

/**
 * The region's score and rank at a node in each year it was scored, oldest first: the same
 * points as `trendPoints()` gives from the yearly documents (years without one are numbered by
 * their position, as there).
 *
 * @example
 * ```ts
 * regionTrendPoints(region, 'idx').map((p) => p.rank);
 * ```
 */
export function regionTrendPoints(doc: RegionDocument, node: string): YearPoint[] {
  const k = doc.keys.indexOf(node);
  if (k < 0) return [];
  return doc.years.flatMap((y, i) =>
    y.region
      ? [
          {
            year: y.year ?? i,
            unit: doc.region.code,
            name: y.region.name,
            score: y.region.scores[k] ?? null,
            rank: y.region.ranks[k] ?? null,
            ranked: y.ranked[k] ?? 0,
          },
        ]
      : [],
  );
}
