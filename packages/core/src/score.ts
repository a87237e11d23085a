/*
 * score(): framework + data → results document.
 *
 *   framework ─ parseFramework ─┐
 *                               ├─ 1 denominate ─ 2 screen ─ 3 impute ─ 4 treat ─ 5 normalise   (runPipeline)
 *   data ────── parseDataset ───┘        ─ 6 aggregate (tree + second axes) ─ 7 rank / band ─ results document
 *
 * Each stage is a plain function over Float64Array columns (src/pipeline/*-stage.ts) and records its
 * parameters in `results.stages`; the resolved pipeline is in `results.pipeline`, so a run can be
 * replayed with overrides (see `rescore`).
 */
import type { Band } from './schema/framework.js';
import type { ResultsDocument, UnitResult } from './schema/results.js';
import { safely, type SafeResult } from './errors/index.js';
import { runPipeline, type PipelineRun, type RunOptions } from './pipeline/run-pipeline.js';
import { assignBand } from './rank/band.js';
import { scoreKeys } from './results/score-keys.js';
import { canonicalJson, sha256Bytes } from './results/sha256.js';
import { ENGINE_NAME, ENGINE_VERSION } from './version.js';

/** Options of {@link score}. */
export interface ScoreOptions extends RunOptions {
  /** A title recorded in the results. */
  title?: string;
}

/**
 * Scores units on a framework and returns the results document. Throws a {@link TakarError}
 * listing every problem with the inputs. With `until`, the document holds the indicators as they
 * stand after that stage (no aggregates or ranks before `aggregate`).
 *
 * @example
 * ```ts
 * const results = score(framework, { units, values }, { pipeline: { normalise: { method: 'zscore' } } });
 * results.units[0]?.ranks[framework.nodes[0].code];
 * ```
 */
export function score(
  framework: unknown,
  data: unknown,
  options: ScoreOptions = {},
): ResultsDocument {
  return resultsDocument(runPipeline(framework, data, options), options.title);
}

/** Like {@link score}, but returns `{ ok: false, issues }` instead of throwing on bad input. */
export function safeScore(
  framework: unknown,
  data: unknown,
  options: ScoreOptions = {},
): SafeResult<ResultsDocument> {
  return safely(() => score(framework, data, options));
}

/**
 * Builds the results document of a pipeline run. Non-finite numbers (±Infinity from e.g. `fracmax`
 * on a zero maximum) are written as `null`, since JSON cannot hold them.
 *
 * @example
 * ```ts
 * resultsDocument(runPipeline(framework, data)).units.length;
 * ```
 */
export function resultsDocument(run: PipelineRun, title?: string): ResultsDocument {
  const { tree, matrix } = run;
  const scoreCols = run.scores ?? run.indicators;
  const keys = scoreKeys(tree).filter((k) => scoreCols.has(k));
  const groups = run.groupRanks ? [...run.groupRanks.keys()] : [];
  // Columns in key order, looked up once rather than per cell.
  const scoreArr = keys.map((k) => scoreCols.get(k) as Float64Array);
  const rankArr = run.ranks ? keys.map((k) => run.ranks?.get(k) as Float64Array) : null;
  const covArr = keys.map((k) => run.coverage.get(k));
  const units: UnitResult[] = run.units.map((u, i) => {
    const scores = dict<number | null>();
    const ranks = dict<number | null>();
    const coverage = dict<number>();
    const raw = dict<number | null>();
    const bands = dict<string | null>();
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      scores[key] = finite((scoreArr[k] as Float64Array)[i]);
      if (rankArr) ranks[key] = finite((rankArr[k] as Float64Array)[i]);
      const cov = covArr[k];
      if (cov) coverage[key] = cov[i] as number;
    }
    for (const code of tree.indicators) raw[code] = finite((run.raw.get(code) as Float64Array)[i]);
    if (run.scores) {
      for (const node of tree.framework.nodes) {
        const nodeBands: readonly Band[] | undefined =
          node.bands ?? (node.code === tree.root.code ? tree.framework.bands : undefined);
        if (nodeBands)
          bands[node.code] = assignBand(
            scores[node.code] ?? null,
            nodeBands,
            tree.framework.digits,
          );
      }
    }
    const result: UnitResult = { unit: u.code, name: u.name, scores, ranks, coverage, raw };
    if (u.groups) result.groups = u.groups;
    if (groups.length) {
      const gr: Record<string, Record<string, number | null>> = {};
      for (const g of groups) {
        const m = run.groupRanks?.get(g) as ReadonlyMap<string, Float64Array>;
        const r = dict<number | null>();
        for (const key of keys) r[key] = finite((m.get(key) as Float64Array)[i]);
        gr[g] = r;
      }
      result.groupRanks = gr;
    }
    if (Object.keys(bands).length) result.bands = bands;
    return result;
  });
  const doc: ResultsDocument = {
    format: 'takar-results',
    formatVersion: 1,
    engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
    inputHash: inputHash(run),
    year: matrix.year,
    framework: tree.framework,
    pipeline: run.pipeline,
    stages: [...run.stages],
    units,
  };
  if (title !== undefined) doc.title = title;
  if (matrix.dataset.source) doc.source = matrix.dataset.source;
  if (run.until) doc.until = run.until;
  if (run.excluded.length) doc.excluded = [...run.excluded];
  return doc;
}

function finite(x: number | undefined): number | null {
  return x === undefined || !Number.isFinite(x) ? null : x;
}

/**
 * SHA-256 over the canonical JSON of framework, pipeline, year, units and source, followed by the
 * bytes of every indicator column of the scored year (and of every year for panel imputation), in
 * code order. Hashing the parsed columns rather than the JSON of half a million values keeps the
 * hash cheap; equal inputs still give equal hashes.
 */
function inputHash(run: PipelineRun): string {
  const { matrix, tree } = run;
  const head = new TextEncoder().encode(
    canonicalJson({
      framework: tree.framework,
      pipeline: run.pipeline,
      year: matrix.year,
      units: matrix.dataset.units,
      source: matrix.dataset.source ?? null,
    }),
  );
  const codes = [...tree.indicators].sort();
  const cols: Float64Array[] = [];
  const panel =
    run.pipeline.impute.method === 'latest' || run.pipeline.impute.method === 'linear'
      ? matrix.panel
      : undefined;
  for (const code of codes) {
    if (panel) cols.push(...(panel.columns.get(code) ?? []));
    else cols.push(matrix.columns.get(code) as Float64Array);
  }
  let size = head.length;
  for (const c of cols) size += c.byteLength;
  const bytes = new Uint8Array(size);
  bytes.set(head, 0);
  let at = head.length;
  for (const c of cols) {
    bytes.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), at);
    at += c.byteLength;
  }
  return sha256Bytes(bytes);
}

/**
 * An empty record without a prototype, so that a node coded `__proto__` is a key like any other
 * and is not swallowed as the object's prototype.
 */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
