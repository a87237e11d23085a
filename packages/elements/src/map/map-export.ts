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

/** The colour ramp of a continuous measure, drawn above the map in the exported picture. */
export interface ExportRamp {
  /** What the colours stand for, e.g. "Skor". */
  label: string;
  /** The ramp's colours, from the low end to the high end. */
  colors: string[];
  /** The values at the ends (and 0 in the middle, for change), as the legend shows them. */
  labels: string[];
  /** Colour of the labels. */
  text: string;
}

/** Height in pixels of the ramp above the map, and its width. */
const RAMP_HEIGHT = 64;
const RAMP_WIDTH = 320;

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
export function mapSvg(
  d: Drawing,
  tips: ReadonlyMap<string, string>,
  title: string,
  ramp?: ExportRamp,
): string {
  const { x, y, w, h, width, height } = exportFrame(d.box);
  const paths = d.features
    .map(
      (f) =>
        `<path d="${f.path}" fill="${esc(d.fills.get(f.code) ?? NO_VALUE)}"${d.faded.has(f.code) ? ` opacity="${FADED}"` : ''}><title>${esc(tips.get(f.code) ?? f.code)}</title></path>`,
    )
    .join('');
  const focus = d.focus
    ? `<path d="${d.focus.path}" fill="none" stroke="${esc(d.highlight)}" stroke-width="2.5" vector-effect="non-scaling-stroke"/>`
    : '';
  const map = `<g stroke="${esc(d.outline)}" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd" vector-effect="non-scaling-stroke">${paths}</g>${focus}`;
  if (!ramp)
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${w} ${h}">` +
      `<title>${esc(title)}</title>${map}</svg>`
    );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + RAMP_HEIGHT}" viewBox="0 0 ${width} ${height + RAMP_HEIGHT}">` +
    `<title>${esc(title)}</title>${rampSvg(ramp)}` +
    `<svg y="${RAMP_HEIGHT}" width="${width}" height="${height}" viewBox="${x} ${y} ${w} ${h}">${map}</svg></svg>`
  );
}

/** The ramp as SVG in pixels: its label, the colour steps and the values under them. */
function rampSvg(r: ExportRamp): string {
  const step = RAMP_WIDTH / r.colors.length;
  const rects = r.colors
    .map(
      (c, i) =>
        `<rect x="${(i * step).toFixed(2)}" y="20" width="${(step + 0.5).toFixed(2)}" height="14" fill="${esc(c)}"/>`,
    )
    .join('');
  const anchors = r.labels.length === 3 ? ['start', 'middle', 'end'] : ['start', 'end'];
  const at = (i: number) => (r.labels.length === 1 ? 0 : (i * RAMP_WIDTH) / (r.labels.length - 1));
  const labels = r.labels
    .map(
      (l, i) =>
        `<text x="${at(i)}" y="50" font-size="12" text-anchor="${anchors[i] ?? 'middle'}" fill="${esc(r.text)}">${esc(l)}</text>`,
    )
    .join('');
  return (
    `<g class="ramp" transform="translate(0,0)"><text x="0" y="13" font-size="12" fill="${esc(r.text)}">${esc(r.label)}</text>` +
    `${rects}${labels}</g>`
  );
}

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
