import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the width of an element's content box, rounded down to `quantum` pixels so that a
 * scrollbar appearing or a pixel of sub-pixel layout does not redraw the figure, and asks for an
 * update when it changes. For figures an element draws itself at its real width (text stays
 * legible on a phone, where a scaled-down drawing would shrink it).
 *
 * @example
 * ```ts
 * width = new WidthWatch(this);
 * render() { return dotsFigure(dotsLayout(rows, { width: this.width.width }), …); }
 * ```
 */
export class WidthWatch implements ReactiveController {
  /** The width in pixels (a default until the element is laid out). */
  width: number;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  /**
   * @param measure - the width to follow, read when the host resizes (default the host's own
   *   content width), e.g. the width of the element's chart area inside its padding
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly measure?: () => number | undefined,
    private readonly quantum = 8,
    fallback = 600,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    // A first guess from the host's own width (laid out by now), so the first drawing is near
    // its real width and a phone does not draw it twice.
    const first = this.measure?.() || this.host.clientWidth;
    if (first > 0) this.width = Math.floor(first / this.quantum) * this.quantum;
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = this.measure?.() || entries[0]?.contentRect.width || 0;
      if (!(box > 0)) return;
      const next = Math.floor(box / this.quantum) * this.quantum;
      if (next === this.width) return;
      // Redrawn in the next frame: a redraw inside the observer's callback changes the host's
      // height in the same frame, which the browser reports as a ResizeObserver loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = next;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
