import { svg, type TemplateResult } from 'lit';
import type { DotsLayout } from '@takar/charts';
import type { ThemeColors } from './theme.js';

/** Dot shapes centred on (0, 0), about the size of Vega's `size: 110` points. */
const SHAPES: Record<string, string> = {
  circle: 'M0,-5.5A5.5,5.5,0,1,1,0,5.5A5.5,5.5,0,1,1,0,-5.5Z',
  diamond: 'M0,-7L7,0L0,7L-7,0Z',
  square: 'M-5,-5H5V5H-5Z',
  'triangle-up': 'M0,-6.5L6.5,5.5H-6.5Z',
};

const px = (n: number) => n.toFixed(1);

/**
 * The dot plot drawn from its {@link DotsLayout} as SVG, without Vega: grid lines and tick labels
 * on top, a rule per row, a dot per value. Each dot carries its tooltip text (`data-tip`; the
 * exported picture turns it into a `<title>`, see {@link figureSvgText}). The figure is hidden from assistive technology: the
 * element's description and table say the same.
 *
 * @param format - formats a tick value with so many decimals in the element's language (e.g. `3,2`)
 */
export function dotsFigure(
  layout: DotsLayout,
  theme: ThemeColors,
  format: (value: number, digits: number) => string,
  xTitle: string,
  onTip?: (event: PointerEvent, tip: string | undefined) => void,
): TemplateResult {
  const { plot } = layout;
  const tipOf = (e: PointerEvent) =>
    onTip?.(
      e,
      (e.target as Element | null)?.closest?.('[data-tip]')?.getAttribute('data-tip') ?? undefined,
    );
  return svg`<svg
    xmlns="http://www.w3.org/2000/svg"
    class="dots"
    width=${layout.width}
    height=${layout.height}
    viewBox="0 0 ${layout.width} ${layout.height}"
    font-family="sans-serif"
    font-size="11"
    @pointermove=${tipOf}
  >
    <text x=${px((plot.left + plot.right) / 2)} y="11" text-anchor="middle" font-weight="bold" fill=${theme.text}>${xTitle}</text>
    ${layout.ticks.map(
      (
        t,
      ) => svg`<line x1=${px(t.x)} x2=${px(t.x)} y1=${plot.top - 4} y2=${plot.bottom} stroke=${theme.grid}></line>
        <text x=${px(t.x)} y=${plot.top - 8} text-anchor="middle" fill=${theme.text}>${format(t.value, layout.tickDigits)}</text>`,
    )}
    ${layout.rows.map(
      (
        r,
      ) => svg`<text x=${plot.left - 8} y=${px(r.y)} dy="0.35em" text-anchor="end" fill=${theme.text}>${r.label}${
        r.label === r.category ? '' : svg`<title>${r.category}</title>`
      }</text>
        ${r.rule ? svg`<line x1=${px(r.rule.x1)} x2=${px(r.rule.x2)} y1=${px(r.y)} y2=${px(r.y)} stroke=${theme.grid} stroke-width="2"></line>` : ''}`,
    )}
    ${layout.dots.map(
      (d) =>
        svg`<path class="dot" d=${SHAPES[d.shape] ?? SHAPES.circle} transform="translate(${px(d.x)},${px(d.y)})" fill=${d.color} data-tip=${d.tip}></path>`,
    )}
  </svg>`;
}

/**
 * The figure drawn in `container` as standalone SVG text for export: each `data-tip` becomes a
 * `<title>` (the tooltip a viewer of the file sees), Lit's comment markers are left out.
 */
export function figureSvgText(container: Element | null | undefined): string | undefined {
  const root = container?.querySelector('svg');
  if (!root) return undefined;
  const copy = root.cloneNode(true) as SVGSVGElement;
  for (const el of copy.querySelectorAll('[data-tip]')) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = el.getAttribute('data-tip');
    el.append(title);
    el.removeAttribute('data-tip');
  }
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  return new XMLSerializer().serializeToString(copy);
}
