import { base, COLOR_FIELD, TIP_FIELD, titleSignal } from './common.js';
import type { VegaLiteSpec } from '../types.js';

/** Name of the dot chart's data set. */
export const DOTS_DATA = 'dots';

/** One dot: a value of one series (a region, the peer median, the nation) in one category (a dimension). */
export interface DotRow {
  /** Category label (the y axis), e.g. a dimension's name. */
  category: string;
  /** Category position, 0 on top. */
  order: number;
  /** Series name (shown in the legend and tooltip). */
  series: string;
  value: number;
  /** CSS colour of the dot. */
  color: string;
  /** Vega shape name, so series differ by more than colour (`circle`, `diamond`, `square`, `triangle-up`). */
  shape: string;
  /** Localised tooltip text. */
  tip: string;
}

/**
 * A dot plot comparing series per category (Cleveland dot plot): one row per category, a grey
 * rule from the lowest to the highest value, a dot per series. Used by `<takar-profile>`,
 * `<takar-compare>` and `<takar-awards>`. The x title is bound to the signal `xTitle`.
 *
 * @example
 * ```ts
 * dotsTemplate('Skor').data; // { name: 'dots' }
 * ```
 */
export function dotsTemplate(xTitle = titleSignal('xTitle')): VegaLiteSpec {
  const y = {
    field: 'category',
    type: 'nominal',
    sort: { field: 'order', op: 'min', order: 'ascending' },
    axis: { title: null, labelLimit: { expr: 'labelLimit' }, ticks: false, labelPadding: 6 },
  };
  return {
    ...base(DOTS_DATA),
    height: { step: 30 },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          x: { field: 'value', type: 'quantitative', aggregate: 'min' },
          x2: { field: 'value', aggregate: 'max' },
          color: { value: { expr: 'gridColor' } },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: {
          y,
          x: {
            field: 'value',
            type: 'quantitative',
            scale: { zero: false, nice: true },
            axis: { title: xTitle, tickCount: 5, grid: true, orient: 'top' },
          },
          color: COLOR_FIELD,
          shape: { field: 'shape', type: 'nominal', scale: null, legend: null },
          tooltip: TIP_FIELD,
        },
      },
    ],
  };
}
