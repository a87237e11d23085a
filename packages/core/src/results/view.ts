/*
 * The one way to read a results document: columns by score key, a unit lookup, the framework's
 * nodes, children and root, and (only when asked for) per-unit rows. Zod-free: it reads documents
 * that were validated where they came in (`parseResults`), or that `score()` made.
 *
 *   document (format 2, columnar) ─┬─ column(key) / scoreAt / rankAt    cheap, no copies
 *   (format 1 is migrated first)   ├─ groupRanks(group, key)           computed once, cached
 *                                  └─ rows / unit(code)                 built once, on first use
 */
import type { FrameworkNode } from '../schema/framework.js';
import type { ResultColumn, ResultsDocument, ResultsDocumentV1 } from '../schema/results.js';
import { groupRanks as rankWithinGroups } from '../rank/group-ranks.js';
import { migrateResults } from './migrate.js';

/**
 * One unit's results, as a row: maps keyed by score key (built from the columns on demand).
 *
 * @category Results
 */
export interface UnitResult {
  unit: string;
  name: string;
  groups?: Record<string, string>;
  /** Scores at every score key; `null` when missing. */
  scores: Record<string, number | null>;
  /** Ranks (1 = best; ties share the best rank); empty before the rank stage. */
  ranks: Record<string, number | null>;
  /** In-group ranks: group column → score key → rank within the unit's group. */
  groupRanks?: Record<string, Record<string, number | null>>;
  /** Band code per node that has bands. */
  bands?: Record<string, string | null>;
  /** Share (0–1) of the node's indicators that had data before imputation. */
  coverage: Record<string, number>;
  /** Raw indicator values as given. */
  raw?: Record<string, number | null>;
}

/**
 * Indexed, read-only access to one results document. Get it with {@link resultsView}.
 *
 * @category Results
 */
export class ResultsView {
  /** The document read (format 2; a format-1 document is migrated). */
  readonly results: ResultsDocument;
  /** Framework nodes by code. */
  readonly nodes: ReadonlyMap<string, FrameworkNode>;
  /** Children codes of each node, in framework order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** The root (index) node code. */
  readonly root: string;
  /** Every score key, in column order (indicators, aggregates bottom-up, axis keys). */
  readonly keys: readonly string[];
  /** Unit codes, in document order. */
  readonly codes: readonly string[];
  /** Unit names, in document order. */
  readonly names: readonly string[];
  /** The group columns whose in-group ranks the run computed (`pipeline.groupRanks`). */
  readonly rankedGroups: readonly string[];
  readonly #columns: ReadonlyMap<string, ResultColumn>;
  readonly #index: ReadonlyMap<string, number>;
  readonly #groupRanks = new Map<string, (number | null)[]>();
  #rows: UnitResult[] | undefined;
  #byCode: Map<string, UnitResult> | undefined;

  constructor(results: ResultsDocument) {
    this.results = results;
    const nodes = results.framework.nodes;
    this.nodes = new Map(nodes.map((n) => [n.code, n]));
    const children = new Map<string, string[]>(nodes.map((n) => [n.code, []]));
    let root = nodes[0]?.code ?? '';
    for (const n of nodes) {
      if (n.parent === null) root = n.code;
      else children.get(n.parent)?.push(n.code);
    }
    this.children = children;
    this.root = root;
    this.keys = results.columns.map((c) => c.key);
    this.#columns = new Map(results.columns.map((c) => [c.key, c]));
    this.codes = results.units.codes;
    this.names = results.units.names;
    this.#index = new Map(this.codes.map((c, i) => [c, i]));
    this.rankedGroups =
      results.until === undefined || results.until === 'rank'
        ? [...(results.pipeline.groupRanks ?? [])]
        : [];
  }

  /** Number of units. */
  get size(): number {
    return this.codes.length;
  }

  /** Whether the document has ranks (it does unless the run stopped before ranking). */
  get ranked(): boolean {
    return this.results.columns.some((c) => c.ranks !== undefined);
  }

  /** The position of a unit in the document's arrays, or -1. */
  indexOf(code: string): number {
    return this.#index.get(code) ?? -1;
  }

  /** The column of a score key, or `undefined` for a key the results do not have. */
  column(key: string): ResultColumn | undefined {
    return this.#columns.get(key);
  }

  /** Whether `key` is a node of the framework or a score key of the results. */
  has(key: string): boolean {
    return this.nodes.has(key) || this.#columns.has(key);
  }

  /** The score of unit `i` at `key`; `null` when missing. */
  scoreAt(key: string, i: number): number | null {
    return this.#columns.get(key)?.scores[i] ?? null;
  }

