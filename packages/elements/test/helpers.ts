// Shared test helpers: fail on console errors and warnings, and wait for element events.

type ConsoleMethod = 'error' | 'warn';

/**
 * Makes the surrounding `describe` fail when code under test writes to console.error or
 * console.warn (as zod's fail-on-console does). Call inside `describe`; `allow()` accepts one
 * expected message.
 */
export function failOnConsole(): { allow: (pattern: RegExp) => void } {
  const originals: Partial<Record<ConsoleMethod, (...args: unknown[]) => void>> = {};
  let messages: string[] = [];
  let allowed: RegExp[] = [];
  beforeEach(() => {
    messages = [];
    allowed = [];
    for (const method of ['error', 'warn'] as const) {
      originals[method] = console[method];
      console[method] = (...args: unknown[]) => {
        messages.push(`console.${method}: ${args.map(String).join(' ')}`);
      };
    }
  });
  afterEach(() => {
    for (const method of ['error', 'warn'] as const) console[method] = originals[method]!;
    const unexpected = messages.filter((m) => !allowed.some((re) => re.test(m)));
    if (unexpected.length > 0)
      throw new Error(`Unexpected console output:\n${unexpected.join('\n')}`);
  });
  return { allow: (pattern) => allowed.push(pattern) };
}

/** Resolves with the first event of `type` on `target`, or rejects after `ms`. */
export function nextEvent<T = unknown>(
  target: EventTarget,
  type: string,
  ms = 15000,
): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** The bars of the rendered Vega chart (SVG paths of the rect mark). */
export function bars(el: HTMLElement): SVGPathElement[] {
  return [
    ...(el.shadowRoot?.querySelectorAll<SVGPathElement>('.chart svg g.mark-rect path') ?? []),
  ];
}

/** Texts of the table's body rows, cell by cell. */
export function tableRows(el: HTMLElement): string[][] {
  return [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}

/** URL of a file in test/fixtures, served by the test runner. */
export function fixtureUrl(name: string): string {
  return new URL(`./fixtures/${name}`, import.meta.url).href;
}

/** The chart's marks of any kind (bars, dots, points, map regions): SVG paths inside mark groups. */
export function marks(el: HTMLElement): SVGPathElement[] {
  return [
    ...(el.shadowRoot?.querySelectorAll<SVGPathElement>(
      '.chart svg g.mark-rect path, .chart svg g.mark-symbol path, .chart svg.map path[data-unit], .chart svg.dots path.dot',
    ) ?? []),
  ];
}

/** Captures downloads (clicks on `<a download>`): file name and text of the blob. */
export function captureDownloads(): {
  files: Promise<{ name: string; text: string }[]>;
  restore: () => void;
  list: { name: string; href: string }[];
} {
  const list: { name: string; href: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) list.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return {
    list,
    restore: () => {
      HTMLAnchorElement.prototype.click = click;
    },
    get files() {
      return Promise.all(
        list.map(async (f) => ({ name: f.name, text: await (await fetch(f.href)).text() })),
      );
    },
  };
}

/**
 * URL of the real 514-region boundaries (the GeoJSON source of `@takar/indonesia/boundaries`,
 * `packages/indonesia/data/boundaries/kabkota-2025.geojson`), served by the test runner's middleware.
 */
export const BOUNDARIES_URL = '/test-boundaries/kabkota-2025.geojson';

/** URL of the TopoJSON that `@takar/indonesia/boundaries` ships (the test server serves the repository). */
export const SHIPPED_BOUNDARIES_URL = '/packages/indonesia/boundaries/kabkota-2025.topo.json';
