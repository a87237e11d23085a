import type { Box } from '@takar/charts';

/** The middle of a region's box, in map units (y grows southwards). */
export type Point = readonly [x: number, y: number];

export const middleOf = (b: Box): Point => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];

const DIRECTIONS: Record<string, Point> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The region an arrow key moves to from `from`: the nearest one whose middle lies in the arrow's
 * direction (within about 63° of it), a sideways offset counting twice as much as distance
 * along the arrow. `undefined` at the edge of the map (the focus stays), or for another key.
 * `order` breaks ties, so the same map always gives the same moves.
 *
 * @example
 * ```ts
 * nextByArrow('ArrowRight', '32.73', middles, ['32.73', '32.04']); // '32.04' if it lies east
 * ```
 */
export function nextByArrow(
  key: string,
  from: string,
  middles: ReadonlyMap<string, Point>,
  order: readonly string[],
): string | undefined {
  const d = DIRECTIONS[key];
  const start = middles.get(from);
  if (!d || !start) return undefined;
  let best: string | undefined;
  let bestCost = Infinity;
  for (const code of order) {
    if (code === from) continue;
    const p = middles.get(code);
    if (!p) continue;
    const vx = p[0] - start[0];
    const vy = p[1] - start[1];
    const along = vx * d[0] + vy * d[1];
    const across = Math.abs(vx * d[1] - vy * d[0]);
    if (along <= 0 || across > 2 * along) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = code;
    }
  }
  return best;
}
