// "Terbitkan situs": the zip the studio makes holds, byte for byte, the folder `takar publish`
// writes for the same document, with the element bundle packed by the studio's build and fetched
// in one request.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { TakarError, score, type ResultsDocument } from '@takar/core';
import { getFramework, exampleDataset } from '@takar/indonesia';
import { main } from '@takar/cli';
import { packSiteBundle } from '../scripts/build.mjs';
import { loadSiteBundle, siteZip } from '../src/site-zip.js';
import { fakeBundle } from '../../cli/test/helpers/fake-bundle.js';

const root = mkdtempSync(join(tmpdir(), 'takar-site-zip-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `fetch` over file: URLs (what the studio's server would answer), counting requests. */
function fileFetch(): { fetcher: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fetcher = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : input);
    urls.push(url.href);
    try {
      return new Response(readFileSync(fileURLToPath(url)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  return { fetcher, urls };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? filesIn(p).map((f) => `${n}/${f}`) : [n];
    })
    .sort();
}

// The Smart City example (synthetic data, illustrative, not official), 2024.
const results: ResultsDocument = score(
  getFramework('smart-city'),
  exampleDataset('smart-city', 2024),
  { year: 2024, title: 'Evaluasi Smart City 2024 (data ilustratif)' },
);
const bundleDir = fakeBundle(root);
const packed = join(root, 'site-bundle.zip');
const listed = packSiteBundle(bundleDir, packed);

describe('siteZip', () => {
  it('the build packs the bundle without source maps, the same bytes every time', () => {
    expect(listed).toEqual([
      { path: 'chunks/vega-x.js', bytes: 11 },
      { path: 'takar-frame.js', bytes: 11 },
      { path: 'takar-resize.js', bytes: 11 },
      { path: 'takar.css', bytes: 6 },
      { path: 'takar.js', bytes: 11 },
    ]);
    expect(Object.keys(unzipSync(readFileSync(packed)))).toEqual(listed.map((f) => f.path));
    const again = join(root, 'again.zip');
    packSiteBundle(bundleDir, again);
    expect(readFileSync(again).equals(readFileSync(packed))).toBe(true);
  });

  it('holds what takar publish writes, byte for byte, and needs no request once loaded', async () => {
    const { fetcher, urls } = fileFetch();
    const at = pathToFileURL(packed);
    const bundle = await loadSiteBundle(at, fetcher);
    expect(urls).toEqual([at.href]);
    // Loaded once: a second call (and the zip) fetch nothing.
    expect(await loadSiteBundle(at, fetcher)).toBe(bundle);
    const zip = await siteZip(results, { bundle, cdn: 'https://cdn.example.go.id/takar/' });
    expect(urls).toHaveLength(1);

    writeFileSync(join(root, 'results.json'), JSON.stringify(results));
    const code = await main(
      [
        'publish',
        '--results',
        'results.json',
        '--out',
        'site',
        '--bundle',
        'bundle',
        '--cdn',
        'https://cdn.example.go.id/takar/',
      ],
      { cwd: root, stdout: () => {}, stderr: () => {} },
    );
    expect(code).toBe(0);
    const unzipped = unzipSync(zip);
    const folder = filesIn(join(root, 'site')).filter((f) => f !== '.takar-publish');
    expect(Object.keys(unzipped).sort()).toEqual(folder);
    expect(folder).toContain('takar/chunks/vega-x.js');
    for (const f of folder)
      expect(Buffer.from(unzipped[f]!).equals(readFileSync(join(root, 'site', f))), f).toBe(true);
    // The same documents give the same bytes.
    expect(await siteZip(results, { bundle })).toEqual(await siteZip(results, { bundle }));
  });

  it('says what to do when the bundle is missing or damaged', async () => {
    const { fetcher } = fileFetch();
    const missing = loadSiteBundle(pathToFileURL(join(root, 'nowhere.zip')), fetcher);
    await expect(missing).rejects.toThrow(
      /HTTP 404\); build the studio with `npm run build -w @takar\/studio`/,
    );
    const broken = join(root, 'broken.zip');
    writeFileSync(broken, readFileSync(packed).subarray(0, 40));
    const err = await loadSiteBundle(pathToFileURL(broken), fetcher).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TakarError);
    expect((err as TakarError).issues.map((i) => i.code)).toEqual(['io/unknown-format']);
    expect(() => packSiteBundle(join(root, 'none'), join(root, 'x.zip'))).toThrow(
      /has no takar\.js, takar\.css, takar-frame\.js, takar-resize\.js; build it with `npx rollup -c`/,
    );
  });
});
