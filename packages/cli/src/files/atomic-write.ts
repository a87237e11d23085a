import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { TakarError } from '@takar/core';
import { NODE_FS, type FsOps } from './fs-ops.js';
import { ioIssue } from './io-issue.js';

/** A file written in place only when complete; see {@link atomicSink}. */
export interface AtomicSink {
  write: (chunk: string | Uint8Array) => Promise<void>;
  /** Flushes the temporary file and renames it over the target. */
  commit: () => Promise<void>;
  /** Deletes the temporary file; the target is untouched. Never throws. */
  abort: () => Promise<void>;
}

/** The temporary name next to `path`: same folder (so the rename is atomic), hidden, unique. */
export function tempPathFor(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.takar-tmp`,
  );
}

/**
 * Opens a file to be written in chunks: they go to a temporary file in the same folder, which
 * `commit` flushes to disk (fsync) and renames over `path`. Until then, and after any failure,
 * the old file at `path` is untouched and the temporary file is removed. File-system errors
 * become `io/*` TakarErrors naming `shown` (the path as the user gave it) and `role`.
 *
 * @example
 * ```ts
 * const sink = await atomicSink('/data/out.csv'); await sink.write('a,b\n'); await sink.commit();
 * ```
 */
export async function atomicSink(
  path: string,
  options: { fs?: FsOps; shown?: string; role?: string } = {},
): Promise<AtomicSink> {
  const fs = options.fs ?? NODE_FS;
  const shown = options.shown ?? path;
  const role = options.role ?? '--out';
  const temp = tempPathFor(path);
  const fail = (e: unknown): TakarError =>
    e instanceof TakarError ? e : new TakarError(ioIssue(e, shown, role, 'write'));
  let file;
  try {
    file = await fs.create(temp);
  } catch (e) {
    throw fail(e);
  }
  const sink = file;
  let done = false;
  const abort = async (): Promise<void> => {
    if (done) return;
    done = true;
    await sink.abort();
    await fs.unlink(temp).catch(() => undefined);
  };
  return {
    write: async (chunk) => {
      try {
        await sink.write(chunk);
      } catch (e) {
        await abort();
        throw fail(e);
      }
    },
    commit: async () => {
      if (done) throw new RangeError('atomicSink: already committed or aborted');
      try {
        await sink.close();
        await fs.rename(temp, path);
        done = true;
      } catch (e) {
        done = false;
        await abort();
        throw fail(e);
      }
      await fs.syncDir(dirname(path));
    },
    abort,
  };
}

/**
 * Writes a whole file atomically (see {@link atomicSink}): a full disk or any other failure
 * leaves the old file intact. `data` may be text in pieces (an iterable of strings), so a large
 * document is never one string.
 *
 * @example
 * ```ts
 * await atomicWrite('/data/results.json', JSON.stringify(doc));
 * ```
 */
export async function atomicWrite(
  path: string,
  data: string | Uint8Array | Iterable<string>,
  options: { fs?: FsOps; shown?: string; role?: string } = {},
): Promise<void> {
  const sink = await atomicSink(path, options);
  if (typeof data === 'string' || data instanceof Uint8Array) await sink.write(data);
  else {
    // Text in pieces (a results document of 10^6 units): written about 1 MiB at a time.
    let pending = '';
    try {
      for (const piece of data) {
        pending += piece;
        if (pending.length >= 1 << 20) {
          await sink.write(pending);
          pending = '';
        }
      }
    } catch (e) {
      await sink.abort();
      throw e;
    }
    if (pending) await sink.write(pending);
  }
  await sink.commit();
}
