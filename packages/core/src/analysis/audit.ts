import type { Label } from '../schema/label.js';
import { imputeNeedsPanel } from '../methods/imputers.js';
import type { PipelineConfig } from '../schema/pipeline.js';
import type { ResultsDocument } from '../schema/results.js';
import { describe, type ColumnStats, type DescribeThresholds } from '../stats/describe.js';
import { parseFramework } from '../framework/parse-framework.js';
import { effectiveWeights } from '../framework/effective-weights.js';
import { resolveWeights } from '../framework/resolve-weights.js';
import { parseDataset } from '../data/parse-dataset.js';
import { isDataMatrix } from '../pipeline/run-pipeline.js';
import { score } from '../score.js';
import { correlation, type CorrelationMethod } from './correlation.js';
import { cronbachAlpha } from './cronbach-alpha.js';
import { lookup, scoreOf } from './results-lookup.js';
import { nodeLabel } from './node-label.js';
import { rescoreInputs } from './rescore-inputs.js';
import { removalImpact, type RemovalImpact } from './removal-impact.js';

/**
 * Options of {@link audit}.
 *
 * @category Analyse
 */
export interface AuditOptions {
  /** Pipeline to score with (the `framework, data` form). */
  pipeline?: PipelineConfig;
  /** Year to score (the `framework, data` form). */
  year?: number;
  /** The results form: the data, to rescore for the removal test when the results cannot be rescored alone. */
  data?: unknown;
  /** Sibling correlation above which a pair is flagged redundant; default 0.9. */
  redundant?: number;
  /** Sibling correlation below which a pair is flagged negative; default 0. */
  negative?: number;
  /** The correlation the flags use; default Pearson. */
  flagMethod?: CorrelationMethod;
  /** Flag thresholds of the indicator statistics (COINr `get_stats` defaults). */
  thresholds?: DescribeThresholds;
  /** Compute the rank change when each element is removed; default true. */
  removal?: boolean;
}

/**
 * Statistics of one indicator: of its raw values (the fields of {@link ColumnStats}, as COINr's
 * `get_stats` on the raw data), and in `scored` of the values the correlations use.
 *
 * @category Analyse
 */
export interface IndicatorAudit extends ColumnStats {
  code: string;
  label: Label;
  parent: string | null;
  /**
   * The same statistics on the correlations' basis: the indicator's scores over the scored units,
   * after the stages in {@link AuditReport.basis} (denominated, treated, normalised, direction
   * applied), so a skewness or a zero count can be read beside the correlations it explains.
   */
  scored: ColumnStats;
}

/** What the audit's numbers are computed on. */
export interface AuditBasis {
  /** The top-level statistics of each indicator: its raw values. */
  statistics: 'raw';
  /** The correlations, alpha and each indicator's `scored` statistics: its scores. */
  correlations: 'scores';
  /** The stages the scores come after, in order (e.g. `denominate`, `treat`, `normalise`). */
  stages: string[];
  /** Units the raw statistics cover (with the `framework, data` form: every unit of the data). */
  rawUnits: number;
  /** Units the scores cover (the scored units, after any screening). */
  scoredUnits: number;
}

/**
 * A correlation matrix between indicators (pairwise-complete observations).
 *
 * @category Analyse
 */
export interface CorrelationTable {
  method: CorrelationMethod;
  codes: string[];
  /** matrix[i][j]: correlation of codes[i] and codes[j]; `null` when undefined. */
  matrix: (number | null)[][];
}

/**
 * A node's correlation with its parent's score.
 *
 * @category Analyse
 */
export interface ParentCorrelation {
  code: string;
  parent: string;
  pearson: number | null;
  spearman: number | null;
  kendall: number | null;
}

/**
 * A pair of siblings whose correlation is suspicious.
 *
 * @category Analyse
 */
export interface CorrelationFlag {
  /** The parent node (the group). */
  group: string;
  a: string;
  b: string;
  r: number;
  method: CorrelationMethod;
  kind: 'redundant' | 'negative';
}

/**
 * Cronbach's alpha of a node's children.
 *
 * @category Analyse
 */
export interface GroupAlpha {
  group: string;
  alpha: number | null;
  children: number;
  /** Units with every child present (the alpha uses only those). */
  units: number;
}

/**
 * The statistical audit of a framework on data.
 *
 * @category Analyse
 */
