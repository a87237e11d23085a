// The React 19 and Vue 3 example pages (examples/react/, examples/vue/) loaded as a reader would
// load them, in a same-origin iframe: their strict Content-Security-Policy (a <meta> tag) applies,
// the elements come from the CDN build, the app bundles from examples/*/dist/. Checks that the
// elements render from the `data` property the app sets, that `takar-select` from the ranking
// table reaches the app's handler, and that the app's language switch reaches the elements.
// Needs `npm run build` (CDN build, example data, app bundles); fails with that advice without it.
import { expect } from '@open-wc/testing';

type TakarEl = HTMLElement & { data?: unknown; region?: string; lang: string };

interface Loaded {
  iframe: HTMLIFrameElement;
  doc: Document;
  violations: string[];
  errors: string[];
  /** Elements that have sent `takar-rendered`. */
  rendered: Set<EventTarget>;
}

const NEEDED = [
  '/packages/elements/dist/cdn/takar.js',
  '/examples/data/smart-city-2024.json',
  '/examples/react/dist/app.js',
  '/examples/vue/dist/app.js',
];

/** Polls `check` every frame (`eager`: every task) until it returns a value, or throws after `ms`. */
async function until<T>(
  what: string,
  check: () => T | null | undefined,
  ms = 8000,
  eager = false,
): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => (eager ? setTimeout(r, 0) : requestAnimationFrame(r)));
  }
}

/**
 * Opens a page in an iframe and listens to it from the moment its document exists (before its
 * module scripts, which wait for the app bundle to download, run): CSP violations, errors, console
 * errors and warnings, `takar-error` and `takar-rendered` events.
 */
async function open(path: string): Promise<Loaded> {
  const iframe = document.createElement('iframe');
  iframe.title = path;
  iframe.width = '900';
  iframe.height = '500';
  iframe.src = path;
  document.body.append(iframe);
  const doc = await until(
    path,
    () => {
      const d = iframe.contentDocument;
      return d && new URL(d.URL).pathname === path ? d : null;
    },
    8000,
    true,
  );
  const win = doc.defaultView as Window & typeof globalThis;
  const violations: string[] = [];
  const errors: string[] = [];
  const rendered = new Set<EventTarget>();
  win.addEventListener('takar-rendered', (e) => rendered.add(e.target!));
  win.addEventListener('takar-error', (e) =>
    errors.push(`takar-error: ${(e as CustomEvent<{ message: string }>).detail.message}`),
  );
  win.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  win.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) => errors.push(`rejection: ${String(e.reason)}`));
  for (const method of ['error', 'warn'] as const) {
    const original = win.console[method].bind(win.console);
    win.console[method] = (...args: unknown[]) => {
      errors.push(`console.${method}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  return { iframe, doc, violations, errors, rendered };
}

describe('the React 19 and Vue 3 example pages', () => {
  before(async () => {
    const missing: string[] = [];
    for (const path of NEEDED) if (!(await fetch(path, { method: 'HEAD' })).ok) missing.push(path);
    if (missing.length > 0)
      throw new Error(
        `Missing ${missing.join(', ')}: run \`npm run build\` first (the app bundles alone: \`node scripts/build-example-apps.mjs\`).`,
      );
  });

  for (const app of ['react', 'vue']) {
    it(`${app}: renders from the data property, handles takar-select, switches the language`, async function (this: {
      timeout(ms: number): void;
    }) {
      this.timeout(20000);
      const { iframe, doc, violations, errors, rendered } = await open(`/examples/${app}/`);
      try {
        const profile = await until('<takar-profile>', () =>
          doc.querySelector<TakarEl>('takar-profile'),
        );
        const ranking = doc.querySelector<TakarEl>('takar-ranking')!;
        // Charts draw when in view: scroll each element into the iframe's view in turn.
        profile.scrollIntoView();
        await until('<takar-profile> rendered', () => rendered.has(profile) || errors.length > 0);
        ranking.scrollIntoView();
        await until('<takar-ranking> rendered', () => rendered.has(ranking) || errors.length > 0);
        expect(errors).to.deep.equal([]);

        // The app passed the document as the `data` property: no src, no data attribute.
        for (const el of [profile, ranking]) {
          expect(
            (el.data as { units?: { codes?: unknown[] } } | undefined)?.units?.codes?.length,
            el.localName,
          ).to.equal(191);
          expect(el.hasAttribute('src'), `${el.localName} src`).to.equal(false);
          expect(el.hasAttribute('data'), `${el.localName} data attribute`).to.equal(false);
        }
        expect(profile.region).to.equal('32.73');
        expect(profile.shadowRoot!.textContent).to.include('Kota Bandung');

        // A region chosen in the ranking table reaches the app's takar-select handler, which
        // sets its <select> and the profile's region, and names the region.
        const button =
          ranking.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button.link')[2]!;
        const name = button.textContent!.trim();
        const select = doc.querySelector<HTMLSelectElement>('select[name="region"]')!;
        const unit = [...select.options].find((o) => o.textContent === name)!.value;
        expect(unit).to.not.equal('32.73');
        button.click();
        await until('the app to handle takar-select', () => select.value === unit);
        expect(doc.querySelector('p.status')!.textContent).to.include(name);
        await until('the profile to follow', () => profile.region === unit);

        // The app's language switch sets `lang` on both elements.
        const lang = doc.querySelector<HTMLSelectElement>('select[name="lang"]')!;
        lang.value = 'en';
        lang.dispatchEvent(new Event('change', { bubbles: true }));
        await until('lang="en"', () => profile.lang === 'en' && ranking.lang === 'en');
        await until('English texts', () => ranking.shadowRoot!.textContent!.includes('Bar chart'));

        await new Promise((r) => setTimeout(r, 100)); // violations are reported asynchronously
        expect(violations).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      } finally {
        iframe.remove();
      }
    });
  }

  it('would notice a CSP violation (control: an inline style attribute)', async () => {
    const { iframe, doc, violations } = await open('/examples/vue/');
    try {
      const app = await until('the app', () => doc.querySelector('takar-ranking'));
      app.setAttribute('style', 'color: red');
      await until('a violation', () => violations.length > 0);
      expect(violations[0]).to.match(/^style-src/);
    } finally {
      iframe.remove();
    }
  });
});
