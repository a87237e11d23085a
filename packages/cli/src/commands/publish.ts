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
import { ELEMENT_CATALOGUE, type ElementTag } from '@takar/elements/catalogue.js';
import {
  TakarError,
  formatCsv,
  issue,
  parseResults,
  regionDocuments,
  resultsView,
  type ResultsDocument,
  type TakarIssue,
} from '@takar/core';
import { takeRepeated } from '../repeated-flags.js';
import { say } from '../locale/say.js';
import { listFlag } from './list-flag.js';
import { acrossYearsDocuments } from './across-years-documents.js';

/** Options of {@link publish}. */
export interface PublishOptions {
  /**
   * A results document or the path of its JSON file; or one per year (a series), in any order.
   * The latest year is the one the pages show; profiles and trends show every year.
   */
  results: ResultsDocument | string | readonly (ResultsDocument | string)[];
  /** Indent the JSON files written (default: compact, without indentation). */
  pretty?: boolean;
  /**
   * With several years: `years` rescores them with normalisation across the years (or fails,
   * saying why), `none` keeps them as given; by default they are rescored when they can be and
   * kept with a note otherwise (see `acrossYearsDocuments`).
   */
  normaliseAcross?: 'years' | 'none';
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
  /** What the terminal should say about the series (e.g. why it was not normalised across years). */
  notes: string[];
}

/** The elements a published folder shows, with the attributes they get from the results. */
interface Embed {
  tag: string;
  title: { readonly id: string; readonly en: string };
  attrs: Record<string, string>;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The CSV downloads (core's one CSV writer): the ranking on the index, and every score and rank. */
function csvFiles(results: ResultsDocument): Record<string, string> {
  const view = resultsView(results);
  const root = view.root;
  const groups = Object.keys(results.units.groups ?? {});
  const nodes = results.framework.nodes.map((n) => n.code).filter((c) => view.column(c));
  const order = view.codes
    .map((_, i) => i)
    .sort((a, b) => (view.rankAt(root, a) ?? Infinity) - (view.rankAt(root, b) ?? Infinity));
  const groupCol = (g: string, rows: readonly number[]) =>
    rows.map((i) => view.groupAt(g, i) ?? null);
  const all = view.codes.map((_, i) => i);
  const csv = (names: string[], columns: unknown[][]) =>
    formatCsv({ names, columns, rowCount: view.size }, ',', { newline: '\r\n', bom: true });
  return {
    'data/ranking.csv': csv(
      ['rank', 'unit', 'name', ...groups, 'score', 'band'],
      [
        order.map((i) => view.rankAt(root, i)),
        order.map((i) => view.codes[i]),
        order.map((i) => view.names[i]),
        ...groups.map((g) => groupCol(g, order)),
        order.map((i) => view.scoreAt(root, i)),
        order.map((i) => view.bandAt(root, i)),
      ],
    ),
    'data/scores.csv': csv(
      ['unit', 'name', ...groups, ...nodes.flatMap((n) => [`score:${n}`, `rank:${n}`])],
      [
        [...view.codes],
        [...view.names],
        ...groups.map((g) => groupCol(g, all)),
        ...nodes.flatMap((n) => [
          all.map((i) => view.scoreAt(n, i)),
          all.map((i) => view.rankAt(n, i)),
        ]),
      ],
    ),
  };
}

/** One element per kind, set up on these results (the best-ranked units as examples). */
function embedsFor(
  results: ResultsDocument,
  boundaries?: { url: string; key: string },
  regionSrc?: (code: string) => string,
): Embed[] {
  const view = resultsView(results);
  const root = view.root;
  const ranked = view.rows
    .filter((u) => typeof u.ranks[root] === 'number')
    .sort((a, b) => a.ranks[root]! - b.ranks[root]!);
  const first = ranked[0]?.unit ?? view.codes[0] ?? '';
  const firstChild = view.children.get(root)?.[0];
  const hasType = results.units.groups?.type?.some((t) => t !== null) === true;
  const src = 'data/results.json';
  // One region's elements read its small document when there is one (a phone downloads a few KB).
  const own = regionSrc ? regionSrc(first) : src;
  const attrs: PublishedAttributes = {
    'takar-ranking': () => ({ src }),
    'takar-profile': () => ({ src: own, region: first, ...(hasType ? { peers: 'type' } : {}) }),
    'takar-compare': () => ({
      src,
      regions: ranked
        .slice(0, 3)
        .map((u) => u.unit)
        .join(','),
    }),
    'takar-trend': (): Record<string, string> =>
      regionSrc ? { src: own, region: first } : { srcs: src, region: first },
    'takar-awards': () => ({ src, ...(hasType ? { group: 'type' } : {}) }),
    // Positively-affected citizens are not in a results document (an impact document is).
    'takar-impact': () => undefined,
    'takar-distribution': () => ({
      src,
      region: first,
      ...(firstChild ? { dimension: firstChild } : {}),
    }),
    'takar-map': () =>
      boundaries
        ? {
            src,
            boundaries: boundaries.url,
            ...(boundaries.key === 'code' ? {} : { 'boundary-key': boundaries.key }),
            region: first,
          }
        : undefined,
  };
  return ELEMENT_CATALOGUE.flatMap((e) => {
    const a = attrs[e.tag]();
    return a ? [{ tag: e.tag, title: e.title, attrs: a }] : [];
  });
}

/**
 * What each catalogued element gets on a published page, from the results; `undefined` where the
 * results cannot feed it. Typed over the catalogue: a new element is a type error here until it is
 * given its attributes.
 */
type PublishedAttributes = Record<ElementTag, () => Record<string, string> | undefined>;

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
  const given = await readSeries(options.results);
  // Several years are put on one scale (normalisation across the years), as for every trend.
  const across = acrossYearsDocuments(
    given.map((e) => e.results),
    options.normaliseAcross,
  );
  const series: SeriesEntry[] = across.pooled
    ? across.docs.map((results, i) => ({
        results,
        raw: results,
        from: (given[i] as SeriesEntry).from,
      }))
    : given;
  const notes = across.note ? [across.note] : [];
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
      build(series, options, bundleDir, dir, fs, notes),
    );
  } catch (e) {
    if (e instanceof TakarError) throw e;
    throw new TakarError(ioIssue(e, options.out, '--out', 'write'));
  }
}

