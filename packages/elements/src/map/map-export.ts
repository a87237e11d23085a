import { viewBox, type Box, type ProjectedFeature } from '@takar/charts';
import { NO_VALUE } from './map-values.js';

/** Opacity of the regions outside the province zoomed to (also in `map-styles.ts`). */
export const FADED = 0.35;

/** What the map draws, kept for export. */
export interface Drawing {
  features: ProjectedFeature[];
  fills: Map<string, string>;
  /** Regions drawn faded (other provinces, when zoomed in). */
  faded: Set<string>;
  box: Box;
  outline: string;
  focus: ProjectedFeature | undefined;
  highlight: string;
}

/** The exported picture: the view's box in map units and its size in pixels (1200 wide). */
function exportFrame(box: Box): {
  x: number;
  y: number;
  w: number;
  h: number;
  width: number;
  height: number;
} {
  const [x, y, w, h] = viewBox(box, { minAspect: 1.2, maxAspect: 3 }).split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const width = 1200;
  return { x, y, w, h, width, height: Math.round((width * h) / w) };
}

/**
 * The map as standalone SVG text: the view shown (one panel), 1200 px wide, each region with a
 * `<title>` (its tooltip text).
 */
export function mapSvg(d: Drawing, tips: ReadonlyMap<string, string>, title: string): string {
  const { x, y, w, h, width, height } = exportFrame(d.box);
  const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const paths = d.features
    .map(
      (f) =>
        `<path d="${f.path}" fill="${esc(d.fills.get(f.code) ?? NO_VALUE)}"${d.faded.has(f.code) ? ` opacity="${FADED}"` : ''}><title>${esc(tips.get(f.code) ?? f.code)}</title></path>`,
    )
    .join('');
  const focus = d.focus
    ? `<path d="${d.focus.path}" fill="none" stroke="${esc(d.highlight)}" stroke-width="2.5" vector-effect="non-scaling-stroke"/>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${w} ${h}">` +
    `<title>${esc(title)}</title>` +
    `<g stroke="${esc(d.outline)}" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd" vector-effect="non-scaling-stroke">${paths}</g>${focus}</svg>`
  );
}

/**
 * The map as PNG, drawn on a canvas from the same paths (so no image has to be loaded, and a
 * strict `img-src` has nothing to block).
 */
export function mapPng(d: Drawing, background: string, scale = 2): Promise<Blob | undefined> {
  const { x, y, w, width, height } = exportFrame(d.box);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.resolve(undefined);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const k = canvas.width / w;
  ctx.setTransform(k, 0, 0, k, -x * k, -y * k);
  ctx.lineJoin = 'round';
  for (const f of d.features) {
    const p = new Path2D(f.path);
    ctx.globalAlpha = d.faded.has(f.code) ? FADED : 1;
    ctx.fillStyle = d.fills.get(f.code) ?? NO_VALUE;
    ctx.fill(p, 'evenodd');
    ctx.strokeStyle = d.outline;
    ctx.lineWidth = (0.6 * scale) / k;
    ctx.stroke(p);
  }
  ctx.globalAlpha = 1;
  if (d.focus) {
    ctx.strokeStyle = d.highlight;
    ctx.lineWidth = (2.5 * scale) / k;
    ctx.stroke(new Path2D(d.focus.path));
  }
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b ?? undefined), 'image/png'));
}
