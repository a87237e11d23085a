// `takar studio --out <dir>`: Takar Studio written as a folder to host anywhere, atomically, with a
// clear error when the studio is not built; and the folder, served under the studio's strict CSP,
// renders the studio in Chromium.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { parseCsv, type Table } from '@takar/core';
import { buildStudio } from '../../studio/scripts/build.mjs';
import { workbookBytes } from '../../studio/src/workbook-out.js';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';
import { workspace } from './helpers/takar.js';

const { dir, takar } = workspace('studio');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const shippedBoundaries = fileURLToPath(
  new URL('../../indonesia/boundaries/kabkota-2025.topo.json', import.meta.url),
);

/** The ASEM example of COINr (its iData and iMeta as CSV). */
const asemDir = fileURLToPath(new URL('../../core/test/fixtures/coinr-asem/', import.meta.url));

/** A CSV table's cells as a spreadsheet holds them: numbers as numbers, empty cells empty. */
function spreadsheetCells(t: Table): Table {
  const cell = (v: unknown) =>
    v === '' || v === null || v === undefined
      ? null
      : /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(String(v))
        ? Number(v)
        : v;
  return { ...t, columns: t.columns.map((c) => Array.from(c, cell)) };
}

function filesIn(root: string): string[] {
  return readdirSync(root)
    .flatMap((n) => {
      const p = join(root, n);
      return statSync(p).isDirectory() ? filesIn(p).map((f) => `${n}/${f}`) : [n];
    })
    .sort();
}

/** A stand-in for a built studio: three files and the manifest listing them. */
function fakeStudio(name: string, files: Record<string, string>, listed = files): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(
    join(root, 'dist/studio-manifest.json'),
    JSON.stringify({
      format: 'takar-studio',
      formatVersion: 1,
      files: Object.entries(listed).map(([path, text]) => ({
        path,
        bytes: Buffer.byteLength(text),
      })),
    }),
  );
  return name;
}

const PAGE = {
  'index.html': '<!doctype html>\n',
  'dist/studio.js': 'export {};\n',
  'studio.css': '',
};

