import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { atomicWrite } from './files/atomic-write.js';
import type { Encoding } from './files/decode-text.js';
import { NODE_FS, type FsOps } from './files/fs-ops.js';

/** What the CLI touches outside itself; tests pass their own to run `main()` in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /**
   * Writes a whole file, text (UTF-8) or bytes (an `.xlsx` workbook), atomically (temporary file,
   * fsync, rename): a failure leaves the old one. Text may come in pieces (an iterable of strings).
   */
  writeFile: (path: string, data: string | Uint8Array | Iterable<string>) => Promise<void>;
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
