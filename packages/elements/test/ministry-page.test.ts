// The ministry example page (examples/ministry/) with its map, loaded in an iframe as a reader
// would load it: without boundaries the map explains how to provide them (no error); with
// `?boundaries=<url>` it draws every region of the example results on the 514-region boundaries.
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
  it('explains how to provide boundaries when none are configured, without an error', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const { map, errors, done } = await openMinistry();
    try {
      const note = await until('the how-to note', () =>
        map.shadowRoot!.querySelector('[part="note"]')?.textContent?.includes('atribut boundaries')
          ? map.shadowRoot!.querySelector('[part="note"]')
          : null,
      );
      expect(note.getAttribute('role')).to.equal('note');
      // The page probes for boundaries (HEAD): wait for that answer, then check nothing failed.
      await new Promise((r) => setTimeout(r, 500));
      expect(map.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(map.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(100);
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
      expect(errors).to.deep.equal([]);
    } finally {
      done();
    }
  });
});
