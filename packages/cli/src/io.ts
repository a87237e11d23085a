import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What the CLI touches outside itself; tests pass their own to run `main()` in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Writes text (UTF-8) or bytes (an `.xlsx` workbook). */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Whether stderr is a terminal (progress bars are drawn only then, or with --progress). */
  stderrIsTTY?: boolean;
}

/**
 * The real terminal and file system.
 *
 * @example
 * ```ts
 * const io = nodeIo(); io.stdout('hello\n');
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => readFile(p),
    writeFile: (p, t) => writeFile(p, t, 'utf8'),
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/** Resolves a path given on the command line against the io's working directory. */
export function pathIn(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}
