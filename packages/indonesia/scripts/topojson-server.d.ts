// The part of topojson-server (a test-only dependency without bundled types) the tests use.
declare module 'topojson-server' {
  /** Builds a TopoJSON topology from GeoJSON objects, quantised to `quantization` steps per axis. */
  export function topology(
    objects: Record<string, unknown>,
    quantization?: number,
  ): {
    type: 'Topology';
    arcs: [number, number][][];
    transform?: { scale: [number, number]; translate: [number, number] };
    objects: Record<string, unknown>;
  };
}
