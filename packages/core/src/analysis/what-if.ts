import type { PipelineConfig } from '../schema/pipeline.js';
import { imputeNeedsPanel } from '../methods/imputers.js';
import type { ResultsDocument } from '../schema/results.js';
import type { DataMatrix } from '../data/parse-dataset.js';
import { parseDataset } from '../data/parse-dataset.js';
import { parseFramework, type FrameworkTree } from '../framework/parse-framework.js';
import { isDataMatrix } from '../pipeline/run-pipeline.js';
import { score } from '../score.js';
import { TakarError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { lookup, scoreOf } from './results-lookup.js';

/**
 * One changed input: a unit's raw value of an indicator (`null` makes it missing).
 *
 * @category Analyse
 */
export interface ValueChange {
  unit: string;
  indicator: string;
  value: number | null;
}

/**
 * Options of {@link whatIf}.
 *
 * @category Analyse
 */
export interface WhatIfOptions {
  pipeline?: PipelineConfig;
  year?: number;
  /** The node whose ranks are compared; default the index. */
  node?: string;
}

/**
 * A unit whose result at the node changed.
 *
 * @category Analyse
 */
export interface WhatIfMove {
  unit: string;
  name: string;
  scoreBefore: number | null;
  scoreAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  bandBefore: string | null;
  bandAfter: string | null;
}

/**
 * The outcome of {@link whatIf}.
 *
 * @category Analyse
 */
export interface WhatIfResult {
  node: string;
  before: ResultsDocument;
  after: ResultsDocument;
  /** Units whose score or rank at the node changed, biggest rank change first. */
  moves: WhatIfMove[];
}

/**
 * Rescores with changed inputs and reports who moved: the results before and after, and every unit
 * whose score or rank at the node (default the index) changed.
 *
 * @example
 * ```ts
 * const w = whatIf(framework, data, [{ unit: '32.73', indicator: 'governance.service.impact', value: 4 }], { year: 2024 });
 * w.moves[0]; // { unit: '32.73', rankBefore: 12, rankAfter: 7, … }
 * ```
 *
 * @category Analyse
 */
export function whatIf(
  framework: unknown,
  data: unknown,
  changes: readonly ValueChange[],
  options: WhatIfOptions = {},
): WhatIfResult {
  const tree = parseFramework(framework);
  const matrix = matrixOf(tree, data, options);
  const changed = withValues(matrix, tree, changes);
  const opts = { pipeline: options.pipeline, year: options.year };
  const before = score(framework, matrix, opts);
  const after = score(framework, changed, opts);
  const node = options.node ?? tree.root.code;
  checkNode(tree, node);
  const a = lookup(after);
  const moves: WhatIfMove[] = [];
  for (const u of lookup(before).rows) {
    const v = a.units.get(u.unit);
    const m: WhatIfMove = {
      unit: u.unit,
      name: u.name,
      scoreBefore: scoreOf(u, node),
      scoreAfter: v ? scoreOf(v, node) : null,
      rankBefore: u.ranks[node] ?? null,
      rankAfter: v?.ranks[node] ?? null,
      bandBefore: u.bands?.[node] ?? null,
      bandAfter: v?.bands?.[node] ?? null,
    };
    if (m.scoreBefore !== m.scoreAfter || m.rankBefore !== m.rankAfter) moves.push(m);
  }
  const delta = (m: WhatIfMove): number => Math.abs((m.rankBefore ?? 0) - (m.rankAfter ?? 0));
  moves.sort((x, y) => delta(y) - delta(x) || x.unit.localeCompare(y.unit));
  return { node, before, after, moves };
}

/**
 * Parses data into a matrix for a framework (panel columns when the pipeline imputes across years).
 *
 * @category Analyse
 */
export function matrixOf(
  tree: FrameworkTree,
  data: unknown,
  options: { pipeline?: PipelineConfig | undefined; year?: number | undefined },
): DataMatrix {
  if (isDataMatrix(data)) return data;
  const impute = (options.pipeline?.impute ?? tree.framework.pipeline?.impute)?.method;
  return parseDataset(data, tree, options.year, {
    panel: imputeNeedsPanel(impute),
  });
}

/**
 * A copy of a matrix with some raw values replaced (only the changed columns are copied).
 *
 * @category Analyse
 */
export function withValues(
  matrix: DataMatrix,
  tree: FrameworkTree,
  changes: readonly ValueChange[],
): DataMatrix {
  const issues: TakarIssue[] = [];
  const row = new Map(matrix.units.map((u, i) => [u, i]));
  const columns = new Map(matrix.columns);
  const copied = new Set<string>();
  changes.forEach((c, i) => {
    const r = row.get(c.unit);
    if (r === undefined) {
      issues.push(
        issue(
          'data/unknown-unit',
          ['changes', i, 'unit'],
          `Unit "${c.unit}" is not in the data; use a unit code the data has.`,
        ),
      );
      return;
    }
    if (!tree.indicators.includes(c.indicator)) {
      issues.push(
        issue(
          'data/unknown-indicator',
          ['changes', i, 'indicator'],
          `"${c.indicator}" is not an indicator of the framework; use an indicator code.`,
        ),
      );
      return;
    }
    if (c.value !== null && !Number.isFinite(c.value)) {
      issues.push(
        issue(
          'data/not-a-number',
          ['changes', i, 'value'],
          `The new value for ${c.unit}/${c.indicator} is ${c.value}; give a finite number or null.`,
        ),
      );
      return;
    }
    if (!copied.has(c.indicator)) {
      columns.set(c.indicator, (matrix.columns.get(c.indicator) as Float64Array).slice());
      copied.add(c.indicator);
    }
    (columns.get(c.indicator) as Float64Array)[r] = c.value ?? NaN;
  });
  throwIfAny(issues);
  return { ...matrix, columns };
}

/**
 * Throws when a node is not in the framework.
 *
 * @category Analyse
 */
export function checkNode(tree: FrameworkTree, node: string): void {
  if (!tree.byCode.has(node)) {
    throw new TakarError(
      issue(
        'results/unknown-node',
        ['node'],
        `Node "${node}" is not in the framework; use one of its node codes (e.g. "${tree.root.code}").`,
      ),
    );
  }
}
