/**
 * Heights of the drawn elements at some content widths, `[width, height]` in increasing width,
 * measured on the example data (`examples/gallery/` and `scripts/reader-pages/portal.html`, at
 * viewports of 320 to 1400 px; `node scripts/reader-report.mjs` prints the layout shift that
 * remains). Elements whose height depends on an attribute (the ranking's `page-size`, the map's
 * `hide-table`, the impact element's `top`) compute theirs.
 */
export const MEASURED_HEIGHTS: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  'takar-awards': [
    [230, 1952],
    [270, 1871],
    [322, 1843],
    [510, 1666],
    [678, 1425],
    [818, 1284],
  ],
  'takar-compare': [
    [230, 1329],
    [270, 1249],
    [322, 1221],
    [510, 1114],
    [678, 1031],
    [818, 890],
    [910, 728],
  ],
  'takar-distribution': [
    [230, 975],
    [270, 944],
    [322, 820],
    [510, 700],
    [678, 644],
    [818, 568],
  ],
  'takar-profile': [
    [230, 1378],
    [270, 1301],
    [322, 1161],
    [510, 1028],
    [678, 982],
    [910, 821],
  ],
  'takar-trend': [
    [230, 954],
    [270, 871],
    [322, 824],
    [510, 701],
    [678, 701],
    [910, 681],
  ],
};

/** Heights for an element nothing was measured for. */
export const DEFAULT_HEIGHTS = [
  [270, 700],
  [910, 500],
] as const;

/** The height at width `w`, linear between the measured widths around it (see `reservedHeights`). */
export function heightAt(points: readonly (readonly [number, number])[], w: number): number {
  const first = points[0];
  if (!first) return 0;
  if (w <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [w1, h1] = points[i]!;
    const [w0, h0] = points[i - 1]!;
    if (w <= w1) return Math.round(w1 === w0 ? h1 : h0 + ((h1 - h0) * (w - w0)) / (w1 - w0));
  }
  return points[points.length - 1]![1];
}
