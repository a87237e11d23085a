import type { Unit } from '../schema/data.js';
import type { FrameworkTree } from '../framework/parse-framework.js';
import type { PanelColumns } from '../data/parse-dataset.js';

/**
 * The data as it flows through the pipeline: the units still in, their rows in the input, and the
 * indicator columns. Stages return a new state; they never change the one they are given.
 *
 * @category Score
 */
export interface PipelineState {
  readonly tree: FrameworkTree;
  /** Units still in the run (screening removes some), in input order. */
  readonly units: readonly Unit[];
  /** For each unit still in, its row in the input unit list. */
  readonly rows: readonly number[];
  /** Indicator code → values, one per unit still in (NaN = missing). */
  readonly columns: ReadonlyMap<string, Float64Array>;
  /** Every year's columns by input row, when the data is a panel. */
  readonly panel?: PanelColumns | undefined;
  /** The year being scored. */
  readonly year: number | null;
  /** Whether indicators have been denominated (panel imputation then denominates other years too). */
  readonly denominated: boolean;
}
