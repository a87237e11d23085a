import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { score } from '@takar/core';
import { main } from '@takar/cli';
import { publish } from '../src/commands/publish.js';
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

function results() {
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
        { unit, indicator: 'gov', value: gov },
        { unit, indicator: 'eco', value: eco },
      ]),
    },
    { title: 'Indeks Mini 2024' },
  );
}

describe('publish a format-1 document (Takar 0.1)', () => {
  it('publishes it migrated to format 2, with region documents', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-v1-'));
    try {
      const out = join(root, 'site');
      const v1 = fileURLToPath(
        new URL('../../core/test/fixtures/results-format-1.json', import.meta.url),
      );
      const { files } = await publish({ results: v1, out, bundleDir: fakeBundle(root) });
      const written = JSON.parse(readFileSync(join(out, 'data/results.json'), 'utf8'));
      expect(written.formatVersion).toBe(2);
      expect(written.units.codes).toHaveLength(10);
      expect(files.filter((f) => f.startsWith('data/regions/'))).toHaveLength(10);
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      expect(index).toContain('<takar-ranking src="data/results.json">');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('publish', () => {
  it('writes a self-contained folder: results, CSVs, bundle, pages and snippets', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      const out = join(root, 'site');
      const { files } = await publish({ results: results(), out, bundleDir: fakeBundle(root) });
      expect(files).toEqual([
        'data/index.json',
        'data/ranking.csv',
        'data/regions/32.73.json',
        'data/regions/33.21.json',
        'data/regions/33.74.json',
        'data/results.json',
        'data/scores.csv',
        'embed.html',
        'frame.html',
        'index.html',
        'snippets/iframe.html',
        'snippets/takar-awards.html',
        'snippets/takar-compare.html',
        'snippets/takar-distribution.html',
        'snippets/takar-profile.html',
        'snippets/takar-ranking.html',
        'snippets/takar-trend.html',
        'takar-site.css',
        'takar/chunks/vega-x.js',
        'takar/takar-frame.js',
        'takar/takar-resize.js',
        'takar/takar.css',
        'takar/takar.js',
      ]);
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      for (const tag of ['ranking', 'profile', 'compare', 'trend', 'awards', 'distribution'])
        expect(index).toContain(`<takar-${tag} `);
      expect(index).toContain(
        '<takar-profile src="data/regions/32.73.json" region="32.73" peers="type">',
      );
      // One region's elements read that region's small document.
      expect(index).toContain('<takar-trend src="data/regions/32.73.json" region="32.73">');
      const region = JSON.parse(readFileSync(join(out, 'data/regions/32.73.json'), 'utf8'));
      expect(region).toMatchObject({ format: 'takar-region', formatVersion: 1 });
      expect(JSON.parse(readFileSync(join(out, 'data/index.json'), 'utf8'))).toMatchObject({
        format: 'takar-publication',
        latest: 'data/results.json',
        regions: 'data/regions/{code}.json',
      });
      // No inline script or style: the pages work under script-src 'self'; style-src 'self'.
      expect(index).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(index).not.toMatch(/<style|style="/);
      const ranking = readFileSync(join(out, 'data/ranking.csv'), 'utf8');
      expect(ranking.split('\r\n').slice(0, 2)).toEqual([
        '\uFEFFrank,unit,name,type,score,band',
        '1,32.73,Kota Bandung,kota,3.65,',
      ]);
      // A name that a spreadsheet would run as a formula is defused.
      expect(ranking).toContain(`"'=HYPERLINK(""x"") <b>Demak</b>"`);
      const embed = readFileSync(join(out, 'embed.html'), 'utf8');
      expect(embed).toContain(
        '&lt;takar-ranking src=&quot;https://YOUR-SITE/data/results.json&quot;',
      );
      expect(embed).toContain('&lt;iframe');
      // Every page sets a CSP meta tag: data from the site itself only.
      for (const name of ['index.html', 'embed.html', 'frame.html'])
        expect(readFileSync(join(out, name), 'utf8')).toContain(
          `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'" />`,
        );
      // The iframe snippet carries the host resizer, so the iframe follows its content's height.
      expect(readFileSync(join(out, 'snippets/iframe.html'), 'utf8')).toBe(
        '<iframe data-takar-frame title="Indeks Mini 2024" width="100%" height="720" loading="lazy" src="https://YOUR-SITE/frame.html?element=takar-ranking"></iframe>\n' +
          '<script type="module" src="https://YOUR-SITE/takar/takar-resize.js"></script>\n',
      );
      const frame = readFileSync(join(out, 'frame.html'), 'utf8');
      expect(frame).toContain(
        '<main data-src="data/results.json" data-regions="data/regions/"></main>',
      );
      expect(frame).toContain('<script type="module" src="takar/takar-frame.js"></script>');
      expect(frame).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(
        JSON.parse(readFileSync(join(out, 'data/results.json'), 'utf8')).units.codes,
      ).toHaveLength(3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('points snippets at a CDN when given one, and reads results from a file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      const file = join(root, 'results.json');
      writeFileSync(file, JSON.stringify(results()));
      const out = join(root, 'site');
      await publish({
        results: file,
        out,
        cdn: 'https://cdn.example.go.id/takar',
        bundleDir: fakeBundle(root),
      });
      expect(readFileSync(join(out, 'snippets/takar-ranking.html'), 'utf8')).toBe(
        '<script type="module" src="https://cdn.example.go.id/takar/takar.js"></script>\n' +
          '<takar-ranking src="https://YOUR-SITE/data/results.json"></takar-ranking>\n',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says what to do when the results are invalid or the bundle is missing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      await expect(
        publish({ results: { format: 'x' } as never, out: root, bundleDir: root }),
      ).rejects.toMatchObject({ code: 'results/invalid', path: ['results', 'format'] });
      const missing = await publish({
        results: results(),
        out: root,
        bundleDir: join(root, 'none'),
      }).catch((e: unknown) => e);
      expect(missing).toMatchObject({ code: 'io/not-found', path: ['bundleDir'] });
      expect(String(missing)).toMatch(/bundle is missing .*none\/takar\.js.*npm run build/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs as `takar publish` and reports errors with a code on stderr', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      const file = join(root, 'results.json');
      writeFileSync(file, JSON.stringify(results()));
      const out: string[] = [];
      const err: string[] = [];
      const io = {
        stdout: (s: string) => void out.push(s),
        stderr: (s: string) => void err.push(s),
      };
      const site = join(root, 'site');
      const ok = await main(
        ['publish', '--results', file, '--out', site, '--bundle', fakeBundle(root)],
        io,
      );
      expect(ok).toBe(0);
      expect(err.join('')).toMatch(/menulis \d+ berkas/);
      expect(JSON.parse(readFileSync(join(site, 'data', 'results.json'), 'utf8')).format).toBe(
        'takar-results',
      );
      writeFileSync(join(root, 'broken.json'), '{ not json');
      err.length = 0;
      const bad = await main(
        ['publish', '--results', join(root, 'broken.json'), '--out', site],
        io,
      );
      expect(bad).toBe(1);
      expect(err.join('')).toMatch(
        /^error results\/invalid at results: Dokumen hasil tidak sesuai skema\. — .*not JSON/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('publishes a map on a boundaries file, checked and copied, and says how the codes match', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      // Squares for two of the three regions, and one for a region not in the results.
      const square = (code: string, x: number) => ({
        type: 'Feature',
        properties: { kode: code },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, -7],
              [x + 0.5, -7],
              [x + 0.5, -6.5],
              [x, -6.5],
              [x, -7],
            ],
          ],
        },
      });
      const file = join(root, 'kab.geojson');
      const geojson = {
        type: 'FeatureCollection',
        features: [square('32.73', 107), square('33.74', 110), square('35.78', 112)],
      };
      writeFileSync(file, JSON.stringify(geojson));
      const out = join(root, 'site');
      const summary = await publish({
        results: results(),
        out,
        bundleDir: fakeBundle(root),
        boundaries: file,
        boundaryKey: 'kode',
      });
      expect(summary.map).toEqual({ drawn: 2, missingBoundaries: ['33.21'], withoutResults: 1 });
      expect(summary.files).toContain('data/boundaries.geojson');
      expect(summary.files).toContain('snippets/takar-map.html');
      expect(JSON.parse(readFileSync(join(out, 'data/boundaries.geojson'), 'utf8'))).toEqual(
        geojson,
      );
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      expect(index).toContain(
        '<takar-map src="data/results.json" boundaries="data/boundaries.geojson" boundary-key="kode" region="32.73">',
      );
      expect(readFileSync(join(out, 'snippets/takar-map.html'), 'utf8')).toContain(
        'boundaries="https://YOUR-SITE/data/boundaries.geojson"',
      );
      expect(readFileSync(join(out, 'frame.html'), 'utf8')).toContain(
        '<main data-src="data/results.json" data-regions="data/regions/" data-boundaries="data/boundaries.geojson" data-boundary-key="kode"></main>',
      );

      // A URL is used as it is; without boundaries there is no map.
      const byUrl = await publish({
        results: results(),
        out: join(root, 'site2'),
        bundleDir: fakeBundle(root),
        boundaries: 'https://geo.example.go.id/kabkota.topojson',
      });
      expect(byUrl.map).toBeUndefined();
      expect(readFileSync(join(root, 'site2', 'snippets/takar-map.html'), 'utf8')).toContain(
        'boundaries="https://geo.example.go.id/kabkota.topojson"',
      );
      // Boundaries elsewhere: the pages may fetch from that origin too, and only from it.
      expect(readFileSync(join(root, 'site2', 'index.html'), 'utf8')).toContain(
        "connect-src 'self' https://geo.example.go.id;",
      );
      const none = await publish({
        results: results(),
        out: join(root, 'site3'),
        bundleDir: fakeBundle(root),
      });
      expect(none.files.some((f) => f.includes('map'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('rejects boundaries that are not polygons keyed by code, with every problem and its place', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      const file = join(root, 'bad.geojson');
      writeFileSync(
        file,
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: { code: 3273 }, geometry: null },
            { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } },
          ],
        }),
      );
      const error = await publish({
        results: results(),
        out: join(root, 'site'),
        bundleDir: fakeBundle(root),
        boundaries: file,
      }).catch((e: unknown) => e);
      // Each problem keeps its own code from the one catalogue, and an array path.
      const issues = (error as { issues: { code: string; path: (string | number)[] }[] }).issues;
      expect(issues.length).toBeGreaterThanOrEqual(3);
      expect(issues.every((i) => i.code.startsWith('boundaries/'))).toBe(true);
      expect(issues.map((i) => i.path)).toContainEqual([
        'boundaries',
        'features',
        0,
        'properties',
        'code',
      ]);
      expect(
        (error as { issues: { message: string }[] }).issues.some((i) =>
          /3471|string/.test(i.message),
        ),
      ).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints how the results match the boundaries from `takar publish --boundaries`', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      const file = join(root, 'results.json');
      writeFileSync(file, JSON.stringify(results()));
      const geo = join(root, 'kab.geojson');
      writeFileSync(
        geo,
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { code: '32.73' },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [107, -7],
                    [107.5, -7],
                    [107.5, -6.5],
                    [107, -7],
                  ],
                ],
              },
            },
          ],
        }),
      );
      const err: string[] = [];
      const io = { stdout: () => undefined, stderr: (s: string) => void err.push(s) };
      const code = await main(
        [
          'publish',
          '--results',
          file,
          '--out',
          join(root, 'site'),
          '--bundle',
          fakeBundle(root),
          '--boundaries',
          geo,
        ],
        io,
      );
      expect(code).toBe(0);
      expect(err.join('')).toContain('peta: 1 dari 3 wilayah punya batas; 0 batas tanpa hasil');
      expect(err.join('')).toContain('tidak digambar (tanpa batas): 33.74, 33.21');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('publishes the shipped boundaries with `--boundaries indonesia`, credit and all', async () => {
    const root = mkdtempSync(join(tmpdir(), 'takar-publish-'));
    try {
      const file = join(root, 'results.json');
      writeFileSync(file, JSON.stringify(results()));
      const err: string[] = [];
      const io = { stdout: () => undefined, stderr: (s: string) => void err.push(s) };
      const site = join(root, 'site');
      const code = await main(
        [
          'publish',
          '--results',
          file,
          '--out',
          site,
          '--bundle',
          fakeBundle(root),
          '--boundaries',
          'indonesia',
        ],
        io,
      );
      expect(code).toBe(0);
      // All three regions are kabupaten/kota of the registry; the other 511 are drawn grey.
      expect(err.join('')).toContain('peta: 3 dari 3 wilayah punya batas; 511 batas tanpa hasil');
      const copied = JSON.parse(readFileSync(join(site, 'data/boundaries.topojson'), 'utf8')) as {
        type: string;
        metadata: { copyright: string };
      };
      expect(copied.type).toBe('Topology');
      expect(copied.metadata.copyright).toBe('Copyright (c) 2024 Cahya DSN');
      expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain(
        'boundaries="data/boundaries.topojson"',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
