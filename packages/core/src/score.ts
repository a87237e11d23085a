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
import {
  RESULTS_FORMAT,
  type ResultColumn,
  type ResultUnits,
  type ResultsDocument,
} from './schema/results.js';
import { safely, type SafeResult } from './errors/index.js';
import { runPipeline, type PipelineRun, type RunOptions } from './pipeline/run-pipeline.js';
import { assignBand } from './rank/band.js';
import { nodeBands } from './results/labels.js';
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
 * resultsView(results).rankAt('smart-city', 0); // the rank of the first unit
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
 * Builds the results document (format 2, one column per score key) of a pipeline run. Non-finite
 * numbers (±Infinity from e.g. `fracmax` on a zero maximum) are written as `null`, since JSON
 * cannot hold them. In-group ranks are not stored; `resultsView` derives them from the scores.
 *
 * @example
 * ```ts
 * resultsDocument(runPipeline(framework, data)).units.codes.length;
 * ```
 */
export function resultsDocument(run: PipelineRun, title?: string): ResultsDocument {
  const { tree, matrix } = run;
  const n = run.units.length;
  const scoreCols = run.scores ?? run.indicators;
  const keys = scoreKeys(tree).filter((k) => scoreCols.has(k));
  const indicators = new Set(tree.indicators);
  const nodeByCode = new Map(tree.framework.nodes.map((node) => [node.code, node]));
  const columns: ResultColumn[] = keys.map((key) => {
    const col: ResultColumn = { key, scores: finiteArray(scoreCols.get(key) as Float64Array) };
    const ranks = run.ranks?.get(key);
    if (ranks) col.ranks = finiteArray(ranks);
    const node = nodeByCode.get(key);
    const bands: readonly Band[] | undefined = !run.scores
      ? undefined
      : nodeBands(tree.framework, node);
    if (bands) {
      const digits = tree.framework.digits;
      col.bands = col.scores.map((s) => assignBand(s, bands, digits));
    }
    const cov = run.coverage.get(key);
    if (cov) col.coverage = Array.from(cov);
    if (indicators.has(key)) col.raw = finiteArray(run.raw.get(key) as Float64Array);
    return col;
  });
  const units: ResultUnits = {
    codes: run.units.map((u) => u.code),
    names: run.units.map((u) => u.name),
  };
  const groupCols: string[] = [];
  for (const u of run.units)
    for (const g of Object.keys(u.groups ?? {})) if (!groupCols.includes(g)) groupCols.push(g);
  if (groupCols.length) {
    const groups: Record<string, (string | null)[]> = Object.create(null);
    for (const g of groupCols) {
      const labels = new Array<string | null>(n);
      for (let i = 0; i < n; i++) {
        const gs = run.units[i]?.groups;
        labels[i] = gs !== undefined && Object.hasOwn(gs, g) ? (gs[g] as string) : null;
      }
      groups[g] = labels;
    }
    units.groups = groups;
  }
  const doc: ResultsDocument = {
    format: 'takar-results',
    formatVersion: RESULTS_FORMAT,
    engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
    inputHash: inputHash(run),
    year: matrix.year,
    ...(title !== undefined ? { title } : {}),
    ...(matrix.dataset.source ? { source: matrix.dataset.source } : {}),
    framework: tree.framework,
    pipeline: run.pipeline,
    stages: [...run.stages],
    units,
    columns,
  };
  if (run.until) doc.until = run.until;
  if (run.excluded.length) doc.excluded = [...run.excluded];
  return doc;
}

/** A column as JSON can hold it: non-finite numbers (NaN, ±Infinity) become `null`. */
function finiteArray(col: Float64Array): (number | null)[] {
  const out = new Array<number | null>(col.length);
  for (let i = 0; i < col.length; i++) {
    const x = col[i] as number;
    out[i] = Number.isFinite(x) ? x : null;
  }
  return out;
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
