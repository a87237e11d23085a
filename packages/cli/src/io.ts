import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { atomicSink, atomicWrite } from './files/atomic-write.js';
import type { Encoding } from './files/decode-text.js';
import { NODE_FS, type FsOps } from './files/fs-ops.js';

/** What the CLI touches outside itself; tests pass their own to run `main()` in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /**
   * Writes a whole file, text (UTF-8) or bytes (an `.xlsx` workbook), atomically (temporary file,
   * fsync, rename): a failure leaves the old one.
   */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /**
   * Writes a file from text chunks, atomically like `writeFile`, without holding the whole text
   * (the results document of 83,762 units). Without it, the chunks are joined and `writeFile`d.
   */
  writeChunks?: (path: string, chunks: Iterable<string>) => Promise<void>;
  /** The file operations every write goes through; tests replace one to inject a failure. */
  fs?: FsOps;
  /** Encoding of input text files (`--encoding`); default strict UTF-8. */
  encoding?: Encoding;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Whether stderr is a terminal (progress bars are drawn only then, or with --progress). */
  stderrIsTTY?: boolean;
}

/**
 * The real terminal and file system; `fs` replaces the low-level file operations (tests).
 *
 * @example
 * ```ts
 * const io = nodeIo(); io.stdout('hello\n');
 * ```
 */
export function nodeIo(fs: FsOps = NODE_FS, cwd: string = process.cwd()): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => readFile(p),
    writeFile: (p, t) => atomicWrite(p, t, { fs, shown: shownPath(cwd, p), role: 'output' }),
    writeChunks: async (p, chunks) => {
      const sink = await atomicSink(p, { fs, shown: shownPath(cwd, p), role: 'output' });
      // Chunks are batched to about 1 MB per write: fewer system calls, little memory.
      let batch = '';
      for (const chunk of chunks) {
        batch += chunk;
        if (batch.length >= 1 << 20) {
          await sink.write(batch);
          batch = '';
        }
      }
      if (batch) await sink.write(batch);
      await sink.commit();
    },
    fs,
    cwd,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** Resolves a path given on the command line against the io's working directory. */
export function pathIn(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/** A path as messages show it: relative to `cwd` when inside it, else as it is. */
export function shownPath(cwd: string, path: string): string {
  const r = relative(cwd, path);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : path;
}
