/*
 * score(): the pipeline that turns a framework and data into a results document.
 *
 *   framework ─ parseFramework ─┐
 *                               ├─ 1 matrix (one year) ─ 2 normalise ─ 3 aggregate ─ 4 rank/band ─ results
 *   data ────── parseDataset ───┘
 *
 * Each stage is a plain function over Float64Array columns and records its parameters in
 * `results.stages`, so a run can be replayed with overrides.
 */
import { parseFramework, type FrameworkTree } from './framework/parse-framework.js';
import { parseDataset } from './data/parse-dataset.js';
import { PipelineConfigSchema, type PipelineConfig } from './schema/pipeline.js';
import type { Band } from './schema/framework.js';
import type { ResultsDocument, StageRecord, UnitResult } from './schema/results.js';
import { fromZodError, issue, safely, throwIfAny, type SafeResult } from './errors/index.js';
import { minmax } from './normalise/minmax.js';
import { amean } from './aggregate/amean.js';
import { rankDescending } from './rank/rank.js';
import { assignBand } from './rank/band.js';
import { canonicalJson, sha256Hex } from './results/sha256.js';
import { ENGINE_NAME, ENGINE_VERSION } from './version.js';

/** Options of {@link score}. */
export interface ScoreOptions {
  /** Pipeline settings; defaults to the framework's own `pipeline`, then min-max [0, 100] and arithmetic mean. */
  pipeline?: PipelineConfig;
  /** The year to score when the data has several. */
  year?: number;
  /** A title recorded in the results. */
  title?: string;
}

/**
 * Scores units on a framework and returns the results document. Throws a {@link TakarError}
 * listing every problem with the inputs.
 *
 * @example
 * ```ts
 * const results = score(framework, { units, values });
 * results.units[0]?.ranks[framework.nodes[0].code];
 * ```
 */
export function score(
  framework: unknown,
  data: unknown,
  options: ScoreOptions = {},
): ResultsDocument {
  const tree = parseFramework(framework);
  const matrix = parseDataset(data, tree, options.year);
  const parsedPipeline = PipelineConfigSchema.safeParse({
    ...tree.framework.pipeline,
    ...options.pipeline,
  });
  if (!parsedPipeline.success)
    throwIfAny(fromZodError(parsedPipeline.error, 'pipeline/invalid', ['pipeline']));
  const pipeline: PipelineConfig = {
    normalise: { method: 'minmax', range: [0, 100] },
    aggregate: { method: 'amean' },
    ...parsedPipeline.data,
  };
  const stages: StageRecord[] = [];
  const n = matrix.units.length;
  const values = new Map<string, Float64Array>();

  // 2. normalise (direction first: x × direction, as the JRC handbook and COINr do)
  const norm = pipeline.normalise ?? { method: 'minmax' as const };
  const issues = [];
  for (const code of tree.indicators) {
    const node = tree.byCode.get(code);
    const raw = matrix.columns.get(code) as Float64Array;
    const dir = node?.direction ?? 1;
    const col = dir === 1 ? raw : raw.map((x) => x * dir);
    const spec = node?.normalise ?? norm;
    if (spec.method === 'none') {
      values.set(code, col);
      continue;
    }
    const out = minmax(col, spec.range ?? [0, 100]);
    if (out === null) {
      issues.push(
        issue(
          'data/zero-range',
          ['values'],
          `Indicator "${code}" has the same value for every unit, so min-max cannot scale it; remove it or choose normalise "none".`,
        ),
      );
      continue;
    }
    values.set(code, out);
  }
  throwIfAny(issues);
  stages.push({ stage: 'normalise', params: { ...norm } });

  // 3. aggregate bottom-up
  const agg = pipeline.aggregate ?? { method: 'amean' as const };
  for (const code of tree.aggregates) {
    const kids = tree.children.get(code) ?? [];
    const spec = tree.byCode.get(code)?.aggregate ?? agg;
    values.set(
      code,
      amean(
        kids.map((k) => values.get(k) as Float64Array),
        kids.map((k) => tree.byCode.get(k)?.weight ?? 1),
        spec.minAvailable ?? 0,
      ),
    );
  }
  stages.push({ stage: 'aggregate', params: { ...agg } });

  // 4. rank and band
  const ranks = new Map<string, Float64Array>();
  for (const [code, col] of values) ranks.set(code, rankDescending(col));
  stages.push({ stage: 'rank', params: { ties: 'min', order: 'descending' } });

  const coverage = coverageByNode(tree, matrix.columns, n);
  const units: UnitResult[] = matrix.dataset.units.map((u, i) => {
    const scores: Record<string, number | null> = {};
    const unitRanks: Record<string, number | null> = {};
    const cov: Record<string, number> = {};
    const raw: Record<string, number | null> = {};
    const bands: Record<string, string | null> = {};
    for (const node of tree.framework.nodes) {
      scores[node.code] = orNull((values.get(node.code) as Float64Array)[i]);
      unitRanks[node.code] = orNull((ranks.get(node.code) as Float64Array)[i]);
      cov[node.code] = (coverage.get(node.code) as Float64Array)[i] as number;
      if (node.type === 'indicator')
        raw[node.code] = orNull((matrix.columns.get(node.code) as Float64Array)[i]);
      const nodeBands: readonly Band[] | undefined =
        node.bands ?? (node.code === tree.root.code ? tree.framework.bands : undefined);
      if (nodeBands) bands[node.code] = assignBand(scores[node.code] ?? null, nodeBands);
    }
    const result: UnitResult = {
      unit: u.code,
      name: u.name,
      scores,
      ranks: unitRanks,
      coverage: cov,
      raw,
    };
    if (u.groups) result.groups = u.groups;
    if (Object.keys(bands).length) result.bands = bands;
    return result;
  });

  const doc: ResultsDocument = {
    format: 'takar-results',
    formatVersion: 1,
    engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
    inputHash: sha256Hex(
      canonicalJson({
        framework: tree.framework,
        data: matrix.dataset,
        pipeline,
        year: matrix.year,
      }),
    ),
    year: matrix.year,
    framework: tree.framework,
    pipeline,
    stages,
    units,
  };
  if (options.title !== undefined) doc.title = options.title;
  if (matrix.dataset.source) doc.source = matrix.dataset.source;
  return doc;
}

/** Like {@link score}, but returns `{ ok: false, issues }` instead of throwing on bad input. */
export function safeScore(
  framework: unknown,
  data: unknown,
  options: ScoreOptions = {},
): SafeResult<ResultsDocument> {
  return safely(() => score(framework, data, options));
}

function orNull(x: number | undefined): number | null {
  return x === undefined || Number.isNaN(x) ? null : x;
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
    present.set(
      code,
      col.map((x) => (Number.isNaN(x) ? 0 : 1)),
    );
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
    present.set(
      code,
      sum.map((x) => x / c),
    );
    count.set(code, c);
  }
  return present;
}
