import type { PipelineRun } from '../pipeline/run-pipeline.js';
import type { Table } from '../io/table.js';
import { scoreKeys } from './score-keys.js';

/**
 * A wide table of a pipeline run: `unit`, then one column per score key (indicators as they stand
 * after the last stage that ran, then aggregates and axis keys once aggregation ran). `ranks` gives
 * the ranks instead (empty of columns before ranking). Infinite values are kept (written `Inf`).
 *
 * @example
 * ```ts
 * formatCsv(runTable(runPipeline(framework, data), 'scores'));
 * ```
 *
 * @category Results
 */
export function runTable(run: PipelineRun, kind: 'scores' | 'ranks' = 'scores'): Table {
  const source = kind === 'ranks' ? run.ranks : (run.scores ?? run.indicators);
  const keys = scoreKeys(run.tree).filter((k) => source?.has(k));
  const names = ['unit', ...keys];
  const columns: ArrayLike<unknown>[] = [
    run.units.map((u) => u.code),
    ...keys.map((k) => source?.get(k) as Float64Array),
  ];
  return { names, columns, rowCount: run.units.length };
}
