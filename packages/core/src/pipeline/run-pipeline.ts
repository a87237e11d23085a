/*
 * runPipeline(): the stages between validated inputs and scores.
 *
 *   framework ─ parseFramework ─┐
 *                               ├─ matrix (one year) ─┬─ 1 denominate ─ 2 screen ─ 3 impute ─ 4 treat ─ 5 normalise
 *   data ────── parseDataset ───┘                     │      (order of 1–5 configurable; normalise last)
 *                                                     └─ 6 aggregate (tree, then second axes) ─ 7 rank (+ in-group)
 *
 * Each stage is a plain function over Float64Array columns (see the *-stage.ts files) and returns a
 * StageRecord with its parameters, so a run can be replayed with overrides; `until` stops after any
 * stage and returns the data as it stands there.
 */
import type { Unit } from '../schema/data.js';
import { STAGE_NAMES, type PipelineConfig, type StageName } from '../schema/pipeline.js';
import type { StageRecord } from '../schema/results.js';
import { issue, throwIfAny } from '../errors/index.js';
import { frameworkTree, type FrameworkTree } from '../framework/parse-framework.js';
import { imputeNeedsPanel } from '../methods/imputers.js';
import { resolveWeights } from '../framework/resolve-weights.js';
import { parseDataset, type DataMatrix } from '../data/parse-dataset.js';
import { resolvePipeline, type ResolvedPipeline } from './resolve-pipeline.js';
import type { PipelineState } from './pipeline-state.js';
import { denominateStage } from './denominate-stage.js';
import { screenStage, type ExcludedUnit } from './screen-stage.js';
import { imputeStage } from './impute-stage.js';
import { treatStage } from './treat-stage.js';
import { normaliseStage } from './normalise-stage.js';
import { aggregateStage, axisKey } from './aggregate-stage.js';
import { rankStage } from './rank-stage.js';

/**
 * Options of {@link runPipeline} and `score`.
 *
 * @category Score
 */
export interface RunOptions {
  /** Pipeline settings; merged over the framework's own `pipeline`, then defaults. */
  pipeline?: PipelineConfig;
  /** The year to score when the data has several. */
  year?: number;
  /** Stop after this stage and return the data as it stands there. */
  until?: StageName;
}

/**
 * Everything a pipeline run produced, as typed columns (one value per unit still in the run).
 *
 * @category Score
 */
export interface PipelineRun {
  readonly tree: FrameworkTree;
  readonly matrix: DataMatrix;
  /** The pipeline with every default filled in. */
  readonly pipeline: ResolvedPipeline;
  /** Node weights used (after a weight set or weight map). */
  readonly weights: ReadonlyMap<string, number>;
  /** Units still in the run, in input order. */
  readonly units: readonly Unit[];
  /** Raw indicator values of those units, before any stage. */
  readonly raw: ReadonlyMap<string, Float64Array>;
  /** Indicator columns after the last indicator stage that ran. */
  readonly indicators: ReadonlyMap<string, Float64Array>;
  /** Scores of every node and axis key, once aggregation ran; else `null`. */
  readonly scores: ReadonlyMap<string, Float64Array> | null;
  /** Ranks of every score, once ranking ran; else `null`. */
  readonly ranks: ReadonlyMap<string, Float64Array> | null;
  /** In-group ranks: group column → score key → ranks. */
  readonly groupRanks: ReadonlyMap<string, ReadonlyMap<string, Float64Array>> | null;
  /** Share of each node's indicators present before imputation, per unit. */
  readonly coverage: ReadonlyMap<string, Float64Array>;
  readonly stages: readonly StageRecord[];
  readonly excluded: readonly ExcludedUnit[];
  /** The stage the run stopped after, when `until` was given. */
  readonly until?: StageName;
}

/**
 * Whether a value is a {@link DataMatrix} (already parsed data) rather than raw data.
 *
 * @category Score
 */
