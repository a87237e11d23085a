// Renders every Takar element on a page served with `script-src 'self'; style-src 'self'` and
// tells the parent test what happened. `?control` adds an inline style on purpose, to prove that
// the page would see a violation.
import '../../src/define/all.js';

const elements = [...document.body.children].filter((e) => e.localName.startsWith('takar-'));
// Elements load when they come near the viewport: bring each into view in turn (scrollIntoView
// scrolls the parent test page too, whose viewport is what the iframe's elements intersect).
const pending = elements.map(
  (el) =>
    new Promise<[string, string, number]>((resolve) => {
      const marks = () =>
        el.shadowRoot?.querySelectorAll(
          '.chart svg g.mark-rect path, .chart svg g.mark-symbol path, .chart svg.map path[data-unit], .chart svg.dots path.dot',
        ).length ?? 0;
      el.addEventListener('takar-rendered', () => resolve([el.localName, 'rendered', marks()]), {
        once: true,
      });
      el.addEventListener(
        'takar-error',
        (e) =>
          resolve([
            el.localName,
            `error: ${(e as CustomEvent<{ message: string }>).detail.message}`,
            0,
          ]),
        { once: true },
      );
      setTimeout(() => resolve([el.localName, 'timeout', 0]), 30000);
    }),
);
const outcomes: [string, string, number][] = [];
for (const [i, el] of elements.entries()) {
  el.scrollIntoView();
  outcomes.push(await pending[i]!);
}
// Exports (Blob URL + <a download>) and the in-shadow tooltip (positioned through the CSSOM) must
// not violate the policy either.
const ranking = elements[0] as HTMLElement & {
  export: (kind: string) => Promise<void>;
  tooltip: { show: (e: MouseEvent, v: unknown) => void };
};
await ranking.export('csv-visible');
await ranking.export('svg');
// The map draws its own SVG and exports through a canvas: check those too.
const map = elements.find((e) => e.localName === 'takar-map') as typeof ranking | undefined;
await map?.export('svg');
await map?.export('png');
map?.tooltip.show(new MouseEvent('mousemove', { clientX: 60, clientY: 60 }), 'map tooltip');
ranking.tooltip.show(new MouseEvent('mousemove', { clientX: 40, clientY: 40 }), 'tooltip');
if (new URLSearchParams(location.search).has('control'))
  elements[0]!.setAttribute('style', 'color: red');
await new Promise((r) => setTimeout(r, 200)); // violations are reported asynchronously
parent.postMessage(
  {
    type: 'takar-csp',
    outcomes: Object.fromEntries(outcomes.map(([tag, outcome]) => [tag, outcome])),
    marks: Object.fromEntries(outcomes.map(([tag, , n]) => [tag, n])),
    violations: window.cspViolations,
  },
  location.origin,
);
