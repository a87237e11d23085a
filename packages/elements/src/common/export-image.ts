import type { LegendEntry } from './takar-element.js';

/** What an exported picture carries around the chart, so it keeps its context when shared. */
export interface ExportContext {
  title: string;
  subtitle?: string | undefined;
  /** The "illustrative data" notice, when the data is synthetic. */
  notice?: string | undefined;
  legend: LegendEntry[];
  /** Author's note (the `note` attribute). */
  note?: string | undefined;
  /** The source line, e.g. "Sumber: Kementerian Komunikasi dan Digital". */
  source?: string | undefined;
  /** Colours of the text, the muted text and the background. */
  text: string;
  muted: string;
  background: string;
  font: string;
}

const WIDTH_MIN = 480;
const PAD = 16;

/** Escapes text for SVG, dropping control characters that XML does not allow. */
const esc = (s: string) =>
  [...s]
    .filter((c) => {
      const code = c.charCodeAt(0);
      return code >= 32 || code === 9 || code === 10 || code === 13;
    })
    .join('')
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const shapePath: Record<string, string> = {
  circle: 'M6,1A5,5,0,1,1,6,11A5,5,0,1,1,6,1Z',
  diamond: 'M6,0L12,6L6,12L0,6Z',
  square: 'M1,1H11V11H1Z',
  'triangle-up': 'M6,0L12,11H0Z',
  bar: 'M0,2H12V10H0Z',
};

/** Splits text into lines of at most `chars` characters, at spaces. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width and height of an SVG text, from its root's attributes (or viewBox). */
function sizeOf(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(root)?.[1]);
  let width = attr('width');
  let height = attr('height');
  if (!(width > 0) || !(height > 0)) {
    const box = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(root);
    width = Number(box?.[1] ?? 600);
    height = Number(box?.[2] ?? 400);
  }
  return { width, height };
}

/**
 * A standalone SVG of the chart with its context: title, subtitle and the "illustrative data"
 * notice above, the legend, then the chart, then the note and the source line below, so a
 * picture passed on alone still says what it shows and where the figures come from.
 *
 * @example
 * ```ts
 * composeSvg(await view.toSVG(), { title: 'Peringkat 2024', legend: [], source: 'Sumber: …', … });
 * ```
 */
export function composeSvg(chart: string, c: ExportContext): string {
  const size = sizeOf(chart);
  const width = Math.max(WIDTH_MIN, Math.ceil(size.width) + 2 * PAD);
  const chars = Math.floor((width - 2 * PAD) / 7.5);
  const parts: string[] = [];
  let y = PAD;
  const text = (s: string, px: number, color: string, weight = 'normal') => {
    for (const line of wrap(s, Math.floor((chars * 14) / px))) {
      y += px * 1.25;
      parts.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${px}" font-weight="${weight}" fill="${esc(color)}">${esc(line)}</text>`,
      );
    }
    y += px * 0.35;
  };
  text(c.title, 18, c.text, 'bold');
  if (c.subtitle) text(c.subtitle, 14, c.muted);
  if (c.notice) text(c.notice, 13, c.text, 'bold');
  if (c.legend.length) {
    let x = PAD;
    y += 6;
    for (const e of c.legend) {
      const w = 18 + e.label.length * 7;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += 18;
      }
      parts.push(
        `<g transform="translate(${x},${(y - 10).toFixed(1)})"><path d="${shapePath[e.shape ?? 'circle'] ?? shapePath.circle}" fill="${esc(e.color)}"/><text x="16" y="10" font-size="12" fill="${esc(c.text)}">${esc(e.label)}</text></g>`,
      );
      x += w + 12;
    }
    y += 12;
  }
  const inner = chart
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<svg\b/, `<svg x="${PAD}" y="${y.toFixed(1)}"`);
  parts.push(inner);
  y += size.height + 8;
  if (c.note) text(c.note, 12, c.muted);
  if (c.source) text(c.source, 12, c.muted);
  const height = Math.ceil(y + PAD);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(c.font)}">` +
    `<rect width="100%" height="100%" fill="${esc(c.background)}"/>` +
    parts.join('') +
    '</svg>'
  );
}

/**
 * Draws an SVG text on a canvas and returns it as PNG (`scale` times its size). The SVG goes
 * through a Blob URL image, which works under a strict Content-Security-Policy.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob | undefined> {
  const { width, height } = sizeOf(svgText);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the export image could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob | undefined>((resolve) =>
      canvas.toBlob((b) => resolve(b ?? undefined), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
