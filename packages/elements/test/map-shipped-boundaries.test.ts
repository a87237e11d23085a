// <takar-map> on the boundaries that @takar/indonesia/boundaries ships (TopoJSON, shared arcs,
// quantised): every region of the registry drawn, keyed by code, with the file's credit line.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { regions as registryRegions } from '@takar/indonesia';
import '../src/define/map.js';
import type { TakarMap } from '../src/map/map.js';
import { failOnConsole, nextEvent, SHIPPED_BOUNDARIES_URL } from './helpers.js';

const EXAMPLE_URL = '/examples/data/smart-city-2024.json';

async function mount(lang: 'id' | 'en'): Promise<TakarMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement('takar-map');
  el.setAttribute('src', EXAMPLE_URL);
  el.setAttribute('boundaries', SHIPPED_BOUNDARIES_URL);
  el.setAttribute('lang', lang);
  const done = nextEvent(wrapper, 'takar-rendered', 30000);
  wrapper.append(el);
  await done;
  await el.updateComplete;
  return el;
}

describe('<takar-map> with the shipped boundaries', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());

  it('draws all 514 registry regions from the shipped TopoJSON', async () => {
    const el = await mount('id');
    const drawn = [
      ...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg.map path[data-unit]'),
    ].map((p) => p.dataset.unit);
    expect(drawn.length).to.equal(514);
    expect([...new Set(drawn)].sort()).to.deep.equal(
      registryRegions()
        .map((r) => r.code)
        .sort(),
    );
    for (const p of el.shadowRoot!.querySelectorAll<SVGPathElement>('svg.map path[data-unit]'))
      expect(p.getAttribute('d')!.length, p.dataset.unit).to.be.greaterThan(4);
  });

  it('shows the credit line the file carries, in the element language', async () => {
    const id = await mount('id');
    const credit = id.shadowRoot!.querySelector('[part="credit"]');
    expect(credit?.textContent).to.equal(
      'Batas wilayah: Copyright (c) 2024 Cahya DSN (MIT, cahyadsn/wilayah_boundaries, https://github.com/cahyadsn/wilayah_boundaries)',
    );
    fixtureCleanup();
    const en = await mount('en');
    expect(en.shadowRoot!.querySelector('[part="credit"]')?.textContent).to.match(
      /^Boundaries: Copyright \(c\) 2024 Cahya DSN \(MIT, /,
    );
  });
});
