import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from '../args.js';
import { NODE_FS, type FsOps } from '../files/fs-ops.js';
import { ioIssue } from '../files/io-issue.js';
import { buildThenSwap } from '../files/swap-folder.js';
import { pathIn, type CliIo } from '../io.js';
import { optional, required } from './shared-flags.js';
import { readBoundaries } from '@takar/charts';
import { boundariesUrl } from '@takar/indonesia/boundaries';
import { fileURLToPath } from 'node:url';
import { iframeSnippet } from '@takar/elements/frame/snippet.js';
import {
  ResultsDocumentSchema,
  TakarError,
  fromZodError,
  issue,
  newerFormatVersion,
  spreadsheetSafe,
  type ResultsDocument,
  safeParseKeepingProto,
} from '@takar/core';

/** Options of {@link publish}. */
export interface PublishOptions {
  /** A results document, or the path of its JSON file. */
  results: ResultsDocument | string;
  /**
   * The folder to write. The site is built in a temporary folder beside it and swapped in at the
   * end, so a failure changes nothing; an existing folder must be empty or an earlier publish.
   */
  out: string;
  /**
   * Base URL of a hosted copy of the element bundle (the folder holding `takar.js`), used in the
   * embed snippets. The published folder still carries its own copy, so it works on its own.
   */
  cdn?: string;
  /** Where the built CDN bundle is; default `@takar/elements/dist/cdn`. */
  bundleDir?: string;
  /**
   * Region boundaries for a `<takar-map>`: {@link SHIPPED_BOUNDARIES} (`'indonesia'`, the 514
   * kabupaten/kota of `@takar/indonesia/boundaries`), the path of a GeoJSON or TopoJSON file
   * (checked, and copied into `data/`), or an `http(s)://` URL used as it is. Without it, no map is
   * published.
   */
  boundaries?: string;
  /** Feature property holding the region code (default `code`). */
  boundaryKey?: string;
  /** File operations (tests replace one to inject a failure). */
  fs?: FsOps;
}

/**
 * The `boundaries` value that names the boundaries shipped in `@takar/indonesia/boundaries`
 * (`--boundaries indonesia`); a file of that name is given as `./indonesia`.
 */
export const SHIPPED_BOUNDARIES = 'indonesia';

/** The file behind a `boundaries` option: the shipped TopoJSON for {@link SHIPPED_BOUNDARIES}. */
export function boundariesFile(boundaries: string): string {
  return boundaries === SHIPPED_BOUNDARIES ? fileURLToPath(boundariesUrl()) : boundaries;
}

/** How the results match the boundaries (when a boundaries file was given). */
export interface PublishMapSummary {
  /** Regions of the results that have a boundary. */
  drawn: number;
  /** Codes of regions in the results without a boundary (not drawn). */
  missingBoundaries: string[];
  /** How many boundaries have no region in the results (drawn grey). */
  withoutResults: number;
}

/** What {@link publish} wrote. */
export interface PublishSummary {
  /** Paths written, relative to `out`. */
  files: string[];
  /** Set when a boundaries file was given: how its codes match the results. */
  map?: PublishMapSummary;
}