export interface AuditReport {
  root: string;
  units: number;
  /** Per indicator: raw-value statistics and COINr's flags, and the same on the scores (`scored`). */
  indicators: IndicatorAudit[];
  /** What the statistics and the correlations are computed on. */
  basis: AuditBasis;
  /** Correlations between indicators' scores (after the pipeline, direction applied). */
  correlations: Record<CorrelationMethod, CorrelationTable>;
  /** Every node's correlation with its parent's score. */
  withParent: ParentCorrelation[];
  /** Redundant (> `redundant`) and negative (< `negative`) correlations between siblings. */
  flags: CorrelationFlag[];
  alpha: GroupAlpha[];
  /** Effective weight of every node in the index (sums to 1 over the indicators). */
  effectiveWeights: Record<string, number>;
  /** Mean absolute change of the index rank when each element is removed; `null` when not computed. */
  removal: RemovalImpact[] | null;
  /** Things the reader should know (e.g. why the removal test was skipped). */
  notes: string[];
}

const METHODS: readonly CorrelationMethod[] = ['pearson', 'spearman', 'kendall'];
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * Audits a composite indicator (OECD/JRC Handbook 2008, sections 3–4 and 7; COINr `get_stats`,
 * `get_corr`, `get_corr_flags`, `get_cronbach`, `get_eff_weights`, `remove_elements`): per-indicator
 * statistics (availability, min, max, mean, median, sd, type-2 skewness and kurtosis, COINr's
 * flags) of the raw values and, in `scored`, of the scores the correlations use, Pearson, Spearman and Kendall tau-b correlations between indicators
 * and of every node with its parent, flags for redundant and negative correlations between
 * siblings, Cronbach's alpha per group, effective weights, and the mean absolute rank change of the
 * index when each element is removed (its weight set to 0).
 *
 * Give `framework, data` (statistics over every unit of the data, as COINr's raw statistics) or a
 * results document (statistics over its scored units' raw values).
 *
 * @example
 * ```ts
 * const a = audit(framework, data, { pipeline: { normalise: { method: 'zscore' } } });
 * a.indicators.filter((i) => i.flagSkewKurt === 'OUT').map((i) => i.code);
 * a.flags; // [{ group: 'P1', a: 'x', b: 'y', r: 0.95, kind: 'redundant', … }]
 * a.indicators[0].scored.skew; // the skewness of the values the correlations see
 * a.basis.stages; // e.g. ['normalise']
 * ```
 *
 * @category Analyse
 */
export function audit(results: ResultsDocument, options?: AuditOptions): AuditReport;
/** @category Analyse */
export function audit(framework: unknown, data: unknown, options?: AuditOptions): AuditReport;
/** @category Analyse */
export function audit(first: unknown, second?: unknown, third?: AuditOptions): AuditReport {
  const isResults =
    typeof first === 'object' &&
    first !== null &&
    (first as { format?: unknown }).format === 'takar-results';
  const options: AuditOptions = (isResults ? (second as AuditOptions | undefined) : third) ?? {};
  const notes: string[] = [];
  let results: ResultsDocument;
  let rawColumns: Map<string, Float64Array>;
  let inputs: {
    framework: unknown;
    data: unknown;
    pipeline: PipelineConfig | undefined;
    year: number | undefined;
  } | null;
  if (isResults) {
    results = first as ResultsDocument;
    rawColumns = new Map(
      results.framework.nodes
        .filter((n) => n.type === 'indicator')
        .map((n) => [
          n.code,
          Float64Array.from(lookup(results).rows, (u) => u.raw?.[n.code] ?? NaN),
        ]),
    );
    if (options.data !== undefined) {
      inputs = {
        framework: results.framework,
        data: options.data,
        pipeline: results.pipeline,
        year: results.year ?? undefined,
      };
    } else {
      const r = rescoreInputs(results);
      inputs = r.ok
        ? { framework: r.framework, data: r.data, pipeline: r.pipeline, year: r.year }
        : null;
      if (!r.ok) notes.push(`Removal test skipped: ${r.reason}.`);
    }
  } else {
    const tree = parseFramework(first);
    const impute = (options.pipeline?.impute ?? tree.framework.pipeline?.impute)?.method;
    const panel = imputeNeedsPanel(impute);
    const matrix = isDataMatrix(second)
      ? second
      : parseDataset(second, tree, options.year, { panel });
    rawColumns = new Map(tree.indicators.map((c) => [c, matrix.columns.get(c) as Float64Array]));
    results = score(first, matrix, { pipeline: options.pipeline, year: options.year });
    inputs = { framework: first, data: matrix, pipeline: options.pipeline, year: options.year };
  }
  const look = lookup(results);
  const tree = parseFramework(results.framework);
  const col = (key: string): Float64Array =>
    Float64Array.from(look.rows, (u) => scoreOf(u, key) ?? NaN);
  const cols = new Map([...tree.indicators, ...tree.aggregates].map((c) => [c, col(c)]));
  const indicators: IndicatorAudit[] = tree.indicators.map((code) => ({
    code,
    label: nodeLabel(look, code),
    parent: tree.byCode.get(code)?.parent ?? null,
    ...describe(rawColumns.get(code) as Float64Array, options.thresholds),
    scored: describe(cols.get(code) as Float64Array, options.thresholds),
  }));
  const basis: AuditBasis = {
    statistics: 'raw',
    correlations: 'scores',
    stages: scoredAfter(results),
    rawUnits: rawColumns.get(tree.indicators[0] as string)?.length ?? 0,
    scoredUnits: look.size,
  };
  const correlations = {} as Record<CorrelationMethod, CorrelationTable>;
  for (const method of METHODS) {
    const codes = [...tree.indicators];
    const matrix = codes.map(() => new Array<number | null>(codes.length).fill(null));
    codes.forEach((a, i) => {
      (matrix[i] as (number | null)[])[i] = orNull(correlation(cols.get(a)!, cols.get(a)!, method));
      for (let j = i + 1; j < codes.length; j++) {
        const r = orNull(correlation(cols.get(a)!, cols.get(codes[j] as string)!, method));
        (matrix[i] as (number | null)[])[j] = r;
        (matrix[j] as (number | null)[])[i] = r;
      }
    });
    correlations[method] = { method, codes, matrix };
  }
  const withParent: ParentCorrelation[] = tree.framework.nodes
    .filter((n) => n.parent !== null)
    .map((n) => {
      const x = cols.get(n.code)!;
      const y = cols.get(n.parent as string)!;
      return {
        code: n.code,
        parent: n.parent as string,
        pearson: orNull(correlation(x, y, 'pearson')),
        spearman: orNull(correlation(x, y, 'spearman')),
        kendall: orNull(correlation(x, y, 'kendall')),
      };
    });
  const redundant = options.redundant ?? 0.9;
  const negative = options.negative ?? 0;
  const flagMethod = options.flagMethod ?? 'pearson';
  const flags: CorrelationFlag[] = [];
  const alpha: GroupAlpha[] = [];
  for (const group of tree.aggregates) {
    const kids = tree.children.get(group) ?? [];
    for (let i = 0; i < kids.length; i++) {
      for (let j = i + 1; j < kids.length; j++) {
        const a = kids[i] as string;
        const b = kids[j] as string;
        const r = correlation(cols.get(a)!, cols.get(b)!, flagMethod);
        if (r > redundant) flags.push({ group, a, b, r, method: flagMethod, kind: 'redundant' });
        else if (r < negative) flags.push({ group, a, b, r, method: flagMethod, kind: 'negative' });
      }
    }
    const ca = cronbachAlpha(kids.map((k) => cols.get(k)!));
    alpha.push({ group, alpha: orNull(ca.alpha), children: kids.length, units: ca.units });
  }
  const eff = effectiveWeights(tree, resolveWeights(tree, results.pipeline.weights));
  let removal: RemovalImpact[] | null = null;
  if (options.removal ?? true) {
    if (inputs)
      removal = removalImpact(inputs.framework, inputs.data, {
        pipeline: inputs.pipeline,
        year: inputs.year,
      });
  } else notes.push('Removal test not requested.');
  return {
    root: tree.root.code,
    units: lookup(results).size,
    indicators,
    basis,
    correlations,
    withParent,
    flags,
    alpha,
    effectiveWeights: Object.fromEntries(eff),
    removal,
    notes,
  };
}

/**
 * The stages that changed the indicator values before aggregation, as `stage` or `stage (method)`:
 * a disabled denominate or screen, and an impute or treat with method `none`, are left out.
 */
function scoredAfter(results: ResultsDocument): string[] {
  const out: string[] = [];
  for (const { stage, params } of results.stages) {
    if (stage === 'aggregate' || stage === 'rank') continue;
    if (params['enabled'] === false) continue;
    const method = typeof params['method'] === 'string' ? params['method'] : undefined;
    const overrides = Object.keys((params['overrides'] as object | undefined) ?? {}).length;
    if ((stage === 'impute' || stage === 'treat') && (method === undefined || method === 'none')) {
      if (stage === 'treat' && overrides) out.push('treat (overrides)');
      continue;
    }
    out.push(method === undefined ? stage : `${stage} (${method})`);
  }
  return out;
}
