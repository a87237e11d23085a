import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { View } from 'vega';
import type { CompiledChart } from '@takar/charts';
import { NEAR_MARGIN } from '../common/near-view.js';

/** A chart for the controller to render: a compiled Vega spec with its data, signals and number locale. */
export interface ChartInput extends CompiledChart<unknown> {
  /** d3-format number locale for axis labels (e.g. `,` decimals for Indonesian). */
  numberLocale: {
    decimal: string;
    thousands: string;
    grouping: number[];
    currency: [string, string];
  };
  /** Signal values that depend on the container's width (set on every resize). */
  signalsForWidth?: (width: number) => Record<string, unknown>;
  /**
   * Identifies the spec: when the next input has the same key, the controller keeps the view and
   * only replaces data and signals (fast re-sort and filter); otherwise it builds a new view.
   */
  key?: string;
}

/** Callbacks of the {@link ChartController}. */
export interface ChartControllerOptions {
  /** The element to render into; empty, and not managed by the host's template. */
  container: () => HTMLElement | null | undefined;
  onRendered?: (view: View) => void;
  onError?: (error: Error) => void;
  /** Shows (value) or hides (null) the tooltip of the mark under the pointer. */
  onTooltip?: (event: MouseEvent, value: unknown) => void;
  /** A mark was clicked; `datum` is its row. */
  onMarkClick?: (datum: Record<string, unknown>) => void;
}

/** What the chart is doing: waiting to scroll into view, loading Vega, drawn, or failed. */
export type ChartStatus = 'idle' | 'waiting' | 'loading' | 'rendered' | 'error';

/**
 * Renders a compiled Vega spec in an element's shadow root. Vega is imported only when the host
 * first comes near the viewport (IntersectionObserver); specs are parsed to an AST and evaluated with
 * vega-interpreter (no eval, so `script-src 'self'` is enough); the SVG follows the container's
 * width (ResizeObserver).
 *
 * @example
 * ```ts
 * chart = new ChartController(this, { container: () => this.renderRoot.querySelector('.chart') });
 * updated() { this.chart.set(compiledChart); }
 * ```
 */
