import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../args.js';
import { NODE_FS, type FsOps } from '../files/fs-ops.js';
import { ioIssue } from '../files/io-issue.js';
import { buildThenSwap, writeFiles } from '../files/swap-folder.js';
import { pathIn, type CliIo } from '../io.js';
import { optional, required } from './shared-flags.js';
import { boundariesUrl } from '@takar/indonesia/boundaries';
import {
  SITE_BUNDLE_REQUIRED,
  buildSite,
  seriesIssues,
  type SiteBoundaries,
  type SiteFile,
  type SiteMapSummary,
} from '@takar/elements/site';
import {
  TakarError,
  issue,
  parseResults,
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
export type PublishMapSummary = SiteMapSummary;

/** What {@link publish} wrote. */
export interface PublishSummary {
  /** Paths written, relative to `out`. */
  files: string[];
  /** Set when a boundaries file was given: how its codes match the results. */
  map?: PublishMapSummary;
  /** What the terminal should say about the series (e.g. why it was not normalised across years). */
  notes: string[];
}

/** Reads the element bundle's files (source maps left out), paths relative to its folder. */
async function readBundle(dir: string, under = ''): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await readBundle(dir, path)));
    else if (!entry.name.endsWith('.map'))
      files.push({ path, content: await readFile(join(dir, path)) });
  }
  return files;
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
  const missing = SITE_BUNDLE_REQUIRED.filter((f) => !bundleFiles.includes(f));
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
    return await buildThenSwap(options.out, fs, async (dir) => {
      // Read first, then assembled as data (the same function the studio zips), then written.
      const site = buildSite({
        years: series,
        bundle: await readBundle(bundleDir),
        ...(options.pretty ? { pretty: true } : {}),
        ...(options.cdn === undefined ? {} : { cdn: options.cdn }),
        ...(options.boundaries === undefined
          ? {}
          : { boundaries: await siteBoundaries(options.boundaries, options.boundaryKey) }),
      });
      await writeFiles(site.files, dir, fs);
      return {
        files: site.files.map((f) => f.path).sort(),
        ...(site.map ? { map: site.map } : {}),
        notes,
      };
    });
  } catch (e) {
    if (e instanceof TakarError) throw e;
    throw new TakarError(ioIssue(e, options.out, '--out', 'write'));
  }
}

/** The `boundaries` option as the site takes it: a URL as it is, a file read (its path in messages). */
async function siteBoundaries(boundaries: string, key = 'code'): Promise<SiteBoundaries> {
  if (/^https?:\/\//i.test(boundaries)) return { url: boundaries, key };
  const file = boundariesFile(boundaries);
  try {
    return { file, text: await readFile(file, 'utf8'), key };
  } catch (e) {
    throw new TakarError(ioIssue(e, file, '--boundaries', 'read'));
  }
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
  issues.push(...seriesIssues(entries, ['--results'], 'cli/usage'));
  if (issues.length) throw new TakarError(issues);
  return entries;
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
