import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport an element counts as near: data and Vega start loading then. */
export const NEAR_MARGIN = '400px 0px';

/**
 * Tells its host when it comes near the viewport (within {@link NEAR_MARGIN}), once. Elements
 * wait for it before fetching data, loading Vega or the map's boundaries, so an element far down
 * the page, or inside a hidden tab (`display: none` never intersects), costs nothing until the
 * reader gets there.
 *
 * @example
 * ```ts
 * near = new NearViewController(this);
 * willUpdate() { if (this.near.near) this.results.load(this.source()); }
 * ```
 */
export class NearViewController implements ReactiveController {
  /** Whether the host has come near the viewport (true where IntersectionObserver is missing). */
  near = typeof IntersectionObserver === 'undefined';
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onNear?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near || this.observer) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near = true;
        this.observer?.disconnect();
        this.observer = undefined;
        this.onNear?.();
        this.host.requestUpdate();
      },
      { rootMargin: NEAR_MARGIN },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
