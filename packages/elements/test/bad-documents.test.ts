// Bad-input catalogue, elements: documents an element must refuse with a coded error that names
// the place, shown in the element (role="alert"), never a blank box; and spreadsheet-safe CSV.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/define/all.js';
import type { ResultsError } from '../src/controllers/results-controller.js';
import { toCsv } from '../src/common/csv.js';
import { makeResults } from './fixtures/make-results.js';
import { failOnConsole, nextEvent } from './helpers.js';

type Doc = ReturnType<typeof makeResults>;
const rows: { name: string; change: (d: Doc) => unknown; place: RegExp }[] = [
  {
    name: 'a unit listed twice',
    change: (d) => ({
      ...d,
      units: { ...d.units, codes: [...d.units.codes, '32.73'], names: [...d.units.names, 'Lagi'] },
      columns: d.columns.map((c) => ({
        ...c,
        scores: [...c.scores, c.scores[0]],
        ...(c.ranks ? { ranks: [...c.ranks, c.ranks[0]] } : {}),
        ...(c.bands ? { bands: [...c.bands, c.bands[0]] } : {}),
        ...(c.coverage ? { coverage: [...c.coverage, c.coverage[0]] } : {}),
        ...(c.raw ? { raw: [...c.raw, c.raw[0]] } : {}),
      })),
    }),
    place: /units\.codes\.5: Unit "32\.73" is listed twice \(entries 0 and 5\)/,
  },
  {
    name: 'a newer format version',
    change: (d) => ({ ...d, formatVersion: 3 }),
    place: /formatVersion: The results document has formatVersion 3, newer than 2/,
  },
  {
    name: 'a column shorter than the units',
    change: (d) => ({
      ...d,
      columns: d.columns.map((c, i) => (i === 0 ? { ...c, scores: c.scores.slice(1) } : c)),
    }),
    place: /columns\.0\.scores: Has 4 entries but the document has 5 units/,
  },
];
const tags: [string, Record<string, string>][] = [
  ['takar-ranking', { region: '32.73' }],
  ['takar-profile', { region: '32.73' }],
  ['takar-compare', { regions: '32.73,33.74' }],
  ['takar-awards', {}],
  ['takar-distribution', { region: '32.73' }],
];

describe('bad-input catalogue: elements', () => {
  failOnConsole();
  afterEach(() => fixtureCleanup());
  for (const [tag, attrs] of tags)
    for (const row of rows)
      it(`<${tag}> refuses ${row.name}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as HTMLElement & { data: unknown };
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        el.data = row.change(makeResults());
        const error = nextEvent<ResultsError>(wrapper, 'takar-error');
        wrapper.append(el);
        const detail = (await error).detail;
        expect(detail.code).to.equal('results/invalid-document');
        const text = (detail.issues ?? [])
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('\n');
        expect(text).to.match(row.place);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      });

  it('CSV export neutralises formula cells, not numbers', () => {
    const csv = toCsv({
      header: ['unit', 'x'],
      rows: [
        ['=HYPERLINK("x")', -1],
        ['\tcmd', '-2.5'],
        ['@a', '+SUM(1)'],
      ],
    });
    expect(csv).to.equal(
      '\uFEFFunit,x\r\n"\'=HYPERLINK(""x"")",-1\r\n\'\tcmd,-2.5\r\n\'@a,\'+SUM(1)\r\n',
    );
  });
});
