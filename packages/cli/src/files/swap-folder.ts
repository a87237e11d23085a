import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { TakarError, issue } from '@takar/core';
import type { FsOps } from './fs-ops.js';
import { errnoOf } from './io-issue.js';

/** The file that marks a folder as written by `takar publish` or `takar studio` (so it may be replaced). */
export const SITE_MARKER = '.takar-publish';

/**
 * Builds a folder in a temporary folder beside `out`, then swaps it in: the old folder is renamed
 * aside, the new one renamed to `out`, and the old one deleted. A failure while building deletes
 * the temporary folder and leaves `out` as it was. An existing `out` must be empty or an earlier
 * `takar publish` (it holds {@link SITE_MARKER}, or `data/results.json` and `embed.html`), since
 * the whole folder is replaced; anything else is refused with `io/exists`. `command` names the
 * command that writes it, in the refusal and the marker (`takar publish` by default).
 *
 * @example
 * ```ts
 * await buildThenSwap('/srv/site', NODE_FS, async (dir) => writeFile(join(dir, 'index.html'), html));
 * ```
 */
export async function buildThenSwap<T>(
  out: string,
  fs: FsOps,
  build: (dir: string) => Promise<T>,
  command: 'takar publish' | 'takar studio' = 'takar publish',
): Promise<T> {
  const existing = await contentsOf(out);
  if (existing !== undefined && existing.length > 0 && !(await isSite(out, existing))) {
    const files = `${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}`;
    throw new TakarError(
      issue(
        'io/exists',
        ['--out'],
        command === 'takar publish'
          ? `Cannot publish into "${out}": it already holds files that takar publish did not write (${files}), and publishing replaces the whole folder. Give a new or empty folder.`
          : `Cannot write the studio into "${out}": it already holds files that takar did not write (${files}), and ${command} replaces the whole folder. Give a new or empty folder.`,
      ),
    );
  }
  const stage = await mkdtemp(join(dirname(out), `.${basename(out)}.takar-tmp-`));
  let value: T;
  try {
    value = await build(stage);
    await writeFile(join(stage, SITE_MARKER), `Written by ${command}; replaced as a whole.\n`);
  } catch (e) {
    await rm(stage, { recursive: true, force: true });
    throw e;
  }
  const old =
    existing === undefined
      ? undefined
      : join(dirname(out), `.${basename(out)}.takar-old-${randomBytes(4).toString('hex')}`);
  try {
    if (old) await fs.rename(out, old);
    try {
      await fs.rename(stage, out);
    } catch (e) {
      if (old) await fs.rename(old, out);
      throw e;
    }
  } catch (e) {
    await rm(stage, { recursive: true, force: true });
    throw e;
  }
  await fs.syncDir(dirname(out));
  if (old) await rm(old, { recursive: true, force: true });
  return value;
}

async function contentsOf(path: string): Promise<string[] | undefined> {
  try {
    return (await readdir(path)).sort();
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return undefined;
    throw e;
  }
}

async function isSite(path: string, entries: readonly string[]): Promise<boolean> {
  if (entries.includes(SITE_MARKER)) return true;
  if (!entries.includes('embed.html')) return false;
  try {
    return (await stat(join(path, 'data', 'results.json'))).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes files (paths relative to `dir`, folders made as needed) into `dir`, the fresh folder
 * {@link buildThenSwap} hands its build; a failed write is aborted and thrown.
 */
export async function writeFiles(
  files: readonly { path: string; content: string | Uint8Array }[],
  dir: string,
  fs: FsOps,
): Promise<void> {
  for (const { path, content } of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    const file = await fs.create(join(dir, path));
    try {
      await file.write(content);
      await file.close();
    } catch (e) {
      await file.abort();
      throw e;
    }
  }
}
