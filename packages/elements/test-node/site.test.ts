// buildSite (@takar/elements/site) is what takar publish writes and what the studio zips: it
// must bundle for a browser without the file system or zod, and refuse bad input with every
// problem at once. (That takar publish writes exactly its files: packages/cli/test/publish-site.test.ts.)
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { TakarError, score, type ResultsDocument } from '@takar/core';
import { buildSite, type SiteFile } from '../src/site/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const framework = {
  id: 'mini',
  version: '1',
  label: { id: 'Indeks Mini', en: 'Mini Index' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks', en: 'Index' } },
    { code: 'gov', parent: 'idx', type: 'indicator', label: { id: 'Tata Kelola' }, scale: [1, 4] },
  ],
  pipeline: { normalise: { method: 'none' } },
};
/** Synthetic (illustrative) values. */
const doc = (year: number, id = 'mini'): ResultsDocument =>
  score(
    { ...framework, id },
    {
      units: [
        { code: 'a', name: 'A' },
        { code: 'b', name: 'B' },
      ],
      values: [
        { unit: 'a', indicator: 'gov', value: 3, year },
        { unit: 'b', indicator: 'gov', value: 2, year },
      ],
    },
    { year },
  );
const bundle: SiteFile[] = ['takar.js', 'takar.css', 'takar-frame.js', 'takar-resize.js'].map(
  (path) => ({ path, content: new Uint8Array([1, 2, 3]) }),
);

describe('buildSite', () => {
  it('bundles for the browser with no node: module and no zod', async () => {
    const out = await build({
      absWorkingDir: root,
      stdin: {
        contents: "export { buildSite } from '@takar/elements/site';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['source', 'browser'],
      mainFields: ['browser', 'module', 'main'],
      metafile: true,
      logLevel: 'silent',
      tsconfig: `${root}tsconfig.json`,
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((f) => f.includes('src/site/build-site.ts'))).toBe(true);
    expect(inputs.filter((f) => f.startsWith('node:') || /node_modules\/zod\//.test(f))).toEqual(
      [],
    );
  });

  it('makes the files in the order takar publish writes them, the bundle under takar/', () => {
    const { files, map } = buildSite({ years: [{ results: doc(2024) }], bundle });
    const paths = files.map((f) => f.path);
    expect(paths.slice(0, 6)).toEqual([
      'data/results.json',
      'data/regions/a.json',
      'data/regions/b.json',
      'data/index.json',
      'data/ranking.csv',
      'data/scores.csv',
    ]);
    expect(paths).toContain('takar/takar-resize.js');
    expect(paths.slice(6, 12)).toEqual([
      'takar/takar.js',
      'takar/takar.css',
      'takar/takar-frame.js',
      'takar/takar-resize.js',
      'takar-site.css',
      'index.html',
    ]);
    expect(paths.slice(-3)).toEqual(['snippets/iframe.html', 'embed.html', 'frame.html']);
    expect(files.find((f) => f.path === 'takar/takar.js')?.content).toEqual(
      new Uint8Array([1, 2, 3]),
    );
    expect(map).toBeUndefined();
  });

  it('refuses two documents of one year, two frameworks and a bundle without its files, all at once', () => {
    let caught: unknown;
    try {
      buildSite({
        years: [
          { results: doc(2024), from: 'x.json' },
          { results: doc(2024, 'other'), from: 'y.json' },
        ],
        bundle: bundle.filter((f) => f.path !== 'takar-frame.js'),
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TakarError);
    const issues = (caught as TakarError).issues;
    expect(issues.map((i) => i.code)).toEqual([
      'results/invalid',
      'results/invalid',
      'io/not-found',
    ]);
    expect(issues[0]?.message).toContain('x.json and y.json are both for 2024');
    expect(issues[1]?.message).toContain('a series publishes one framework');
    expect(issues[2]?.path).toEqual(['bundle', 'takar-frame.js']);
  });

  it('says where a boundaries file is wrong', () => {
    expect(() =>
      buildSite({
        years: [{ results: doc(2024) }],
        bundle,
        boundaries: { file: 'peta.geojson', text: '{' },
      }),
    ).toThrow(/peta\.geojson is not JSON/);
  });
});
