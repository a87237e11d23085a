/**
 * The correlation heatmap of the audit: one square per pair of indicators, blue for positive and
 * red for negative correlation (the stronger, the darker), grey where the correlation is undefined.
 * Drawn as SVG with presentation attributes only (no style attribute: `style-src 'self'`).
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { CorrelationTable } from '@takar/core';

/** The fill of a correlation r (−1…1), or grey for null. */
export function corrColour(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return '#c8c8c8';
  const t = Math.min(1, Math.abs(r));
  // From white to #0b5394 (positive) or #b3261e (negative).
  const [R, G, B] = r >= 0 ? [11, 83, 148] : [179, 38, 30];
  const mix = (c: number) => Math.round(255 + (c - 255) * t);
  const hex = (c: number) => mix(c).toString(16).padStart(2, '0');
  return `#${hex(R)}${hex(G)}${hex(B)}`;
}

/** The heatmap of a correlation table, `cell` px per square. */
export function heatmap(table: CorrelationTable, label: string, cell: number): SVGTemplateResult {
  const n = table.codes.length;
  const size = n * cell;
  const squares: SVGTemplateResult[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      squares.push(
        svg`<rect x=${j * cell} y=${i * cell} width=${cell} height=${cell} fill=${corrColour(table.matrix[i]?.[j] ?? null)}></rect>`,
      );
  return svg`<svg class="heatmap" viewBox="0 0 ${size} ${size}" width=${size} height=${size} role="img" aria-label=${label}>${squares}</svg>`;
}
