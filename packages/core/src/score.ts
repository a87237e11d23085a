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
import { imputeNeedsPanel } from './methods/imputers.js';
import {
  RESULTS_FORMAT,
  type ResultColumn,
  type ResultUnits,
  type ResultsDocument,
} from './schema/results.js';
import { safely, type SafeResult } from './errors/index.js';
import { runPipeline, type PipelineRun, type RunOptions } from './pipeline/run-pipeline.js';
import { assignBand } from './rank/band.js';
import { decimalCorrect } from './results/decimal-round.js';
import { nodeBands } from './results/labels.js';
import { scoreKeys } from './results/score-keys.js';
import { canonicalJson, sha256Bytes } from './results/sha256.js';
import { ENGINE_NAME, ENGINE_VERSION } from './version.js';

/**
 * Options of {@link score}.
 *
 * @category Score
 */
export interface ScoreOptions extends RunOptions {
  /** A title recorded in the results. */
  title?: string;
  /**
   * Whether indicator columns carry the raw values as given (`raw`); default `true`. They let
   * `audit` and `rescoreInputs` work from the document alone; without them a village-scale
   * document is a third smaller.
   */
  raw?: boolean;
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
 *
 * @category Score
 */
export function score(
  framework: unknown,
  data: unknown,
  options: ScoreOptions = {},
): ResultsDocument {
  return resultsDocument(runPipeline(framework, data, options), options.title, {
    raw: options.raw !== false,
  });
}

/**
 * Like {@link score}, but returns `{ ok: false, issues }` instead of throwing on bad input.
 *
 * @category Score
 */
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
 *
 * @category Score
 */
export function resultsDocument(
  run: PipelineRun,
  title?: string,
  options: { raw?: boolean } = {},
): ResultsDocument {
  const parts = documentParts(run, title, options.raw !== false);
  const doc = { ...parts.head, columns: parts.keys.map(parts.column), ...parts.tail };
  return doc as ResultsDocument;
}

/**
 * The results document of a pipeline run as JSON text, in chunks: the same bytes as
 * `JSON.stringify(resultsDocument(run, title))` (or, with `pretty`, indented by two spaces), but
 * built one column at a time, so that writing 83,762 units × 50 indicators needs the memory of one
 * column rather than of the whole document.
 *
 * @example
 * ```ts
 * for (const chunk of resultsJson(runPipeline(framework, data))) stream.write(chunk);
 * for (const chunk of resultsJson(results)) stream.write(chunk); // a document already built
 * ```
 *
 * @category Score
 */
export function* resultsJson(
  source: PipelineRun | ResultsDocument,
  title?: string,
  options: { pretty?: boolean; raw?: boolean } = {},
): Generator<string> {
  // A document already built (to look at it first) is written as it is: `title` and `raw` were
  // given when it was built.
  const built = 'format' in source ? source : undefined;
  if (options.pretty) {
    yield JSON.stringify(built ?? resultsDocument(source as PipelineRun, title, options), null, 2);
    return;
  }
  const parts = built
    ? (() => {
        const { columns, until, excluded, ...head } = built;
        const byKey = new Map(columns.map((c) => [c.key, c]));
        return {
          head,
          keys: columns.map((c) => c.key),
          column: (key: string) => byKey.get(key) as ResultColumn,
          tail: {
            ...(until !== undefined ? { until } : {}),
            ...(excluded !== undefined ? { excluded } : {}),
          },
        };
      })()
    : documentParts(source as PipelineRun, title, options.raw !== false);
  const entries = (o: object) =>
    Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  yield `{${entries(parts.head).join(',')},"columns":[`;
  for (let k = 0; k < parts.keys.length; k++) {
    yield (k ? ',' : '') + JSON.stringify(parts.column(parts.keys[k] as string));
  }
  const tail = entries(parts.tail);
  yield `]${tail.length ? ',' + tail.join(',') : ''}}`;
}

/** The document without its columns (head and tail, in field order) and a column builder. */
function documentParts(run: PipelineRun, title: string | undefined, withRaw: boolean) {
  const { tree, matrix } = run;
  const n = run.units.length;
  const scoreCols = run.scores ?? run.indicators;
  const keys = scoreKeys(tree).filter((k) => scoreCols.has(k));
  const indicators = new Set(tree.indicators);
  const nodeByCode = new Map(tree.framework.nodes.map((node) => [node.code, node]));
  const digits = tree.framework.digits;
  const column = (key: string): ResultColumn => {
    const values = scoreCols.get(key) as Float64Array;
    // Aggregates (and axis keys) are weighted sums: their last bits depend on the order of
    // summation, so they are written as decimals; indicators keep their exact values.
    const col: ResultColumn = {
      key,
      scores: indicators.has(key) ? finiteArray(values) : decimalArray(values),
    };
    const ranks = run.ranks?.get(key);
    if (ranks) col.ranks = finiteArray(ranks);
    const node = nodeByCode.get(key);
    const bands: readonly Band[] | undefined = !run.scores
      ? undefined
      : nodeBands(tree.framework, node);
    if (bands) col.bands = col.scores.map((x) => assignBand(x, bands, digits));
    const cov = run.coverage.get(key);
    if (cov) col.coverage = Array.from(cov);
    if (withRaw && indicators.has(key)) col.raw = finiteArray(run.raw.get(key) as Float64Array);
    return col;
  };
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
  const head = {
    format: 'takar-results' as const,
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
  };
  const tail = {
    ...(run.until ? { until: run.until } : {}),
    ...(run.excluded.length ? { excluded: [...run.excluded] } : {}),
  };
  return { head, keys, column, tail };
}

/**
 * Aggregate scores as the document holds them: each read as the decimal a spreadsheet shows (15
 * significant digits, `decimalCorrect`), the rule bands already compare with. It removes binary
 * representation noise (3.3489999999999998 is written 3.349), moving a score by less than one part
 * in 10^15, far inside the rank tie tolerance (2^-44): ranks and bands are the same. Non-finite
 * numbers become `null`.
 */
function decimalArray(col: Float64Array): (number | null)[] {
  const out = new Array<number | null>(col.length);
  for (let i = 0; i < col.length; i++) {
    const x = col[i] as number;
    out[i] = Number.isFinite(x) ? decimalCorrect(x) : null;
  }
  return out;
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
  const panel = imputeNeedsPanel(run.pipeline.impute.method) ? matrix.panel : undefined;
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
