/**
 * A Vega-Lite specification as plain JSON. Kept structural so that `@takar/charts` does not make
 * its users install `vega-lite` for types; tests validate every spec against the published schema.
 */
export type VegaLiteSpec = { $schema: string } & Record<string, unknown>;

/** A Vega specification as plain JSON (what the Vega runtime parses). */
export type VegaSpec = { $schema: string } & Record<string, unknown>;

/** A chart ready for the Vega runtime: the spec, the rows to bind to its named data, signal values. */
export interface CompiledChart<Row> {
  /** The Vega spec, compiled from Vega-Lite at build time. */
  spec: VegaSpec;
  /** Rows per named data set. */
  data: Record<string, Row[]>;
  /** Values of the spec's signals (titles, colours). */
  signals: Record<string, unknown>;
}