/** Writes the site into `out` (a fresh temporary folder). */
async function build(
  series: readonly SeriesEntry[],
  options: PublishOptions,
  bundleDir: string,
  out: string,
  fs: FsOps,
  notes: string[],
): Promise<PublishSummary> {
  const { results, raw } = series[series.length - 1] as SeriesEntry;
  const json = (value: unknown) =>
    (options.pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)) + '\n';
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

  // The document as given (format 1 is written migrated to format 2), fields this version does
  // not know included: nothing is dropped. With several years, each year also has its own file,
  // and data/index.json lists them.
  await write('data/results.json', json(raw));
  if (series.length > 1) {
    for (const entry of series)
      await write(`data/results-${yearKey(entry.results)}.json`, json(entry.raw));
  }
  // One small document per region (its scores, ranks and bands over the years, and the medians its
  // profile shows): what a regional portal's profile and trend download.
  const regions = regionDocuments(series.map((e) => e.results));
  for (const [code, doc] of regions) await write(regionPath(code), json(doc));
  await write('data/index.json', json(publicationIndex(series, regions.size > 0)));
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
      const unitCodes = results.units.codes;
      const inResults = new Set(unitCodes);
      map = {
        drawn: unitCodes.filter((c) => codes.has(c)).length,
        missingBoundaries: unitCodes.filter((c) => !codes.has(c)),
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
  const embeds = embedsFor(results, boundaries, (code) =>
    regions.has(code) ? regionPath(code) : 'data/results.json',
  );
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
    ...(regions.size > 0 ? [['data-regions', 'data/regions/']] : []),
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
  return { files: written.sort(), ...(map ? { map } : {}), notes };
}

/** One year of a published series: the document as validated (format 2) and as written. */
interface SeriesEntry {
  results: ResultsDocument;
  /** What `data/results*.json` holds: the input as given (format 2) or migrated (format 1). */
  raw: unknown;
  /** Where it came from, for messages: a path, or `results[i]`. */
  from: string;
}

/**
 * Reads every results document of a publication, validating each (all problems at once, each
 * prefixed with its file), and orders them by year. Two documents of the same year, or of
 * different frameworks, are refused.
 */