  /** The rank of unit `i` at `key`; `null` when missing or not ranked. */
  rankAt(key: string, i: number): number | null {
    return this.#columns.get(key)?.ranks?.[i] ?? null;
  }

  /** The band of unit `i` at node `key`; `null` when the node has none. */
  bandAt(key: string, i: number): string | null {
    return this.#columns.get(key)?.bands?.[i] ?? null;
  }

  /** The label of unit `i` in a group column, or `undefined`. */
  groupAt(group: string, i: number): string | undefined {
    return this.results.units.groups?.[group]?.[i] ?? undefined;
  }

  /**
   * In-group ranks at `key` for one of {@link rankedGroups}: computed from the scores with the
   * engine's rank function (the same ranks the run made), once, then cached.
   */
  groupRanks(group: string, key: string): readonly (number | null)[] | undefined {
    if (!this.rankedGroups.includes(group)) return undefined;
    const col = this.#columns.get(key);
    if (!col?.ranks) return undefined;
    const id = `${group}\u0000${key}`;
    let out = this.#groupRanks.get(id);
    if (!out) {
      const labels = this.results.units.groups?.[group] ?? [];
      const scores = Float64Array.from(col.scores, (s) => (s === null ? NaN : s));
      const r = rankWithinGroups(
        scores,
        this.codes.map((_, i) => labels[i] ?? undefined),
      );
      out = Array.from(r, (x) => (Number.isNaN(x) ? null : x));
      this.#groupRanks.set(id, out);
    }
    return out;
  }

  /** Every unit as a row (maps by score key), built on first use. */
  get rows(): readonly UnitResult[] {
    this.#rows ??= this.codes.map((_, i) => this.#row(i));
    return this.#rows;
  }

  /** Rows by unit code. */
  get units(): ReadonlyMap<string, UnitResult> {
    this.#byCode ??= new Map(this.rows.map((r) => [r.unit, r]));
    return this.#byCode;
  }

  /** The row of one unit, or `undefined`. */
  unit(code: string): UnitResult | undefined {
    if (this.#byCode) return this.#byCode.get(code);
    const i = this.indexOf(code);
    return i < 0 ? undefined : (this.#rows?.[i] ?? this.#row(i));
  }

  #row(i: number): UnitResult {
    const scores = dict<number | null>();
    const ranks = dict<number | null>();
    const coverage = dict<number>();
    let raw: Record<string, number | null> | undefined;
    let bands: Record<string, string | null> | undefined;
    for (const c of this.results.columns) {
      scores[c.key] = c.scores[i] ?? null;
      if (c.ranks) ranks[c.key] = c.ranks[i] ?? null;
      if (c.coverage) coverage[c.key] = c.coverage[i] as number;
      if (c.raw) (raw ??= dict())[c.key] = c.raw[i] ?? null;
      if (c.bands) (bands ??= dict())[c.key] = c.bands[i] ?? null;
    }
    const row: UnitResult = {
      unit: this.codes[i] as string,
      name: this.names[i] as string,
      scores,
      ranks,
      coverage,
    };
    const groups = this.results.units.groups;
    if (groups) {
      const g = dict<string>();
      for (const [col, labels] of Object.entries(groups)) {
        const label = labels[i];
        if (label !== null && label !== undefined) g[col] = label;
      }
      row.groups = g;
    }
    if (this.rankedGroups.length && this.ranked) {
      const gr = dict<Record<string, number | null>>();
      for (const g of this.rankedGroups) {
        const m = dict<number | null>();
        for (const c of this.results.columns)
          if (c.ranks) m[c.key] = this.groupRanks(g, c.key)?.[i] ?? null;
        gr[g] = m;
      }
      row.groupRanks = gr;
    }
    if (bands) row.bands = bands;
    if (raw) row.raw = raw;
    return row;
  }
}

const views = new WeakMap<object, ResultsView>();

/**
 * The view of a results document (format 2, or format 1, migrated), made once per document and
 * cached. The document must be valid: documents from outside go through `parseResults` first.
 *
 * @example
 * ```ts
 * const view = resultsView(score(framework, data));
 * view.rankAt(view.root, view.indexOf('3171')); // the rank of Jakarta Selatan
 * ```
 *
 * @category Results
 */
export function resultsView(results: ResultsDocument | ResultsDocumentV1): ResultsView {
  let view = views.get(results);
  if (!view) {
    view = new ResultsView(results.formatVersion === 1 ? migrateResults(results) : results);
    views.set(results, view);
  }
  return view;
}

/** An empty record without a prototype, so a key `__proto__` is a key like any other. */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
