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
