import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TakarError, issue, type TakarIssue } from '@takar/core';
import { boundariesUrl } from '@takar/indonesia/boundaries';
import { parseArgs } from '../args.js';
import { NODE_FS, type FsOps } from '../files/fs-ops.js';
import { ioIssue } from '../files/io-issue.js';
import { buildThenSwap, writeFiles } from '../files/swap-folder.js';
import { pathIn, type CliIo } from '../io.js';
import { say } from '../locale/say.js';
import { optional, required } from './shared-flags.js';

/** Where the studio's page asks for the map boundaries (its `boundaries` attribute). */
export const STUDIO_BOUNDARIES = 'boundaries/kabkota.topo.json';

/** The list of a built studio's files, written by `npm run build -w @takar/studio`. */
const MANIFEST = 'dist/studio-manifest.json';

/** Options of {@link writeStudio}. */
export interface StudioOptions {
  /**
   * The folder to write. It is built in a temporary folder beside it and swapped in at the end, so
   * a failure changes nothing; an existing folder must be empty or one takar wrote.
   */
  out: string;
  /** The built studio's package folder (holding `index.html` and `dist/`); default `@takar/studio`. */
  from?: string;
  /** File operations (tests replace one to inject a failure). */
  fs?: FsOps;
}

/** What {@link writeStudio} wrote. */
export interface StudioSummary {
  /** Paths written, relative to `out`, sorted. */
  files: string[];
  /** Bytes written in all. */
  bytes: number;
}

/** The installed `@takar/studio` package's folder, or `undefined` when it is not installed. */
function installedStudio(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('@takar/studio/package.json'));
  } catch {
    return undefined;
  }
}

const notBuilt = (from: string, what: string): TakarIssue =>
  issue(
    'io/not-found',
    ['--from', what],
    `The studio in ${from} is not built (no ${what}); build it with \`npm run build -w @takar/studio\` (or give the built studio's folder with --from).`,
  );

/**
 * Writes Takar Studio as a folder to host anywhere (any static web server): the page, its style
 * sheet and icon, the bundled scripts with their licence notes, the element bundle the studio's
 * published sites carry (`dist/site-bundle.zip`), and the map boundaries of `@takar/indonesia`
 * (`boundaries/kabkota.topo.json`, as the page asks for them). The files are those the studio's
 * build lists in `dist/studio-manifest.json`, each checked against the size listed there, and the
 * manifest itself (the page reads it to fetch every script chunk up front); source maps are left
 * out. Written atomically, as `takar publish` writes a site.
 *
 * @param options - the out folder, and where the built studio is
 * @returns the files written, relative to `out`
 * @example
 * ```ts
 * await writeStudio({ out: 'studio-site' });
 * ```
 */
export async function writeStudio(options: StudioOptions): Promise<StudioSummary> {
  const from = options.from ?? installedStudio();
  if (from === undefined)
    throw new TakarError(
      issue(
        'io/not-found',
        ['--from'],
        'Takar Studio (the @takar/studio package) is not installed beside takar (it is not published to npm yet, and it is not a dependency of @takar/cli, which it uses); give the folder of a built studio with --from (in the Takar repository: packages/studio, after `npm run build -w @takar/studio`).',
      ),
    );
  let listed: { path: string; bytes: number }[];
  let manifestText: string;
  try {
    manifestText = await readFile(join(from, MANIFEST), 'utf8');
    const manifest = JSON.parse(manifestText) as {
      format?: unknown;
      files?: unknown;
    };
    if (manifest.format !== 'takar-studio' || !Array.isArray(manifest.files))
      throw new TakarError(
        issue(
          'io/unknown-format',
          ['--from', MANIFEST],
          `${join(from, MANIFEST)} is not a studio manifest (format "takar-studio"); rebuild the studio with \`npm run build -w @takar/studio\`.`,
        ),
      );
    listed = manifest.files as { path: string; bytes: number }[];
    // Paths inside the studio's folder only (no `..`, not absolute), each with its size.
    const bad = listed.filter(
      (f) =>
        typeof f?.path !== 'string' ||
        !Number.isInteger(f.bytes) ||
        !/^[\w.-]+(\/[\w.-]+)*$/.test(f.path) ||
        f.path.split('/').some((part) => part === '..' || part === '.'),
    );
    if (bad.length > 0)
      throw new TakarError(
        issue(
          'io/unknown-format',
          ['--from', MANIFEST],
          `${join(from, MANIFEST)} lists ${bad.length} entr${bad.length === 1 ? 'y' : 'ies'} that are not a relative path with a size (first: ${JSON.stringify(bad[0])}); rebuild the studio with \`npm run build -w @takar/studio\`.`,
        ),
      );
  } catch (e) {
    if (e instanceof TakarError) throw e;
    throw new TakarError(notBuilt(from, MANIFEST));
  }
  // Every listed file read (and checked) before anything is written: all problems at once.
  const problems: TakarIssue[] = [];
  const files: { path: string; content: Uint8Array }[] = [];
  for (const { path, bytes } of listed) {
    let content: Uint8Array;
    try {
      content = await readFile(join(from, path));
    } catch {
      problems.push(notBuilt(from, path));
      continue;
    }
    if (content.length !== bytes)
      problems.push(
        issue(
          'io/unreadable',
          ['--from', path],
          `${join(from, path)} has ${content.length} bytes, the studio's manifest says ${bytes}: the build is incomplete or was changed; rebuild it with \`npm run build -w @takar/studio\`.`,
        ),
      );
    files.push({ path, content });
  }
  if (problems.length) throw new TakarError(problems);
  // The manifest too: the page reads it to fetch every chunk up front ("siap luring").
  files.push({ path: MANIFEST, content: new TextEncoder().encode(manifestText) });
  const boundaries = fileURLToPath(boundariesUrl());
  try {
    files.push({ path: STUDIO_BOUNDARIES, content: await readFile(boundaries) });
  } catch (e) {
    throw new TakarError(ioIssue(e, boundaries, '--out', 'read'));
  }

  const fs = options.fs ?? NODE_FS;
  try {
    return await buildThenSwap(
      options.out,
      fs,
      async (dir) => {
        await writeFiles(files, dir, fs);
        return {
          files: files.map((f) => f.path).sort(),
          bytes: files.reduce((n, f) => n + f.content.length, 0),
        };
      },
      'takar studio',
    );
  } catch (e) {
    if (e instanceof TakarError) throw e;
    throw new TakarError(ioIssue(e, options.out, '--out', 'write'));
  }
}

/**
 * `takar studio --out <dir> [--from <built studio>]`: writes Takar Studio as a folder to host
 * anywhere (see {@link writeStudio}).
 *
 * @example
 * ```ts
 * await studioCommand(['--out', 'studio-site'], io);
 * ```
 */
export async function studioCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['out', 'from', 'lang']);
  const out = required(args, 'out');
  const from = optional(args, 'from');
  const summary = await writeStudio({
    out: pathIn(io, out),
    ...(from === undefined ? {} : { from: pathIn(io, from) }),
    ...(io.fs ? { fs: io.fs } : {}),
  });
  const kb = (summary.bytes / 1024).toFixed(0);
  io.stderr(
    say(
      `takar studio: menulis ${summary.files.length} berkas (${kb} KB) ke ${out}; letakkan folder ini di server web statis mana pun dan buka index.html lewat http(s)\n`,
      `takar studio: wrote ${summary.files.length} files (${kb} KB) to ${out}; put the folder on any static web server and open its index.html over http(s)\n`,
    ),
  );
  return 0;
}
