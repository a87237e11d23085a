import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A chart tooltip rendered inside the element's shadow root (Vega's default handler adds an
 * element to `document.body` and styles it inline, which a strict CSP blocks). Position is set
 * through the CSSOM (`el.style.left`), which `style-src 'self'` allows. Escape hides it.
 *
 * @example
 * ```ts
 * tooltip = new TooltipController(this, () => this.renderRoot.querySelector('.tooltip'));
 * chart = new ChartController(this, { container, onTooltip: (e, v) => this.tooltip.show(e, v) });
 * ```
 */
export class TooltipController implements ReactiveController {
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.hide();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly element: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  /** Shows `value` near the pointer, or hides the tooltip when `value` is empty. */
  show(event: MouseEvent | undefined, value: unknown): void {
    const tip = this.element();
    if (!tip) return;
    if (value === null || value === undefined || value === '' || !event) {
      this.hide();
      return;
    }
    tip.textContent =
      typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join('; ')
        : String(value);
    tip.hidden = false;
    const box = this.host.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const flip = x > box.width - 200;
    tip.style.left = `${Math.max(0, flip ? x - tip.offsetWidth - 12 : x + 12)}px`;
    tip.style.top = `${y + 12}px`;
  }

  /** Hides the tooltip. */
  hide(): void {
    const tip = this.element();
    if (tip) tip.hidden = true;
  }

  /** Whether the tooltip is showing. */
  get visible(): boolean {
    const tip = this.element();
    return !!tip && !tip.hidden;
  }
}