export function isDataMatrix(data: unknown): data is DataMatrix {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { columns?: unknown }).columns instanceof Map
  );
}

/**
 * Runs the pipeline on a framework and data and returns typed columns for every stage output.
 * The framework is a document (validated here) or the tree {@link parseFramework} built for it,
 * which is used as it is: parse once, run many times. The data is raw (validated here) or a
 * {@link DataMatrix}. Throws a {@link TakarError} listing every problem with the inputs. `score()` builds the results
 * document from this; analysts can use it directly for intermediate data (`until`).
 *
 * @example
 * ```ts
 * const run = runPipeline(framework, data, { pipeline: { impute: { method: 'mean' } }, until: 'impute' });
 * run.indicators.get('LPI'); // Float64Array after imputation
 * const tree = parseFramework(framework); // once
 * for (const year of [2023, 2024]) runPipeline(tree, data, { year });
 * ```
 *
 * @category Score
 */
export function runPipeline(
  framework: FrameworkTree | unknown,
  data: unknown,
  options: RunOptions = {},
): PipelineRun {
  const tree = frameworkTree(framework);
  const pipeline = resolvePipeline(tree.framework.pipeline, options.pipeline);
  const weights = resolveWeights(tree, pipeline.weights);
  const panelNeeded = imputeNeedsPanel(pipeline.impute.method);
  const matrix = isDataMatrix(data)
    ? data
    : parseDataset(data, tree, options.year, { panel: panelNeeded });
  for (const code of tree.indicators) {
    if (!matrix.columns.has(code)) {
      throwIfAny([
        issue(
          'data/no-values',
          ['columns', code],
          `Indicator "${code}" has no column in the data; add it.`,
        ),
      ]);
    }
  }
  const until = options.until;
  if (until !== undefined && !(STAGE_NAMES as readonly string[]).includes(until))
    throwIfAny([
      issue(
        'pipeline/invalid',
        ['until'],
        `until must be one of ${STAGE_NAMES.join(', ')}; got ${JSON.stringify(String(until))}.`,
      ),
    ]);
  let state: PipelineState = {
    tree,
    units: matrix.dataset.units,
    rows: matrix.dataset.units.map((_u, i) => i),
    columns: new Map(tree.indicators.map((c) => [c, matrix.columns.get(c) as Float64Array])),
    panel: matrix.panel,
    year: matrix.year,
    denominated: false,
  };
  const stages: StageRecord[] = [];
  let excluded: ExcludedUnit[] = [];
  let beforeImpute: PipelineState | null = null;
  let stopped = false;
  for (const stage of pipeline.order) {
    if (stage === 'impute') beforeImpute = state;
    if (stage === 'denominate') {
      const r = denominateStage(state, pipeline.denominate);
      state = r.state;
      stages.push(r.record);
    } else if (stage === 'screen') {
      const r = screenStage(state, pipeline.screen);
      state = r.state;
      excluded = r.excluded;
      stages.push(r.record);
    } else if (stage === 'impute') {
      const r = imputeStage(state, pipeline.impute);
      state = r.state;
      stages.push(r.record);
    } else if (stage === 'treat') {
      const r = treatStage(state, pipeline.treat);
      state = r.state;
      stages.push(r.record);
    } else {
      const r = normaliseStage(state, pipeline.normalise);
      state = r.state;
      stages.push(r.record);
    }
    if (until === stage) {
      stopped = true;
      break;
    }
  }
  // Coverage counts data present before imputation, for the units still in.
  const coverageSource = restrictRows(beforeImpute ?? state, state.rows);
  const raw = new Map<string, Float64Array>();
  const allRows = state.rows.length === matrix.units.length;
  for (const code of tree.indicators) {
    const col = matrix.columns.get(code) as Float64Array;
    raw.set(code, allRows ? col : pick(col, state.rows));
  }
  const coverage = coverageByNode(tree, coverageSource, state.units.length);
  const base = {
    tree,
    matrix,
    pipeline,
    weights,
    units: state.units,
    raw,
    coverage,
    stages,
    excluded,
  };
  if (stopped) {
    return {
      ...base,
      indicators: state.columns,
      scores: null,
      ranks: null,
      groupRanks: null,
      until: until as StageName,
    };
  }
  const agg = aggregateStage(state, pipeline.aggregate, weights);
  stages.push(agg.record);
  addAxisCoverage(tree, coverage, coverageSource, state.units.length);
  if (until === 'aggregate') {
    return {
      ...base,
      indicators: state.columns,
      scores: agg.scores,
      ranks: null,
      groupRanks: null,
      until,
    };
  }
  const ranked = rankStage(state, agg.scores, pipeline.groupRanks ?? []);
  stages.push(ranked.record);
  const run: PipelineRun = {
    ...base,
    indicators: state.columns,
    scores: agg.scores,
    ranks: ranked.ranks,
    groupRanks: ranked.byGroup,
  };
  return until === 'rank' ? { ...run, until } : run;
}

