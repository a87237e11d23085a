/**
 * The site `takar publish` writes, as data: every file's path and content, from the results
 * documents, the options and the element bundle's files. No file system, no fetch, no zod, so
 * the CLI writes the files to a folder and Takar Studio zips them in the browser, and both
 * publish the same bytes.
 *
 * It lives in `@takar/elements` (subpath `@takar/elements/site`) because the dependencies point
 * one way (core ← charts ← elements; the CLI and the studio use what they need) and what a site
 * is made of belongs to the elements: the catalogue (which elements a page shows, and the
 * attributes each gets), the iframe page and its snippet, and the bundle the pages load. It reads
 * results through the zod-free `@takar/core/results` and `@takar/core/csv`, and checks map
 * boundaries with `@takar/charts`' `readBoundaries`. Validating the input (`parseResults`) and
 * rescoring a series across years (`takar publish --normalise-across`) are the engine's work and
 * happen before: the studio's documents come from its engine, the CLI's from `parseResults`.
 *
 * ```
 *  years (in year order) ──► data/results.json (the latest), data/results-<year>.json (a series)
 *                        ──► data/regions/<code>.json, data/index.json
 *  latest year           ──► data/ranking.csv, data/scores.csv
 *  bundle files          ──► takar/…, then takar-site.css
 *  boundaries (optional) ──► data/boundaries.topojson | .geojson, or a URL
 *  catalogue × results   ──► index.html, snippets/<tag>.html, snippets/iframe.html, embed.html, frame.html
 * ```
 * @packageDocumentation
 */
import { TakarError, issue, regionDocuments } from '@takar/core/results';
import { iframeSnippet } from '../frame/snippet.js';
import { checkBoundaries, type SiteBoundaries } from './boundaries.js';
import { csvFiles } from './csv-files.js';
import { embedsFor, tagHtml } from './embeds.js';
import { esc } from './html.js';
import { SITE_CSS, page } from './pages.js';
import { publicationIndex, seriesIssues, yearKey, type SiteYear } from './series.js';

/** One file of a site: its path inside the site (with `/`) and its content. */
export interface SiteFile {
  /** The path inside the site, e.g. `data/results.json` or `takar/chunks/vega-1a2b.js`. */
  path: string;
  /** Text (written as UTF-8) or bytes. */
  content: string | Uint8Array;
}

/** The files of the element bundle a site must have (the CDN build, `@takar/elements/dist/cdn`). */
export const SITE_BUNDLE_REQUIRED = [
  'takar.js',
  'takar.css',
  'takar-frame.js',
  'takar-resize.js',
] as const;

/** What {@link buildSite} makes a site of. */
export interface SiteInput {
  /**
   * The results documents: one, or one per year (a series; the same framework, one document a
   * year), in any order. The latest year is the one the pages show; profiles and trends show every
   * year. They are published as given: a series is rescored across years before, if wanted.
   */
  years: readonly SiteYear[];
  /**
   * The element bundle's files, paths relative to its folder (`takar.js`, `chunks/…`); written
   * under `takar/` in the order given. It must hold {@link SITE_BUNDLE_REQUIRED}.
   */
  bundle: readonly SiteFile[];
  /** Indent the JSON files (default: compact). */
  pretty?: boolean;
  /**
   * Base URL of a hosted copy of the element bundle (the folder holding `takar.js`), used in the
   * embed snippets. The site still carries its own copy, so it works on its own.
   */
  cdn?: string;
  /** Region boundaries for a `<takar-map>`; without them, no map is published. */
  boundaries?: SiteBoundaries;
}

/** How the results match the boundaries (when a boundaries file was given). */
export interface SiteMapSummary {
  /** Regions of the results that have a boundary. */
  drawn: number;
  /** Codes of regions in the results without a boundary (not drawn). */
  missingBoundaries: string[];
  /** How many boundaries have no region in the results (drawn grey). */
  withoutResults: number;
}

/** What {@link buildSite} made. */
export interface Site {
  /** The files, in the order `takar publish` writes them. */
  files: SiteFile[];
  /** Set when a boundaries file was given: how its codes match the results. */
  map?: SiteMapSummary;
}

/** Where a region's document is: `data/regions/<code>.json`. */
const regionPath = (code: string) => `data/regions/${code}.json`;

