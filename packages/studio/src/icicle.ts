/**
 * The framework as an icicle chart: the index on top, each node below its parent, as wide as its
 * effective weight (its share of the index). Keyboard-operable as an ARIA tree with one tab stop:
 * ←/→ move between siblings, ↑ to the parent, ↓ to the first child, Enter edits the node's weight.
 * SVG with presentation attributes only (`style-src 'self'`).
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { TreeRow } from './framework-edit.js';

/** Width of the chart in SVG units, and the height of one level. */
export const ICICLE_WIDTH = 1000;
export const ICICLE_ROW = 34;

/** A node's place in the chart. */
export interface IcicleCell {
  row: TreeRow;
  x: number;
  width: number;
  y: number;
}

/** Lays the rows out: x from the left edge by the effective weights of the siblings before. */
export function icicleLayout(rows: readonly TreeRow[]): IcicleCell[] {
  const next = new Map<string | null, number>();
  const xOf = new Map<string, number>();
  const cells: IcicleCell[] = [];
  for (const row of rows) {
    // Depth-first order: a node's parent is laid out before it; children start at the parent's x.
    const start = next.get(row.parent) ?? (row.parent === null ? 0 : (xOf.get(row.parent) ?? 0));
    const width = row.effective * ICICLE_WIDTH;
    xOf.set(row.code, start);
    next.set(row.parent, start + width);
    cells.push({ row, x: start, width, y: row.depth * ICICLE_ROW });
  }
  return cells;
}

/** Where a key moves the focus from `code`, or null. */
export function icicleMove(rows: readonly TreeRow[], code: string, key: string): string | null {
  const row = rows.find((r) => r.code === code);
  if (!row) return null;
  const siblings = rows.filter((r) => r.parent === row.parent);
  const i = siblings.indexOf(row);
  if (key === 'ArrowRight') return siblings[i + 1]?.code ?? null;
  if (key === 'ArrowLeft') return siblings[i - 1]?.code ?? null;
  if (key === 'ArrowUp') return row.parent;
  if (key === 'ArrowDown') return rows.find((r) => r.parent === code)?.code ?? null;
  if (key === 'Home') return siblings[0]?.code ?? null;
  if (key === 'End') return siblings[siblings.length - 1]?.code ?? null;
  return null;
}

const FILLS = ['#0b3d6e', '#0b5394', '#3d78b0', '#7aa5cf', '#b6cde6', '#dce7f3'];
const INK = ['#ffffff', '#ffffff', '#ffffff', '#000000', '#000000', '#000000'];

/** The chart's cells; `focused` is the one tab stop. */
export function icicleCells(
  cells: readonly IcicleCell[],
  focused: string,
  label: (row: TreeRow) => string,
): SVGTemplateResult[] {
  return cells.map(({ row, x, width, y }) => {
    const level = Math.min(row.depth, FILLS.length - 1);
    const text = label(row);
    return svg`<g>
      <rect
        role="treeitem"
        aria-level=${row.depth + 1}
        aria-label=${text}
        aria-selected=${row.code === focused ? 'true' : 'false'}
        tabindex=${row.code === focused ? 0 : -1}
        data-code=${row.code}
        x=${x}
        y=${y}
        width=${Math.max(0, width - 1)}
        height=${ICICLE_ROW - 2}
        fill=${FILLS[level]}
      ></rect>
      ${width > 90 ? svg`<text x=${x + 6} y=${y + 21} fill=${INK[level]} font-size="13" aria-hidden="true">${row.label.length > width / 8 ? `${row.label.slice(0, Math.max(1, Math.floor(width / 8) - 1))}…` : row.label}</text>` : null}
    </g>`;
  });
}
