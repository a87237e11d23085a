import { base, COLOR_FIELD, TIP_FIELD, titleSignal } from './common.js';
import type { VegaLiteSpec } from '../types.js';

/** Name of the interval chart's data set. */
export const INTERVAL_DATA = 'interval';

/** One bar with its range, e.g. a region's coverage and its low–high interval. */
export interface IntervalRow {
  label: string;
  order: number;
  value: number;
  low: number;
  high: number;
  color: string;
  tip: string;
}

/**
 * Horizontal bars with a rule for each bar's low–high range (estimate and interval). The x title
 * is bound to the signal `xTitle`.
 *
 * @example
 * ```ts
 * intervalTemplate().data; // { name: 'interval' }
 * ```
 */
export function intervalTemplate(xTitle = titleSignal('xTitle')): VegaLiteSpec {
  const y = {
    field: 'label',
    type: 'nominal',
    sort: { field: 'order', op: 'min', order: 'ascending' },
    axis: { title: null, labelLimit: { expr: 'labelLimit' }, ticks: false, labelPadding: 6 },
  };
  return {
    ...base(INTERVAL_DATA),
    height: { step: 26 },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.6 } },
        encoding: {
          y,
          x: {
            field: 'value',
            type: 'quantitative',
            scale: { zero: true, nice: true },
            axis: { title: xTitle, tickCount: 5, grid: true, orient: 'top' },
          },
          color: COLOR_FIELD,
          tooltip: TIP_FIELD,
        },
      },
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative' },
          x2: { field: 'high' },
          color: { value: { expr: 'textColor' } },
        },
      },
    ],
  };
}