/** The elements a published folder shows, with the attributes they get from the results. */
interface Embed {
  tag: string;
  title: { id: string; en: string };
  attrs: Record<string, string>;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = spreadsheetSafe(String(v));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const toCsv = (header: string[], rows: unknown[][]) =>
  '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** The CSV downloads: the ranking on the index, and every score and rank. */
function csvFiles(results: ResultsDocument): Record<string, string> {
  const root = results.framework.nodes.find((n) => n.parent === null)?.code ?? '';
  const groups = [...new Set(results.units.flatMap((u) => Object.keys(u.groups ?? {})))];
  const nodes = results.framework.nodes.map((n) => n.code);
  const ranked = [...results.units].sort(
    (a, b) => (a.ranks[root] ?? Infinity) - (b.ranks[root] ?? Infinity),
  );
  return {
    'data/ranking.csv': toCsv(
      ['rank', 'unit', 'name', ...groups, 'score', 'band'],
      ranked.map((u) => [
        u.ranks[root] ?? null,
        u.unit,
        u.name,
        ...groups.map((g) => u.groups?.[g] ?? null),
        u.scores[root] ?? null,
        u.bands?.[root] ?? null,
      ]),
    ),
    'data/scores.csv': toCsv(
      ['unit', 'name', ...groups, ...nodes.flatMap((n) => [`score:${n}`, `rank:${n}`])],
      results.units.map((u) => [
        u.unit,
        u.name,
        ...groups.map((g) => u.groups?.[g] ?? null),
        ...nodes.flatMap((n) => [u.scores[n] ?? null, u.ranks[n] ?? null]),
      ]),
    ),
  };
}

/** One element per kind, set up on these results (the best-ranked units as examples). */
function embedsFor(results: ResultsDocument, boundaries?: { url: string; key: string }): Embed[] {
  const root = results.framework.nodes.find((n) => n.parent === null)?.code ?? '';
  const ranked = [...results.units]
    .filter((u) => typeof u.ranks[root] === 'number')
    .sort((a, b) => a.ranks[root]! - b.ranks[root]!);
  const first = ranked[0]?.unit ?? results.units[0]?.unit ?? '';
  const firstChild = results.framework.nodes.find((n) => n.parent === root)?.code;
  const hasType = results.units.some((u) => u.groups?.type !== undefined);
  const src = 'data/results.json';
  return [
    { tag: 'takar-ranking', title: { id: 'Peringkat', en: 'Ranking' }, attrs: { src } },
    {
      tag: 'takar-profile',
      title: { id: 'Profil wilayah', en: 'Region profile' },
      attrs: { src, region: first, ...(hasType ? { peers: 'type' } : {}) },
    },
    {
      tag: 'takar-compare',
      title: { id: 'Perbandingan', en: 'Comparison' },
      attrs: {
        src,
        regions: ranked
          .slice(0, 3)
          .map((u) => u.unit)
          .join(','),
      },
    },
    {
      tag: 'takar-trend',
      title: { id: 'Tren', en: 'Trend' },
      attrs: { srcs: src, region: first },
    },
    {
      tag: 'takar-awards',
      title: { id: 'Penghargaan', en: 'Awards' },
      attrs: { src, ...(hasType ? { group: 'type' } : {}) },
    },
    {
      tag: 'takar-distribution',
      title: { id: 'Sebaran', en: 'Distribution' },
      attrs: { src, region: first, ...(firstChild ? { dimension: firstChild } : {}) },
    },
    ...(boundaries
      ? [
          {
            tag: 'takar-map',
            title: { id: 'Peta', en: 'Map' },
            attrs: {
              src,
              boundaries: boundaries.url,
              ...(boundaries.key === 'code' ? {} : { 'boundary-key': boundaries.key }),
              region: first,
            },
          },
        ]
      : []),
  ];
}

/** Attributes holding URLs of published files, which snippets prefix with the site's address. */
const isLocalUrl = (name: string, value: string) =>
  (name === 'src' || name === 'srcs' || name === 'boundaries') && !/^[a-z]+:\/\//i.test(value);

const tagHtml = (e: Embed, base = '') =>
  `<${e.tag}${Object.entries(e.attrs)
    .map(([k, v]) => ` ${k}="${esc(isLocalUrl(k, v) ? base + v : v)}"`)
    .join('')}></${e.tag}>`;

const SITE_CSS = `/* Styles of the published Takar page (an external sheet: works under style-src 'self'). */
body { margin: 0; font-family: system-ui, sans-serif; color: #1f2933; background: #f5f7fa; }
header { padding: 1rem 1.5rem; color: #fff; background: #1e3a5f; }
header h1 { margin: 0; font-size: 1.3rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
section { background: #fff; border: 1px solid #d9dee5; border-radius: 0.5rem; padding: 1rem 1.25rem; margin-bottom: 1.25rem; }
pre { overflow-x: auto; background: #f0f3f7; padding: 0.5rem 0.75rem; border-radius: 0.25rem; }
iframe { width: 100%; height: 720px; border: 1px solid #d9dee5; }
body.frame { background: #fff; }
body.frame main { padding: 0.5rem; }
`;

/**
 * The Content-Security-Policy of the published pages, as a meta tag (a static host may not let
 * the ministry set headers): scripts, styles and data from the site itself only, plus the
 * boundaries' origin when they are a URL elsewhere. Exported pictures are drawn through Blob
 * URLs (img-src blob:).
 */
function cspMeta(connect: string[]): string {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

function page(
  title: string,
  body: string,
  options: { bodyClass?: string; connect?: string[]; scripts?: string[] } = {},
): string {
  const bodyClass = options.bodyClass ?? '';
  const scripts = ['takar/takar.js', ...(options.scripts ?? [])]
    .map((src) => `\n    <script type="module" src="${src}"></script>`)
    .join('');
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    ${cspMeta(options.connect ?? [])}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${esc(title)}</title>
    <link rel="stylesheet" href="takar/takar.css" />
    <link rel="stylesheet" href="takar-site.css" />${scripts}
  </head>
  <body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
  </body>
</html>
`;
}

async function copyDir(
  from: string,
  to: string,
  written: string[],
  out: string,
  fs: FsOps,
): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await copyDir(source, target, written, out, fs);
    else if (!entry.name.endsWith('.map')) {
      const file = await fs.create(target);
      await file.write(await readFile(source));
      await file.close();
      written.push(relative(out, target));
    }
  }
}

function defaultBundleDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@takar/elements/package.json')), 'dist', 'cdn');
}

/**
 * Writes what a ministry puts online for a results document, as a self-contained folder:
 * `data/results.json`, CSV downloads (`data/ranking.csv`, `data/scores.csv`), a copy of the
 * element bundle (`takar/`), `index.html` with every element live on the results, `embed.html`
 * with a copy-paste script-tag snippet per element and the iframe snippet, and `frame.html`, the
 * iframe page for CMSs that strip scripts. No inline script or style: every page works under
 * `Content-Security-Policy: script-src 'self'; style-src 'self'`.
 *
 * @param options - results (document or path), out folder, optional CDN base URL for snippets
 * @returns the files written, relative to `out`
 * @example
 * ```ts
 * await publish({ results: 'results-2024.json', out: 'site/', cdn: 'https://cdn.example.go.id/takar/' });
 * ```
 */
export async function publish(options: PublishOptions): Promise<PublishSummary> {
  const raw: unknown =
    typeof options.results === 'string' ? await readJson(options.results) : options.results;
  const newer = newerFormatVersion(raw);
  if (newer) throw new TakarError(newer);
  const parsed = safeParseKeepingProto(ResultsDocumentSchema, raw);
  if (!parsed.success) {
    throw new TakarError(fromZodError(parsed.error, 'results/invalid', ['results']));
  }
  const results = parsed.data;
  const bundleDir = options.bundleDir ?? defaultBundleDir();
  let bundleFiles: string[];
  try {
    bundleFiles = await readdir(bundleDir);
  } catch {
    bundleFiles = [];
  }
  const missing = ['takar.js', 'takar.css', 'takar-frame.js', 'takar-resize.js'].filter(
    (f) => !bundleFiles.includes(f),
  );
  if (missing.length > 0)
    throw new TakarError(
      missing.map((f) =>
        issue(
          'io/not-found',
          ['bundleDir'],
          `The element bundle is missing ${bundleDir}/${f}; build it with \`npm run build\` (or pass bundleDir).`,
        ),
      ),
    );

  const fs = options.fs ?? NODE_FS;
  try {
    return await buildThenSwap(options.out, fs, (dir) =>
      build(results, raw, options, bundleDir, dir, fs),
    );
  } catch (e) {
    if (e instanceof TakarError) throw e;
    throw new TakarError(ioIssue(e, options.out, '--out', 'write'));
  }
}

