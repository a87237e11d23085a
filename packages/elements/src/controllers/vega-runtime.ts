// The Vega runtime, loaded lazily by the ChartController when a chart scrolls into view: its own
// chunk in the CDN build. Vega parses specs to an AST and runs expressions with vega-interpreter,
// so no code is generated at run time (no eval, no Function): it works under a strict CSP.
export { View, parse } from 'vega';
export { expressionInterpreter } from 'vega-interpreter';