function pick(col: Float64Array, rows: readonly number[]): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = col[rows[i] as number] as number;
  return out;
}

function restrictRows(
  state: PipelineState,
  rows: readonly number[],
): ReadonlyMap<string, Float64Array> {
  if (state.rows.length === rows.length) return state.columns;
  const pos = new Map(state.rows.map((r, i) => [r, i]));
  const out = new Map<string, Float64Array>();
  for (const [code, col] of state.columns)
    out.set(
      code,
      Float64Array.from(rows, (r) => col[pos.get(r) as number] as number),
    );
  return out;
}

/** Share of each node's indicators that have a value, per unit. */
function coverageByNode(
  tree: FrameworkTree,
  columns: ReadonlyMap<string, Float64Array>,
  n: number,
): Map<string, Float64Array> {
  const present = new Map<string, Float64Array>();
  const count = new Map<string, number>();
  for (const code of tree.indicators) {
    const col = columns.get(code) as Float64Array;
    const p = new Float64Array(n);
    for (let i = 0; i < n; i++) p[i] = col[i] === col[i] ? 1 : 0;
    present.set(code, p);
    count.set(code, 1);
  }
  for (const code of tree.aggregates) {
    const sum = new Float64Array(n);
    let c = 0;
    for (const k of tree.children.get(code) ?? []) {
      const p = present.get(k) as Float64Array;
      const kc = count.get(k) as number;
      for (let i = 0; i < n; i++) sum[i] = (sum[i] as number) + (p[i] as number) * kc;
      c += kc;
    }
    for (let i = 0; i < n; i++) sum[i] = (sum[i] as number) / c;
    present.set(code, sum);
    count.set(code, c);
  }
  return present;
}

function addAxisCoverage(
  tree: FrameworkTree,
  coverage: Map<string, Float64Array>,
  columns: ReadonlyMap<string, Float64Array>,
  n: number,
): void {
  for (const axis of tree.framework.axes ?? []) {
    const all = new Float64Array(n);
    let total = 0;
    for (const tag of axis.tags) {
      const leaves = tree.indicators.filter(
        (c) => tree.byCode.get(c)?.tags?.[axis.id] === tag.code,
      );
      const cov = new Float64Array(n);
      for (const l of leaves) {
        const col = columns.get(l) as Float64Array;
        for (let i = 0; i < n; i++) if (!Number.isNaN(col[i])) cov[i] = (cov[i] as number) + 1;
      }
      for (let i = 0; i < n; i++) all[i] = (all[i] as number) + (cov[i] as number);
      total += leaves.length;
      coverage.set(
        axisKey(axis.id, tag.code),
        leaves.length ? cov.map((x) => x / leaves.length) : cov,
      );
    }
    coverage.set(axisKey(axis.id), total ? all.map((x) => x / total) : all);
  }
}