/** Writes the site into `out` (a fresh temporary folder). */
async function build(
  results: ResultsDocument,
  raw: unknown,
  options: PublishOptions,
  bundleDir: string,
  out: string,
  fs: FsOps,
): Promise<PublishSummary> {
  const written: string[] = [];
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(out, path)), { recursive: true });
    const file = await fs.create(join(out, path));
    try {
      await file.write(text);
      await file.close();
    } catch (e) {
      await file.abort();
      throw e;
    }
    written.push(path);
  };

  // The document as given, fields this version does not know included: nothing is dropped.
  await write('data/results.json', JSON.stringify(raw, null, 2) + '\n');
  for (const [path, text] of Object.entries(csvFiles(results))) await write(path, text);
  await copyDir(bundleDir, join(out, 'takar'), written, out, fs);
  await write('takar-site.css', SITE_CSS);

  const key = options.boundaryKey ?? 'code';
  let boundaries: { url: string; key: string } | undefined;
  let map: PublishMapSummary | undefined;
  if (options.boundaries !== undefined) {
    if (/^https?:\/\//i.test(options.boundaries)) {
      boundaries = { url: options.boundaries, key };
    } else {
      const file = boundariesFile(options.boundaries);
      const { text, codes } = await readBoundariesFile(file, key);
      const name = `data/boundaries${/\.topo(json|\.json)?$/i.test(file) ? '.topojson' : '.geojson'}`;
      await write(name, text);
      boundaries = { url: name, key };
      const inResults = new Set(results.units.map((u) => u.unit));
      map = {
        drawn: results.units.filter((u) => codes.has(u.unit)).length,
        missingBoundaries: results.units.filter((u) => !codes.has(u.unit)).map((u) => u.unit),
        withoutResults: [...codes].filter((c) => !inResults.has(c)).length,
      };
    }
  }
  const connect =
    boundaries && /^https?:\/\//i.test(boundaries.url) ? [new URL(boundaries.url).origin] : [];

  const title = results.title ?? results.framework.label.id;
  const synthetic = results.source?.synthetic
    ? '\n    <p><strong>Data ilustratif, bukan hasil resmi.</strong></p>'
    : '';
  const embeds = embedsFor(results, boundaries);
  const downloads = `<p>Unduh data: <a href="data/results.json" download>results.json</a> ·
      <a href="data/ranking.csv" download>ranking.csv</a> ·
      <a href="data/scores.csv" download>scores.csv</a> ·
      <a href="embed.html">kode sematan / embed snippets</a></p>`;
  await write(
    'index.html',
    page(
      title,
      `    <header><h1>${esc(title)}</h1></header>
    <main>${synthetic}
      ${downloads}
${embeds
  .map(
    (e) => `      <section>
        <h2>${esc(e.title.id)} / ${esc(e.title.en)}</h2>
        ${tagHtml(e)}
      </section>`,
  )
  .join('\n')}
    </main>`,
      { connect },
    ),
  );

  const cdn = options.cdn ? options.cdn.replace(/\/?$/, '/') : undefined;
  const scriptUrl = cdn ? `${cdn}takar.js` : 'https://YOUR-SITE/takar/takar.js';
  const dataBase = 'https://YOUR-SITE/';
  const snippets = embeds.map((e) => ({
    e,
    code: `<script type="module" src="${esc(scriptUrl)}"></script>\n${tagHtml(e, dataBase)}`,
  }));
  for (const { e, code } of snippets) await write(`snippets/${e.tag}.html`, code + '\n');
  const iframeCode = iframeSnippet({
    frameUrl: 'https://YOUR-SITE/frame.html?element=takar-ranking',
    resizerUrl: cdn ? `${cdn}takar-resize.js` : 'https://YOUR-SITE/takar/takar-resize.js',
    title,
  });
  await write('snippets/iframe.html', iframeCode + '\n');
  await write(
    'embed.html',
    page(
      `${title}: embed`,
      `    <header><h1>Kode sematan / Embed snippets</h1></header>
    <main>
      <p>Replace YOUR-SITE with where this folder is published${cdn ? '' : ' (the script can also come from a CDN: publish with --cdn)'}.
      Each snippet is one script tag and one element; the script tag is needed once per page.</p>
${snippets
  .map(
    ({ e, code }) => `      <section>
        <h2>${esc(e.title.id)} / ${esc(e.title.en)}: &lt;${e.tag}&gt;</h2>
        <pre><code>${esc(code)}</code></pre>
      </section>`,
  )
  .join('\n')}
      <section>
        <h2>iframe (CMS tanpa skrip / CMSs that strip scripts)</h2>
        <pre><code>${esc(iframeCode)}</code></pre>
        <p>Skrip <code>takar-resize.js</code> menyesuaikan tinggi iframe dengan isinya; tanpa skrip
        (CMS yang menghapusnya) iframe tetap setinggi atribut height. The script fits the iframe's
        height to its content; without it the iframe keeps its height attribute.
        frame.html hanya menampilkan berkas dari situs ini / shows files from this site only.</p>
        <iframe data-takar-frame title="${esc(title)}" src="frame.html?element=takar-ranking" loading="lazy"></iframe>
      </section>
    </main>`,
      { connect, scripts: ['takar/takar-resize.js'] },
    ),
  );
  const frameData = [
    ['data-src', 'data/results.json'],
    ...(boundaries
      ? [
          ['data-boundaries', boundaries.url],
          ['data-boundary-key', boundaries.key],
        ]
      : []),
  ]
    .map(([k, v]) => ` ${k}="${esc(v!)}"`)
    .join('');
  await write(
    'frame.html',
    page(title, `    <main${frameData}></main>`, {
      bodyClass: 'frame',
      connect,
      scripts: ['takar/takar-frame.js'],
    }),
  );
  return { files: written.sort(), ...(map ? { map } : {}) };
}

