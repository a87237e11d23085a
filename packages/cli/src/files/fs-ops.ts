import { open, rename, unlink } from 'node:fs/promises';

/** A file being written: chunks in order, then `close` flushes it to disk (fsync) and closes it. */
export interface FileSink {
  write: (chunk: string | Uint8Array) => Promise<void>;
  close: () => Promise<void>;
  /** Closes without flushing, after a failure. Never throws. */
  abort: () => Promise<void>;
}

/**
 * The few file-system operations every CLI write goes through. Tests replace one (e.g. a `write`
 * that fails with ENOSPC half-way) to check that a failure leaves the old file intact.
 */
export interface FsOps {
  /** Creates a new file (failing if it exists) for writing. */
  create: (path: string) => Promise<FileSink>;
  rename: (from: string, to: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
  /** Flushes a folder's entries to disk after a rename; best effort. */
  syncDir: (path: string) => Promise<void>;
}

/**
 * The real file system.
 *
 * @example
 * ```ts
 * const sink = await NODE_FS.create('/tmp/x.tmp'); await sink.write('a'); await sink.close();
 * ```
 */
export const NODE_FS: FsOps = {
  create: async (path) => {
    const handle = await open(path, 'wx');
    return {
      // FileHandle.writeFile writes the whole chunk at the current position, so chunks append.
      write: async (chunk) => void (await handle.writeFile(chunk)),
      close: async () => {
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      },
      abort: async () => {
        await handle.close().catch(() => undefined);
      },
    };
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  syncDir: async (path) => {
    try {
      const dir = await open(path, 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch {
      // Some platforms cannot fsync a folder; the rename itself is still atomic.
    }
  },
};
