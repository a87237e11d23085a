import { base, COLOR_FIELD, TIP_FIELD, titleSignal } from './common.js';
import type { VegaLiteSpec } from '../types.js';

/** Name of the line chart's data set. */
export const LINES_DATA = 'lines';

/** One point of a line: a series' value in one period. */
export interface LineRow {
  /** The period label on the x axis, e.g. `'2024'`. */
  x: string;
  series: string;
  value: number;
  color: string;
  tip: string;
}

/**
 * Lines over periods, one per series, with a dot per point. With `reverse` the y scale runs
 * downwards (for ranks: 1 on top). The y title is bound to the signal `yTitle`.
 *
 * @example
 * ```ts
 * linesTemplate({ reverse: true }).data; // { name: 'lines' }
 * ```
 */
export function linesTemplate(options: { reverse?: boolean; yTitle?: string } = {}): VegaLiteSpec {
  const x = {
    field: 'x',
    type: 'ordinal',
    sort: 'ascending',
    axis: { title: null, labelAngle: 0 },
  };
  const y = {
    field: 'value',
    type: 'quantitative',
    scale: { zero: false, nice: true, reverse: options.reverse ?? false },
    axis: { title: options.yTitle ?? titleSignal('yTitle'), tickCount: 5, grid: true },
  };
  return {
    ...base(LINES_DATA),
    height: 260,
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: { x, y, color: COLOR_FIELD, detail: { field: 'series', type: 'nominal' } },
      },
      {
        mark: { type: 'point', filled: true, size: 60, opacity: 1 },
        encoding: { x, y, color: COLOR_FIELD, tooltip: TIP_FIELD },
      },
    ],
  };
}
