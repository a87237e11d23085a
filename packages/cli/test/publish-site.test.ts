// `takar publish` writes what `buildSite` (@takar/elements/site) makes, byte for byte: the same
// function makes the studio's "Terbitkan situs" zip, so a folder from the CLI and a zip from the
// studio hold the same site for the same documents.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { score, type ResultsDocument } from '@takar/core';
import { main } from '@takar/cli';
import { buildSite, type SiteFile } from '@takar/elements/site';
import { fakeBundle } from './helpers/fake-bundle.js';

const framework = {
  id: 'mini',
  version: '1',
  label: { id: 'Indeks Mini', en: 'Mini Index' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks', en: 'Index' } },
    { code: 'gov', parent: 'idx', type: 'indicator', label: { id: 'Tata Kelola' }, scale: [1, 4] },
    { code: 'eco', parent: 'idx', type: 'indicator', label: { id: 'Ekonomi' }, scale: [1, 4] },
  ],
  pipeline: { normalise: { method: 'none' } },
};

/** A small synthetic document (illustrative values, not official results). */
function results(year: number, shift: number): ResultsDocument {
  const regions: [string, string, number, number][] = [
    ['32.73', 'Kota Bandung', 3.9, 3.4],
    ['33.74', 'Kota Semarang', 3.5, 3.6],
    ['33.21', '=HYPERLINK("x") <b>Demak</b>', 2.1, 2.4],
  ];
  return score(
    framework,
    {
      units: regions.map(([code, name]) => ({ code, name, groups: { type: 'kota' } })),
      values: regions.flatMap(([unit, , gov, eco]) => [
        { unit, indicator: 'gov', value: gov - shift, year },
        { unit, indicator: 'eco', value: eco + shift, year },
      ]),
      source: { synthetic: true, note: 'illustrative' },
    },
    { title: `Indeks Mini ${year}`, year },
  );
}

const root = mkdtempSync(join(tmpdir(), 'takar-publish-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bundleDir = fakeBundle(root);
/** The fake bundle as buildSite takes it (maps left out, as publish leaves them out). */
const bundle: SiteFile[] = [
  'takar.js',
  'takar-frame.js',
  'takar.css',
  'takar-resize.js',
  'chunks/vega-x.js',
].map((path) => ({ path, content: readFileSync(join(bundleDir, path)) }));
const boundariesPath = fileURLToPath(
  new URL('../../indonesia/boundaries/kabkota-2025.topo.json', import.meta.url),
);

function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? filesIn(p).map((f) => `${n}/${f}`) : [n];
    })
    .sort();
}

/** Every file `takar publish` wrote equals buildSite's, and nothing else was written. */
function expectSame(out: string, files: readonly SiteFile[]) {
  const written = filesIn(out).filter((f) => f !== '.takar-publish');
  expect(written).toEqual(files.map((f) => f.path).sort());
  const bytes = (c: string | Uint8Array) =>
    Buffer.from(typeof c === 'string' ? new TextEncoder().encode(c) : c);
  for (const f of files)
    expect(readFileSync(join(out, f.path)).equals(bytes(f.content)), f.path).toBe(true);
}

describe('takar publish writes what buildSite makes', () => {
  it('for one document, with a CDN, boundaries from a file and indented JSON', async () => {
    const r = results(2024, 0);
    writeFileSync(join(root, 'r2024.json'), JSON.stringify(r));
    const out = join(root, 'one');
    const code = await main(
      [
        'publish',
        '--results',
        'r2024.json',
        '--out',
        'one',
        '--bundle',
        'bundle',
        '--pretty',
        '--cdn',
        'https://cdn.example.go.id/takar',
        '--boundaries',
        boundariesPath,
      ],
      { cwd: root, stdout: () => {}, stderr: () => {} },
    );
    expect(code).toBe(0);
    const site = buildSite({
      years: [{ results: JSON.parse(readFileSync(join(root, 'r2024.json'), 'utf8')) }],
      bundle,
      pretty: true,
      cdn: 'https://cdn.example.go.id/takar',
      boundaries: { file: boundariesPath, text: readFileSync(boundariesPath, 'utf8') },
    });
    expect(site.files.map((f) => f.path)).toContain('data/boundaries.topojson');
    expect(site.map?.drawn).toBe(3);
    expectSame(out, site.files);
  });

  it('for a series kept as given, years in any order', async () => {
    const a = results(2023, 0.2);
    const b = results(2024, 0);
    writeFileSync(join(root, 's2023.json'), JSON.stringify(a));
    writeFileSync(join(root, 's2024.json'), JSON.stringify(b));
    const code = await main(
      [
        'publish',
        '--results',
        's2024.json,s2023.json',
        '--normalise-across',
        'none',
        '--out',
        'series',
        '--bundle',
        'bundle',
      ],
      { cwd: root, stdout: () => {}, stderr: () => {} },
    );
    expect(code).toBe(0);
    const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8')) as ResultsDocument;
    const site = buildSite({
      years: [{ results: read('s2024.json') }, { results: read('s2023.json') }],
      bundle,
    });
    expect(site.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'data/results-2023.json',
        'data/results-2024.json',
        'data/index.json',
      ]),
    );
    expectSame(join(root, 'series'), site.files);
  });

  it('notices a difference (a changed option is not the same site)', async () => {
    const site = buildSite({ years: [{ results: results(2024, 0) }], bundle });
    // The folder of the first case was published with --pretty, --cdn and a map.
    expect(() => expectSame(join(root, 'one'), site.files)).toThrow();
  });
});
