import { VEGA_LITE_SCHEMA } from '../ranking/template.js';
import type { VegaLiteSpec } from '../types.js';

/** Colour and label-width params shared by every template (the compiled Vega exposes them as signals). */
export const COMMON_PARAMS = [
  { name: 'textColor', value: '#1f2933' },
  { name: 'gridColor', value: '#d9dee5' },
  // Longest category label in pixels; elements narrow it on small screens.
  { name: 'labelLimit', value: 240 },
];

/** Axis and font settings shared by every template; colours come from the params above. */
export const COMMON_CONFIG = {
  font: 'system-ui, sans-serif',
  view: { stroke: null },
  axis: {
    labelColor: { expr: 'textColor' },
    titleColor: { expr: 'textColor' },
    domainColor: { expr: 'gridColor' },
    tickColor: { expr: 'gridColor' },
    gridColor: { expr: 'gridColor' },
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
  },
};

/** A colour channel that takes each row's `color` as is (themes compute colours, not scales). */
export const COLOR_FIELD = { field: 'color', type: 'nominal', scale: null, legend: null } as const;

/** A tooltip channel showing each row's prepared, localised `tip`. */
export const TIP_FIELD = { field: 'tip', type: 'nominal' } as const;

/** The parts every template starts with: schema, named data, params, fit-x sizing. */
export function base(dataName: string): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    data: { name: dataName },
    params: COMMON_PARAMS,
    width: 480,
    autosize: { type: 'fit-x', contains: 'padding' },
    background: 'transparent',
    config: COMMON_CONFIG,
  };
}

/** A placeholder axis title, bound to the signal of the same name when compiled (compile-templates.ts). */
export const titleSignal = (name: string): string => `{{signal:${name}}}`;