/**
 * Makes a self-contained site for results documents: `data/results.json` (and one file per year
 * of a series, listed in `data/index.json`), a small document per region, CSV downloads, the
 * element bundle (`takar/`), `index.html` with every element live on the results, `embed.html`
 * with a copy-paste snippet per element and the iframe snippet, and `frame.html`, the iframe page
 * for CMSs that strip scripts. No inline script or style: every page works under
 * `Content-Security-Policy: script-src 'self'; style-src 'self'` (a meta tag says so).
 *
 * Throws a `TakarError` with every problem at once: a series with two documents of one year or of
 * two frameworks (`results/invalid`), a bundle without its required files (`io/not-found`),
 * boundaries that are not polygons keyed by code (`boundaries/…`).
 *
 * @example
 * ```ts
 * import { buildSite } from '@takar/elements/site';
 * const { files } = buildSite({ years: [{ results }], bundle, cdn: 'https://cdn.example.go.id/takar/' });
 * files.map((f) => f.path); // ['data/results.json', 'data/regions/32.73.json', …, 'frame.html']
 * ```
 */
export function buildSite(input: SiteInput): Site {
  const series = [...input.years]
    .map((y, i) => ({ ...y, from: y.from ?? `results[${i}]` }))
    .sort((a, b) => (a.results.year ?? -Infinity) - (b.results.year ?? -Infinity));
  if (series.length === 0)
    throw new TakarError(
      issue('results/invalid', ['results'], 'Give at least one results document to publish.'),
    );
  const problems = seriesIssues(series);
  const names = new Set(input.bundle.map((f) => f.path));
  for (const f of SITE_BUNDLE_REQUIRED)
    if (!names.has(f))
      problems.push(
        issue(
          'io/not-found',
          ['bundle', f],
          `The element bundle has no ${f}; give the files of @takar/elements/dist/cdn (built by \`npm run build\`).`,
        ),
      );
  if (problems.length) throw new TakarError(problems);

  const latest = series[series.length - 1] as SiteYear;
  const results = latest.results;
  const json = (value: unknown) =>
    (input.pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)) + '\n';
  const files: SiteFile[] = [];
  const write = (path: string, content: string | Uint8Array) => void files.push({ path, content });
  const raw = (y: SiteYear) => (y.raw === undefined ? y.results : y.raw);

  // The document as given (format 1 is given migrated to format 2), fields this version does not
  // know included: nothing is dropped. With several years, each year also has its own file, and
  // data/index.json lists them.
  write('data/results.json', json(raw(latest)));
  if (series.length > 1)
    for (const entry of series)
      write(`data/results-${yearKey(entry.results)}.json`, json(raw(entry)));
  // One small document per region (its scores, ranks and bands over the years, and the medians its
  // profile shows): what a regional portal's profile and trend download.
  const regions = regionDocuments(series.map((e) => e.results));
  for (const [code, doc] of regions) write(regionPath(code), json(doc));
  write('data/index.json', json(publicationIndex(series, regions.size > 0)));
  for (const [path, text] of Object.entries(csvFiles(results))) write(path, text);
  for (const f of input.bundle) write(`takar/${f.path}`, f.content);
  write('takar-site.css', SITE_CSS);

  const given = input.boundaries;
  const key = given?.key ?? 'code';
  let boundaries: { url: string; key: string } | undefined;
  let map: SiteMapSummary | undefined;
  if (given && 'url' in given) boundaries = { url: given.url, key };
  else if (given) {
    const codes = checkBoundaries(given.file, given.text, key);
    const name = `data/boundaries${/\.topo(json|\.json)?$/i.test(given.file) ? '.topojson' : '.geojson'}`;
    write(name, given.text);
    boundaries = { url: name, key };
    const unitCodes = results.units.codes;
    const inResults = new Set(unitCodes);
    map = {
      drawn: unitCodes.filter((c) => codes.has(c)).length,
      missingBoundaries: unitCodes.filter((c) => !codes.has(c)),
      withoutResults: [...codes].filter((c) => !inResults.has(c)).length,
    };
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
  write(
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

  const cdn = input.cdn ? input.cdn.replace(/\/?$/, '/') : undefined;
  const scriptUrl = cdn ? `${cdn}takar.js` : 'https://YOUR-SITE/takar/takar.js';
  const dataBase = 'https://YOUR-SITE/';
  const snippets = embeds.map((e) => ({
    e,
    code: `<script type="module" src="${esc(scriptUrl)}"></script>\n${tagHtml(e, dataBase)}`,
  }));
  for (const { e, code } of snippets) write(`snippets/${e.tag}.html`, code + '\n');
  const iframeCode = iframeSnippet({
    frameUrl: 'https://YOUR-SITE/frame.html?element=takar-ranking',
    resizerUrl: cdn ? `${cdn}takar-resize.js` : 'https://YOUR-SITE/takar/takar-resize.js',
    title,
  });
  write('snippets/iframe.html', iframeCode + '\n');
  write(
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
  write(
    'frame.html',
    page(title, `    <main${frameData}></main>`, {
      bodyClass: 'frame',
      connect,
      scripts: ['takar/takar-frame.js'],
    }),
  );
  return { files, ...(map ? { map } : {}) };
}