export class ChartController implements ReactiveController {
  /** The current status. */
  status: ChartStatus = 'idle';
  private input: ChartInput | undefined;
  private view: View | undefined;
  private visible = false;
  private generation = 0;
  private width = 0;
  private intersection: IntersectionObserver | undefined;
  private resize: ResizeObserver | undefined;
  private observedContainer: HTMLElement | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.visible = true;
      return;
    }
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.visible = true;
        this.intersection?.disconnect();
        this.intersection = undefined;
        void this.render();
      },
      { rootMargin: NEAR_MARGIN },
    );
    this.intersection.observe(this.host);
  }

  hostDisconnected(): void {
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.resize?.disconnect();
    this.resize = undefined;
    this.observedContainer = undefined;
    this.finalize();
    this.visible = false;
  }

  /** Sets the chart to draw (or none); draws it now if the host is in view, else once it is. */
  set(input: ChartInput | undefined): void {
    if (input === this.input) return;
    const previous = this.input;
    this.input = input;
    if (
      input?.key !== undefined &&
      previous?.key === input.key &&
      this.view &&
      this.status === 'rendered'
    ) {
      void this.update(this.view, input);
      return;
    }
    void this.render();
  }

  /** The Vega view, once rendered (for exports). */
  get currentView(): View | undefined {
    return this.status === 'rendered' ? this.view : undefined;
  }

  /** The chart as SVG text. */
  async toSVG(): Promise<string | undefined> {
    return this.currentView?.toSVG();
  }

  /** The chart as a PNG image on `background` (the chart itself is transparent). */
  async toPNG(background: string, scale = 2): Promise<Blob | undefined> {
    const view = this.currentView;
    if (!view) return undefined;
    const before = view.background();
    view.background(background);
    try {
      const canvas = (await view.toCanvas(scale)) as unknown as HTMLCanvasElement;
      return await new Promise<Blob | undefined>((resolve) =>
        canvas.toBlob((b) => resolve(b ?? undefined), 'image/png'),
      );
    } finally {
      view.background(before);
    }
  }

  private async update(view: View, input: ChartInput): Promise<void> {
    const generation = this.generation;
    try {
      for (const [name, rows] of Object.entries(input.data)) view.data(name, rows as object[]);
      for (const [name, value] of Object.entries(input.signals)) view.signal(name, value);
      await view.runAsync();
      if (generation !== this.generation) return;
      this.options.onRendered?.(view);
    } catch (e) {
      if (generation !== this.generation) return;
      this.setStatus('error');
      this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private finalize(): void {
    this.generation++;
    this.view?.finalize();
    this.view = undefined;
  }

  private setStatus(status: ChartStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private async render(): Promise<void> {
    this.finalize();
    const generation = this.generation;
    const input = this.input;
    const container = this.options.container();
    if (!input || !container) return this.setStatus('idle');
    if (!this.visible) return this.setStatus('waiting');
    this.setStatus('loading');
    try {
      const { View, parse, expressionInterpreter } = await import('./vega-runtime.js');
      if (generation !== this.generation) return;
      container.replaceChildren();
      this.observe(container);
      this.width = Math.floor(container.clientWidth);
      const view = new View(parse(input.spec as never, undefined, { ast: true }), {
        renderer: 'svg',
        container,
        expr: expressionInterpreter,
        hover: false,
        // Vega's typings call this a formatter object; at run time it takes locale definitions.
        locale: { number: input.numberLocale } as never,
      });
      this.view = view;
      const { onTooltip, onMarkClick } = this.options;
      if (onTooltip)
        view.tooltip((_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) =>
          onTooltip(event, value),
        );
      if (onMarkClick)
        view.addEventListener('click', (_event, item) => {
          const datum = (item as { datum?: Record<string, unknown> } | null | undefined)?.datum;
          if (datum) onMarkClick(datum);
        });
      for (const [name, rows] of Object.entries(input.data)) view.data(name, rows as object[]);
      for (const [name, value] of Object.entries(input.signals)) view.signal(name, value);
      if (this.width > 0) this.applyWidth(view, input, this.width);
      await view.runAsync();
      if (generation !== this.generation) return;
      await this.fit(view, container);
      if (generation !== this.generation) return;
      this.setStatus('rendered');
      this.options.onRendered?.(view);
    } catch (e) {
      if (generation !== this.generation) return;
      this.setStatus('error');
      this.options.onError?.(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /**
   * Narrows the plot when its axis labels make the drawing wider than the container (a phone):
   * the width Vega is given is the plot's, the labels come on top of it.
   */
  private async fit(view: View, container: HTMLElement): Promise<void> {
    const drawn = Number(container.querySelector('svg')?.getAttribute('width'));
    const over = drawn - Math.floor(container.clientWidth);
    if (!(over > 0) || this.width <= 0) return;
    view.width(Math.max(60, view.width() - over));
    await view.runAsync();
  }

  private applyWidth(view: View, input: ChartInput, width: number): void {
    view.width(width);
    for (const [name, value] of Object.entries(input.signalsForWidth?.(width) ?? {}))
      view.signal(name, value);
  }

  private observe(container: HTMLElement): void {
    if (this.observedContainer === container || typeof ResizeObserver === 'undefined') return;
    this.resize?.disconnect();
    this.observedContainer = container;
    this.resize = new ResizeObserver(() => {
      const width = Math.floor(container.clientWidth);
      if (!this.view || width === this.width || width === 0) return;
      this.width = width;
      const view = this.view;
      if (this.input) this.applyWidth(view, this.input, width);
      void view.runAsync().then(() => this.fit(view, container));
    });
    this.resize.observe(container);
  }
}
