// Vega's internal packages ship no type declarations; the runtime module casts them to the types
// of the `vega` package, which re-exports them.
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-encode';
declare module 'vega-view' {
  export const View: unknown;
}
declare module 'vega-parser' {
  export const parse: unknown;
}