/** Reads and checks a boundaries file: every problem at once, each with its place. */
async function readBoundariesFile(
  path: string,
  key: string,
): Promise<{ text: string; codes: Set<string> }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new TakarError(ioIssue(e, path, '--boundaries', 'read'));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new TakarError(
      issue(
        'boundaries/invalid',
        ['boundaries'],
        `${path} is not JSON (${(e as Error).message}); give a GeoJSON or TopoJSON file.`,
      ),
    );
  }
  const read = readBoundaries(value, { key });
  if (!read.ok)
    throw new TakarError(
      read.problems.map((p) =>
        issue(
          'boundaries/invalid',
          ['boundaries', ...(p.path ? [p.path] : [])],
          `${path}: ${p.message}`,
        ),
      ),
    );
  return { text, codes: new Set(read.features.map((f) => f.code)) };
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new TakarError(ioIssue(e, path, '--results', 'read'));
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TakarError(
      issue(
        'results/invalid',
        ['results'],
        `${path} is not JSON (${(e as Error).message}); write it with \`takar score --out results.json\`.`,
      ),
    );
  }
}

/**
 * `takar publish --results <results.json> --out <dir> [--cdn <url>] [--boundaries <file|url>
 * [--boundary-key <name>]]`: writes a self-contained folder to put online (see {@link publish}),
 * with a map when boundaries are given.
 *
 * @example
 * ```ts
 * await publishCommand(['--results', 'results.json', '--out', 'site'], io);
 * ```
 */