async function readSeries(input: PublishOptions['results']): Promise<SeriesEntry[]> {
  const list = Array.isArray(input) ? input : [input as ResultsDocument | string];
  if (list.length === 0)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--results'],
        'Give at least one results document (--results results.json).',
      ),
    );
  const issues: TakarIssue[] = [];
  const entries: SeriesEntry[] = [];
  for (const [i, item] of list.entries()) {
    const from = typeof item === 'string' ? item : `results[${i}]`;
    const value: unknown = typeof item === 'string' ? await readJson(item) : item;
    try {
      const results = parseResults(value);
      const version = (value as { formatVersion?: unknown }).formatVersion;
      entries.push({ results, raw: version === 1 ? results : value, from });
    } catch (e) {
      if (!(e instanceof TakarError)) throw e;
      const at = list.length > 1 ? [from] : ['results'];
      issues.push(...e.issues.map((x) => ({ ...x, path: [...at, ...x.path] })));
    }
  }
  if (issues.length) throw new TakarError(issues);
  entries.sort((a, b) => (a.results.year ?? -Infinity) - (b.results.year ?? -Infinity));
  for (let i = 1; i < entries.length; i++) {
    const a = entries[i - 1] as SeriesEntry;
    const b = entries[i] as SeriesEntry;
    if (a.results.year === b.results.year)
      issues.push(
        issue(
          'cli/usage',
          ['--results', b.from],
          `${a.from} and ${b.from} are both for ${a.results.year ?? 'no year'}; give one document per year.`,
        ),
      );
    if (a.results.framework.id !== b.results.framework.id)
      issues.push(
        issue(
          'cli/usage',
          ['--results', b.from],
          `${b.from} scores framework "${b.results.framework.id}" but ${a.from} scores "${a.results.framework.id}"; a series publishes one framework.`,
        ),
      );
  }
  if (issues.length) throw new TakarError(issues);
  return entries;
}

/** Where a region's document is written: `data/regions/<code>.json`. */
const regionPath = (code: string) => `data/regions/${code}.json`;

const yearKey = (r: ResultsDocument) => (r.year === null ? 'all' : String(r.year));

/**
 * `data/index.json`: what a publication holds, so that a page (or a trend) needs one address:
 * the yearly documents, the latest, and where each region's small document is.
 */
function publicationIndex(series: readonly SeriesEntry[], regions: boolean) {
  const latest = (series[series.length - 1] as SeriesEntry).results;
  return {
    format: 'takar-publication',
    formatVersion: 1,
    framework: { id: latest.framework.id, version: latest.framework.version },
    ...(latest.title !== undefined ? { title: latest.title } : {}),
    ...(latest.source ? { source: latest.source } : {}),
    latest: 'data/results.json',
    years: series.map((e) => ({
      year: e.results.year,
      src: series.length > 1 ? `data/results-${yearKey(e.results)}.json` : 'data/results.json',
      units: e.results.units.codes.length,
    })),
    ...(regions ? { regions: 'data/regions/{code}.json' } : {}),
  };
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
      read.problems.map((p) => issue(p.code, ['boundaries', ...p.path], `${path}: ${p.message}`)),
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
  // Several --results (repeated or comma-separated, one per year) make a series for the trend,
  // normalised across the years by default.
  const { values: given, rest } = takeRepeated(argv, 'results');
  const args = parseArgs(
    rest,
    ['out', 'cdn', 'bundle', 'boundaries', 'boundary-key', 'normalise-across'],
    ['pretty'],
  );
  const resultsFiles = given.flatMap((f) => listFlag(f));
  if (resultsFiles.length === 0) required(args, 'results');
  const across = optional(args, 'normalise-across');
  if (across !== undefined && across !== 'years' && across !== 'none')
    throw new TakarError(
      issue(
        'cli/usage',
        ['--normalise-across'],
        `--normalise-across must be years or none; got "${across}".`,
      ),
    );
  const bundleDir = optional(args, 'bundle');
  const cdn = optional(args, 'cdn');
  const boundaries = optional(args, 'boundaries');
  const boundaryKey = optional(args, 'boundary-key');
  const summary = await publish({
    ...(io.fs ? { fs: io.fs } : {}),
    results:
      resultsFiles.length === 1
        ? pathIn(io, resultsFiles[0] as string)
        : resultsFiles.map((f) => pathIn(io, f)),
    ...(args.flags.get('pretty') === true ? { pretty: true } : {}),
    ...(across !== undefined ? { normaliseAcross: across } : {}),
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
  for (const note of summary.notes) io.stderr(`takar publish: ${note}\n`);
  io.stderr(
    say(
      `takar publish: menulis ${summary.files.length} berkas ke ${required(args, 'out')}\n`,
      `takar publish: wrote ${summary.files.length} files to ${required(args, 'out')}\n`,
    ),
  );
  const m = summary.map;
  if (m) {
    const all = m.drawn + m.missingBoundaries.length;
    io.stderr(
      say(
        `takar publish: peta: ${m.drawn} dari ${all} wilayah punya batas; ${m.withoutResults} batas tanpa hasil (digambar abu-abu)\n`,
        `takar publish: map: ${m.drawn} of ${all} regions have a boundary; ${m.withoutResults} boundaries have no results (drawn grey)\n`,
      ),
    );
    if (m.missingBoundaries.length > 0)
      io.stderr(
        say(
          `takar publish: peta: tidak digambar (tanpa batas): ${m.missingBoundaries.join(', ')}\n`,
          `takar publish: map: not drawn (no boundary): ${m.missingBoundaries.join(', ')}\n`,
        ),
      );
  }
  return 0;
}
