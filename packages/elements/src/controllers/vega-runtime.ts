// The Vega runtime, loaded lazily by the ChartController when a chart scrolls into view: its own
// chunk in the CDN build. Specs are parsed to an AST and run with vega-interpreter, so no code is
// generated at run time (no eval, no Function): it works under a strict CSP.
//
// Only the Vega modules the compiled charts use are imported (view, parser, the data, view and
// encoding transforms), as `vega`'s own index does for the full set: geo, force, hierarchy,
// label, regression, voronoi, wordcloud and crossfilter are left out, which saves ~50 KB gzip.
import type { View as VegaView, parse as vegaParse } from 'vega';
import { extend } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as tx from 'vega-transforms';
import * as vtx from 'vega-view-transforms';
import * as encode from 'vega-encode';
import { View as ViewClass } from 'vega-view';
import { parse as parseSpec } from 'vega-parser';

extend(transforms, tx, vtx, encode);

export const View = ViewClass as unknown as typeof VegaView;
export const parse = parseSpec as unknown as typeof vegaParse;
export { expressionInterpreter } from 'vega-interpreter';
