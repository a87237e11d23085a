// The iframe embed: the frame page posts its height and the host resizer from the published
// snippet fits the iframe to it; the frame refuses documents from anywhere but its own site;
// the frame passes every attribute the elements document.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { iframeSnippet } from '../src/frame/snippet.js';
import { FRAME_ATTRIBUTES, isSameSitePath } from '../src/frame/frame-attributes.js';
import { failOnConsole } from './helpers.js';

const FRAME = new URL('./frame/frame.html', import.meta.url).href;
const RESIZER = new URL('../src/frame/resize.ts', import.meta.url).href;

async function until<T>(
  what: string,
  check: () => T | undefined | null | false,
  ms = 15000,
  state: () => string = () => '',
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what} ${state()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Mounts the published iframe snippet (iframe + resizer script) for a frame query. */
async function mountSnippet(query: string): Promise<HTMLIFrameElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const snippet = iframeSnippet({
    frameUrl: `${FRAME}?${query}`,
    resizerUrl: RESIZER,
    title: 'Peringkat',
  });
  // A contextual fragment runs the snippet's script, as a CMS page would.
  wrapper.append(document.createRange().createContextualFragment(snippet));
  return wrapper.querySelector('iframe')!;
}

const contentHeight = (iframe: HTMLIFrameElement) =>
  Math.ceil(iframe.contentDocument!.body.getBoundingClientRect().height);

describe('iframe embed', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('the iframe height follows its content, from a host page using the published snippet', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(90000);
    const iframe = await mountSnippet('element=takar-ranking&page-size=2');
    expect(iframe.getAttribute('height')).to.equal('720');
    const el = await until('the ranking in the frame', () =>
      iframe.contentDocument?.querySelector('takar-ranking')?.shadowRoot?.querySelector('tbody tr')
        ? (iframe.contentDocument.querySelector('takar-ranking') as HTMLElement & {
            pageSize: number;
            updateComplete: Promise<unknown>;
          })
        : undefined,
    );
    await el.updateComplete;
    // Fits its content (not the 720 px it started with), to the pixel.
    await until(
      'the iframe to fit',
      () => Math.abs(iframe.clientHeight - contentHeight(iframe)) <= 1,
    );
    const small = iframe.clientHeight;
    expect(small).to.not.equal(720);
    // More rows: the iframe grows with them.
    el.pageSize = 5;
    await until('the iframe to grow', () => iframe.clientHeight > small + 50);
    await until(
      'the iframe to fit again',
      () => Math.abs(iframe.clientHeight - contentHeight(iframe)) <= 1,
    );
    const large = iframe.clientHeight;
    // The table hidden: it shrinks again.
    el.setAttribute('hide-table', '');
    await until(
      'the iframe to shrink',
      () => iframe.clientHeight < large - 50,
      15000,
      () => `iframe ${iframe.clientHeight}, content ${contentHeight(iframe)}, large ${large}`,
    );
    // The resizer follows the content's last change, which may land a frame after the shrink.
    await until(
      'the iframe to fit after shrinking',
      () => Math.abs(iframe.clientHeight - contentHeight(iframe)) <= 1,
      15000,
      () => `iframe ${iframe.clientHeight}, content ${contentHeight(iframe)}`,
    );
    expect(iframe.clientHeight).to.be.below(large - 50);
  });

  it('frame.html?src=<another origin> is refused, says so and fetches nothing', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    for (const query of [
      'element=takar-ranking&src=https://example.org/evil.json',
      'element=takar-ranking&src=//example.org/evil.json',
      'element=takar-trend&srcs=../fixtures/ranking.json%20https://example.org/evil.json',
    ]) {
      const iframe = await mountSnippet(query);
      const alert = await until('the refusal', () =>
        iframe.contentDocument?.querySelector('[role="alert"]'),
      );
      expect(alert.textContent).to.contain('Alamat data ditolak');
      expect(iframe.contentDocument!.querySelector('takar-ranking, takar-trend')).to.equal(null);
      const fetched = iframe
        .contentWindow!.performance.getEntriesByType('resource')
        .map((e) => e.name);
      expect(fetched.some((u) => u.includes('example.org'))).to.equal(false, fetched.join(' '));
      fixtureCleanup();
    }
  });

  it('accepts only relative paths on its own site', () => {
    const base = 'https://contoh.go.id/takar/frame.html';
    expect(isSameSitePath('data/results.json', base)).to.equal(true);
    expect(isSameSitePath('../data/2024.json', base)).to.equal(true);
    expect(isSameSitePath('/takar/data/results.json', base)).to.equal(true);
    for (const bad of [
      'https://evil.example/x.json',
      '//evil.example/x.json',
      '\\\\evil.example/x.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      '',
    ])
      expect(isSameSitePath(bad, base), bad).to.equal(false);
  });

  it('passes every attribute the elements document', async () => {
    const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const documented = new Set(
      manifest.modules.flatMap((m) =>
        (m.declarations ?? [])
          .filter((d) => d.tagName?.startsWith('takar-'))
          .flatMap((d) => (d.attributes ?? []).map((a) => a.name)),
      ),
    );
    expect(documented.size).to.be.greaterThan(10);
    const missing = [...documented].filter(
      (a) => !(FRAME_ATTRIBUTES as readonly string[]).includes(a),
    );
    expect(missing).to.deep.equal([]);
  });
});
