import { base, COLOR_FIELD, TIP_FIELD, titleSignal } from './common.js';
import type { VegaLiteSpec } from '../types.js';

/** Name of the strip chart's data set. */
export const STRIP_DATA = 'strip';

/** One unit in a strip (dot) plot. */
export interface StripRow {
  value: number;
  /** Vertical position, 0–1, stable per unit (seeded from its code) so the plot does not jump. */
  jitter: number;
  color: string;
  /** Dot area in px². */
  size: number;
  /** Drawing order: the highlighted unit last, on top. */
  z: number;
  highlight: boolean;
  tip: string;
}

/**
 * Where every unit sits on one value: a jittered strip of dots with the highlighted unit larger,
 * on top, and marked by a vertical rule. The x title is bound to the signal `xTitle`.
 *
 * @example
 * ```ts
 * stripTemplate().data; // { name: 'strip' }
 * ```
 */
export function stripTemplate(xTitle = titleSignal('xTitle')): VegaLiteSpec {
  const x = {
    field: 'value',
    type: 'quantitative',
    scale: { zero: false, nice: true },
    axis: { title: xTitle, tickCount: 6, grid: true },
  };
  return {
    ...base(STRIP_DATA),
    height: 140,
    layer: [
      {
        transform: [{ filter: 'datum.highlight' }],
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: { x, color: COLOR_FIELD },
      },
      {
        mark: { type: 'point', filled: true, opacity: 0.85 },
        encoding: {
          x,
          y: { field: 'jitter', type: 'quantitative', axis: null, scale: { domain: [0, 1] } },
          color: COLOR_FIELD,
          size: { field: 'size', type: 'quantitative', scale: null, legend: null },
          order: { field: 'z', type: 'quantitative' },
          tooltip: TIP_FIELD,
        },
      },
    ],
  };
}
