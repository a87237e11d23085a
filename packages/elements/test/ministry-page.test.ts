// The ministry example page (examples/ministry/) with its map, loaded in an iframe as a reader
// would load it: with no setting it draws the boundaries shipped in @takar/indonesia/boundaries
// (served at /boundaries/kabkota.topo.json, with their credit line); with `?boundaries=<url>` it
// draws the example results on another file, as a ministry's own official one.
// Needs the CDN build and the example data (`npm test` builds them when missing).
import { expect } from '@open-wc/testing';
import { BOUNDARIES_URL } from './helpers.js';

type MapEl = HTMLElement & { updateComplete: Promise<unknown> };

async function until<T>(what: string, check: () => T | null | undefined, ms = 45000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the ministry page in a tall iframe (so the map is in view) and returns its map. */
async function openMinistry(
  query = '',
): Promise<{ map: MapEl; errors: string[]; done: () => void }> {
  for (const needed of [
    '/packages/elements/dist/cdn/takar.js',
    '/examples/data/smart-city-2024.json',
  ])
    if (!(await fetch(needed, { method: 'HEAD' })).ok)
      throw new Error(`${needed} is missing: run npm run build (npm test builds it when missing).`);
  const iframe = document.createElement('iframe');
  iframe.title = 'ministry page';
  iframe.width = '1000';
  iframe.height = '5000';
  iframe.src = `/examples/ministry/${query}`;
  document.body.append(iframe);
  const errors: string[] = [];
  const map = await until('the map element', () => {
    const doc = iframe.contentDocument;
    if (!doc || !doc.URL.includes('/examples/ministry/')) return null;
    const el = doc.querySelector<MapEl>('takar-map');
    if (el && !el.dataset.listening) {
      el.dataset.listening = 'yes';
      el.addEventListener('takar-error', (e) =>
        errors.push((e as CustomEvent<{ message: string }>).detail.message),
      );
    }
    return el?.shadowRoot ? el : null;
  });
  // Elements load when they come near the viewport (the test page's, which holds the iframe).
  map.scrollIntoView();
  return { map, errors, done: () => iframe.remove() };
}

describe('The ministry example page with a map', () => {
  it('draws the shipped boundaries with no setting, with their credit and no error', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const { map, errors, done } = await openMinistry();
    try {
      const paths = await until('the drawn map', () => {
        const p = map.shadowRoot!.querySelectorAll('svg.map path[data-unit]');
        return p.length > 0 ? p : null;
      });
      expect(paths.length).to.equal(514);
      expect(map.shadowRoot!.querySelector('[part="credit"]')?.textContent).to.contain('Cahya DSN');
      expect(map.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('draws the example results on boundaries given as ?boundaries=<url>', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const { map, errors, done } = await openMinistry(
      `?boundaries=${encodeURIComponent(BOUNDARIES_URL)}`,
    );
    try {
      const paths = await until('the drawn map', () => {
        const p = map.shadowRoot!.querySelectorAll('svg.map path[data-unit]');
        return p.length > 0 ? p : null;
      });
      expect(paths.length).to.equal(514);
      expect(map.shadowRoot!.querySelector('svg.map path.focus')).to.not.equal(null);
      // The GeoJSON carries no credit of its own.
      expect(map.shadowRoot!.querySelector('[part="credit"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      done();
    }
  });
});