describe('takar studio', () => {
  it('writes the files the build lists and the map boundaries, and says so in Indonesian', async () => {
    const from = fakeStudio('fake', PAGE);
    const r = await takar('studio', '--out', 'hosted', '--from', from);
    const manifest = statSync(join(dir, from, 'dist/studio-manifest.json')).size;
    const kb = (statSync(shippedBoundaries).size + 'export {};\n'.length + 16 + manifest) / 1024;
    expect(r.stderr).toBe(
      `takar studio: menulis 5 berkas (${kb.toFixed(0)} KB) ke hosted; letakkan folder ini di server web statis mana pun dan buka index.html lewat http(s)\n`,
    );
    expect(r.code).toBe(0);
    expect(filesIn(join(dir, 'hosted'))).toEqual([
      '.takar-publish',
      'boundaries/kabkota.topo.json',
      'dist/studio-manifest.json',
      'dist/studio.js',
      'index.html',
      'studio.css',
    ]);
    expect(
      readFileSync(join(dir, 'hosted/boundaries/kabkota.topo.json')).equals(
        readFileSync(shippedBoundaries),
      ),
    ).toBe(true);
    // Written again over its own folder (replaced as a whole), in English with --lang en.
    const en = await takar('studio', '--out', 'hosted', '--from', from, '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      `takar studio: wrote 5 files (${kb.toFixed(0)} KB) to hosted; put the folder on any static web server`,
    );
  });

  it('refuses a studio that is not built, naming every missing file, and writes nothing', async () => {
    const none = await takar('studio', '--out', 'nothing', '--from', 'no-such-folder');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('error io/not-found at --from.dist/studio-manifest.json');
    expect(none.stderr).toContain('build it with `npm run build -w @takar/studio`');
    const from = fakeStudio('half', { 'index.html': 'x' }, { ...PAGE, 'index.html': 'x' });
    const half = await takar('studio', '--out', 'nothing', '--from', from);
    expect(half.code).toBe(1);
    expect(half.stderr.match(/io\/not-found/g)).toHaveLength(2);
    expect(half.stderr).toContain('(no dist/studio.js)');
    expect(half.stderr).toContain('(no studio.css)');
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('takar-tmp'))).toEqual([]);
  });

  it('refuses a folder of other files, and a manifest listing a path outside the studio', async () => {
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine/notes.txt'), 'keep');
    const from = fakeStudio('ok', PAGE);
    const r = await takar('studio', '--out', 'mine', '--from', from);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error io/exists');
    expect(r.stderr).toContain('Cannot write the studio into');
    expect(readFileSync(join(dir, 'mine/notes.txt'), 'utf8')).toBe('keep');
    const evil = fakeStudio('evil', PAGE, { ...PAGE, '../outside.txt': 'x' });
    const e = await takar('studio', '--out', 'evil-out', '--from', evil);
    expect(e.code).toBe(1);
    expect(e.stderr).toContain('io/unknown-format');
    expect(e.stderr).toContain('not a relative path with a size');
  });

  it('documents itself in --help', async () => {
    const r = await takar('studio', '--help');
    expect(r.stdout).toContain('takar studio --out <dir> [--from <built studio>]');
    for (const flag of ['--out <dir>', '--from <dir>', '--lang id|en'])
      expect(r.stdout).toContain(flag);
  });

  it('writes the real build, whose page renders the studio in Chromium under its strict CSP, and where a new user publishes the example series and the ASEM composer workbook: each .zip, served, draws every element', async () => {
    const built = join(dir, 'built');
    await buildStudio(built);
    const r = await takar('studio', '--out', 'real', '--from', built);
    expect(r.code).toBe(0);
    const out = join(dir, 'real');
    const files = filesIn(out);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'studio.css',
        'favicon.svg',
        'dist/studio.js',
        'dist/uncertainty-worker.js',
        'dist/site-bundle.zip',
        'dist/studio-manifest.json',
        'boundaries/kabkota.topo.json',
      ]),
    );
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // Every chunk the entry imports is in the folder.
    const studioJs = readFileSync(join(out, 'dist/studio.js'), 'utf8');
    const imports = [...studioJs.matchAll(/"\.\/(chunks\/[^"]+\.js)"/g)].map((m) => `dist/${m[1]}`);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((f) => !files.includes(f))).toEqual([]);

    const chromium = findChromium();
    expect(chromium, 'Chromium (apt-get install -y chromium, or CHROME_PATH)').toBeDefined();
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.json': 'application/json',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
    };
    const requested: string[] = [];
    /**
     * A static server of `root` at the path `at` (as a ministry site hosts the folder under its
     * own path), under a CSP header (the studio's strict one by default); logs the paths asked
     * for, relative to `at` (outside it, whole: they are 404s).
     */
    const serve = async (
      root: string,
      csp = "default-src 'self'; script-src 'self'; style-src 'self'",
      log = requested,
      at = '/',
    ) => {
      const server = createServer((req, res) => {
        const asked = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const inside = asked.startsWith(at);
        const path = inside ? `/${asked.slice(at.length)}` : asked;
        log.push(path);
        const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
        const found =
          inside && file.startsWith(root) && existsSync(file) && statSync(file).isFile();
        res.writeHead(found ? 200 : 404, {
          'Content-Security-Policy': csp,
          // The cache lifetime GitHub Pages gives every file (10 minutes): without one, a browser
          // revalidates the page's icon at each change of the address (as the studio keeps its
          // state there), a request the studio cannot prevent.
          'Cache-Control': 'max-age=600',
          'Content-Type': (found && types[extname(file)]) || 'application/octet-stream',
        });
        res.end(found ? readFileSync(file) : 'not found');
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      return server;
    };
    // At /studio/, as `npm start` serves it.
    const server = await serve(out, undefined, requested, '/studio/');
    const sites: Awaited<ReturnType<typeof serve>>[] = [];
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath: chromium!, args: CHROMIUM_ARGS });
    try {
      const problems: string[] = [];
      const tab = await browser.newPage();
      tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      tab.on('pageerror', (e) => problems.push(e.message));
      tab.on(
        'response',
        (res) => res.status() >= 400 && problems.push(`${res.status()} ${res.url()}`),
      );
      await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/studio/`);
      const shown = await tab.waitForFunction(
        () => {
          const studio = document.querySelector('takar-studio');
          const button = studio?.shadowRoot?.querySelector('#example');
          return button ? (studio?.shadowRoot?.textContent ?? '').length : null;
        },
        undefined,
        { timeout: 60000 },
      );
      expect(await shown.jsonValue()).toBeGreaterThan(100);
      expect(problems).toEqual([]);
      expect(requested).toContain('/dist/studio.js');
      // "Siap luring": the page (with `preload`) fetches every part after its first paint; from
      // then on working the studio makes no request at all (the "zero requests after load").
      await tab.waitForFunction(
        () => document.querySelector('takar-studio')?.getAttribute('offline') === 'ready',
        undefined,
        { timeout: 60000 },
      );
      const loaded = requested.length;
      const chunks = readdirSync(join(out, 'dist/chunks')).filter((f) => f.endsWith('.js'));
      for (const f of chunks) expect(requested, f).toContain(`/dist/chunks/${f}`);
      const click = (selector: string) =>
        tab.evaluate(
          (s) =>
            document
              .querySelector('takar-studio')!
              .shadowRoot!.querySelector<HTMLElement>(s)!
              .click(),
          selector,
        );

      /** The first weight slider moved to `share` of its range, as a hand would. */
      const slide = (share: number) =>
        tab.evaluate((f) => {
          const slider = document
            .querySelector('takar-studio')!
            .shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
          slider.value = String(Number(slider.max) * f);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        }, share);

      // The example data of every year, a weight change, an uncertainty run in the kept workers,
      // and every download, then "Terbitkan situs": the .zip is the series takar publish writes;
      // unzipped and served as it is, its page draws every element.
      await click('#example-years');
      await tab.waitForFunction(
        () => document.querySelector('takar-studio')?.shadowRoot?.querySelector('#publish-site'),
        undefined,
        { timeout: 60000 },
      );
      await slide(0.5);
      await tab.evaluate(() => {
        const runs = document
          .querySelector('takar-studio')!
          .shadowRoot!.querySelector<HTMLInputElement>('#unc-runs')!;
        runs.value = '40';
        runs.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await click('#run-uncertainty');
      await tab.waitForFunction(
        () => document.querySelector('takar-studio')?.shadowRoot?.querySelector('#unc-done'),
        undefined,
        { timeout: 60000 },
      );
      for (const id of [
        '#download-xlsx',
        '#download-template',
        '#download-session',
        '#download-package',
      ]) {
        const file = tab.waitForEvent('download', { timeout: 60000 });
        await click(id);
        await (await file).path();
      }
      /** "Terbitkan situs" pressed; the .zip saved, unpacked into `name`; its entries. */
      const publish = async (name: string) => {
        const download = tab.waitForEvent('download', { timeout: 60000 });
        await click('#publish-site');
        const zipPath = join(dir, `${name}.zip`);
        await (await download).saveAs(zipPath);
        const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
        const unpacked = join(dir, name);
        for (const [path, content] of Object.entries(entries)) {
          if (path.endsWith('/')) continue;
          mkdirSync(join(unpacked, path, '..'), { recursive: true });
          writeFileSync(join(unpacked, path), content);
        }
        for (const f of [
          'index.html',
          'frame.html',
          'embed.html',
          'data/results.json',
          'takar/takar.js',
        ])
          expect(Object.keys(entries), f).toContain(f);
        expect(Object.keys(entries).some((f) => f.startsWith('data/regions/'))).toBe(true);
        return { entries, unpacked };
      };
      /** The unpacked site served as it is: its page draws every element, with no error. */
      const drawsEvery = async (unpacked: string) => {
        // The header the examples are served with (the pages add their own meta policy, which
        // allows the PNG export's blob: images).
        const site = await serve(unpacked, "script-src 'self'; style-src 'self'", []);
        sites.push(site);
        const page = await browser.newPage();
        const siteProblems: string[] = [];
        page.on('console', (m) => m.type() === 'error' && siteProblems.push(m.text()));
        page.on('pageerror', (e) => siteProblems.push(e.message));
        await page.addInitScript(() => {
          const w = window as unknown as { rendered: Set<EventTarget>; errors: string[] };
          w.rendered = new Set();
          w.errors = [];
          document.addEventListener('takar-rendered', (e) => w.rendered.add(e.target!));
          document.addEventListener('takar-error', (e) =>
            w.errors.push((e as CustomEvent<{ message: string }>).detail.message),
          );
        });
        await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/index.html`);
        const count = await page.evaluate(
          () =>
            [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('takar-'))
              .length,
        );
        expect(count).toBeGreaterThan(3);
        for (let i = 0; i < 60; i++) {
          const done = await page.evaluate((n) => {
            const w = window as unknown as { rendered: Set<EventTarget>; errors: string[] };
            if (w.rendered.size + w.errors.length >= n) return true;
            window.scrollBy(0, window.innerHeight * 0.8);
            return false;
          }, count);
          if (done) break;
          await page.waitForTimeout(500);
        }
        const outcome = await page.evaluate(() => {
          const w = window as unknown as { rendered: Set<EventTarget>; errors: string[] };
          return { rendered: w.rendered.size, errors: w.errors };
        });
        expect(outcome).toEqual({ rendered: count, errors: [] });
        expect(siteProblems).toEqual([]);
        await page.close();
      };

      const series = await publish('situs');
      // Made under the studio's strict CSP: no violation, no error, and no request after load
      // (the bundle and the boundaries came with the preload).
      expect(problems).toEqual([]);
      expect(requested).toContain('/dist/site-bundle.zip');
      expect(requested).toContain('/boundaries/kabkota.topo.json');
      expect(requested.slice(loaded)).toEqual([]);
      // Every year of the example (synthetic), as a series.
      const entries = series.entries;
      expect(Object.keys(entries).filter((f) => /^data\/results-\d+\.json$/.test(f))).toEqual(
        [2020, 2021, 2022, 2023, 2024].map((y) => `data/results-${y}.json`),
      );
      const index = JSON.parse(new TextDecoder().decode(entries['data/index.json'])) as {
        years: unknown[];
      };
      expect(index.years).toHaveLength(5);
      await drawsEvery(series.unpacked);

      // As a new user with the ASEM example as a composer workbook (iData + iMeta): chosen in
      // the same page, ranked, a weight moved (the rank-change table fills), uncertainty run,
      // published, unzipped, served, and every element of its site drawn. Still no request.
      const asem = (name: string) =>
        parseCsv(readFileSync(join(asemDir, name), 'utf8'), { delimiter: ',' });
      const workbook = await workbookBytes(
        [
          { name: 'iData', table: spreadsheetCells(asem('data.csv')), keep: 'all' },
          { name: 'iMeta', table: spreadsheetCells(asem('meta.csv')), keep: 'all' },
        ],
        'en',
      );
      await tab.setInputFiles('takar-studio #file', {
        name: 'asem.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(workbook),
      });
      await tab.waitForFunction(
        () =>
          (
            document.querySelector('takar-studio')?.shadowRoot?.querySelector('#framework')
              ?.textContent ?? ''
          ).includes('asem.xlsx (iMeta)') &&
          document.querySelector('takar-studio')?.shadowRoot?.querySelector('takar-ranking'),
        undefined,
        { timeout: 60000 },
      );
      await slide(1);
      const changed = await tab.waitForFunction(
        () =>
          document.querySelector('takar-studio')?.shadowRoot?.querySelectorAll('#changes tbody th')
            .length || null,
        undefined,
        { timeout: 60000 },
      );
      expect(await changed.jsonValue()).toBeGreaterThan(0);
      await click('#run-uncertainty');
      // A rank interval for each of ASEM's 51 countries (the example had 191 regions).
      await tab.waitForFunction(
        () =>
          Object.keys(
            (document.querySelector('takar-studio') as unknown as { intervals?: object })
              .intervals ?? {},
          ).length === 51,
        undefined,
        { timeout: 60000 },
      );
      const asemSite = await publish('situs-asem');
      expect(
        JSON.parse(new TextDecoder().decode(asemSite.entries['data/results.json'])).framework.id,
      ).toBe('asem');
      expect(problems).toEqual([]);
      expect(requested.slice(loaded)).toEqual([]);
      await drawsEvery(asemSite.unpacked);
    } finally {
      await browser.close();
      server.close();
      for (const site of sites) site.close();
    }
  });
});