export async function publishCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['results', 'out', 'cdn', 'bundle', 'boundaries', 'boundary-key']);
  const bundleDir = optional(args, 'bundle');
  const cdn = optional(args, 'cdn');
  const boundaries = optional(args, 'boundaries');
  const boundaryKey = optional(args, 'boundary-key');
  const summary = await publish({
    ...(io.fs ? { fs: io.fs } : {}),
    results: pathIn(io, required(args, 'results')),
    out: pathIn(io, required(args, 'out')),
    ...(cdn === undefined ? {} : { cdn }),
    ...(bundleDir === undefined ? {} : { bundleDir: pathIn(io, bundleDir) }),
    ...(boundaries === undefined
      ? {}
      : {
          boundaries:
            /^https?:\/\//i.test(boundaries) || boundaries === SHIPPED_BOUNDARIES
              ? boundaries
              : pathIn(io, boundaries),
        }),
    ...(boundaryKey === undefined ? {} : { boundaryKey }),
  });
  io.stderr(`takar publish: wrote ${summary.files.length} files to ${required(args, 'out')}\n`);
  const m = summary.map;
  if (m) {
    io.stderr(
      `takar publish: map: ${m.drawn} of ${m.drawn + m.missingBoundaries.length} regions have a boundary; ` +
        `${m.withoutResults} boundaries have no results (drawn grey)\n`,
    );
    if (m.missingBoundaries.length > 0)
      io.stderr(`takar publish: map: not drawn (no boundary): ${m.missingBoundaries.join(', ')}\n`);
  }
  return 0;
}
