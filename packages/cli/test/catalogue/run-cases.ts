// The bad-input catalogue's runner: one table row per case, one `it` per row. A CLI case runs
// `takar` in-process in a fresh folder holding the mini framework and data plus the case's own
// files, and checks the exit code, the error code, and that the error line names the place.
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { TakarError, formatPath, type TakarIssue } from '@takar/core';
import { main } from '@takar/cli';
import { NODE_FS, type FsOps } from '../../src/files/fs-ops.js';
import { errorMeaningId } from '../../src/locale/error-meanings.js';
import { writeMini, type Run } from '../helpers/takar.js';

/** One bad command line. */
export interface CliCase {
  /** What is wrong, in a few words (the test's name). */
  name: string;
  /** Files to create in the case's folder (path → content). */
  files?: Record<string, string | Uint8Array>;
  /** More preparation (links, folders, a results document made by takar itself). */
  setup?: (dir: string, takar: (...argv: string[]) => Promise<Run>) => void | Promise<void>;
  argv: string[];
  /** Environment variables for the run (e.g. TAKAR_SALT). */
  env?: Record<string, string>;
  /** Replaces file operations, to inject a failure (a full disk). */
  fs?: (real: FsOps) => FsOps;
  /** Replaces reading, to inject a failure. */
  readFile?: (path: string) => Promise<Uint8Array>;
  exit: 1 | 2;
  code: string;
  /** Text the error line of that code must contain: the flag, file, row, column or cell. */
  place: string | RegExp;
  /** Further checks: the old file intact, no temporary file left, … */
  after?: (dir: string, run: Run) => void;
}

/** A folder's entries (recursively) whose names show a temporary file or folder of takar. */
export function leftovers(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (/takar-(tmp|old)/.test(e.name)) out.push(e.name);
  return out;
}

/** Runs takar in `dir`. */
export async function takarIn(
  dir: string,
  argv: readonly string[],
  extra: { fs?: FsOps; readFile?: (path: string) => Promise<Uint8Array> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    stderrIsTTY: false,
    ...(extra.fs ? { fs: extra.fs } : {}),
    ...(extra.readFile ? { readFile: extra.readFile } : {}),
  });
  return { code, stdout, stderr };
}

/** The error lines of a run's stderr with the given code. */
export function errorLines(stderr: string, code: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith(`error ${code}`));
}

/** Declares one `it` per case. */
export function cliCases(cases: readonly CliCase[]): void {
  for (const c of cases)
    it(c.name, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'takar-cat-'));
      writeMini(dir);
      for (const [path, content] of Object.entries(c.files ?? {})) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      const takar = (...argv: string[]) => takarIn(dir, argv);
      await c.setup?.(dir, takar);
      for (const [k, v] of Object.entries(c.env ?? {})) vi.stubEnv(k, v);
      try {
        const run = await takarIn(dir, c.argv, {
          ...(c.fs ? { fs: c.fs(NODE_FS) } : {}),
          ...(c.readFile ? { readFile: c.readFile } : {}),
        });
        expect(run.stderr).not.toMatch(/This is a bug in takar/);
        const found = errorLines(run.stderr, c.code);
        expect(found, `stderr was:\n${run.stderr}`).not.toHaveLength(0);
        // Indonesian first: by default every error line gives its code's meaning in Indonesian,
        // then the detailed message, which the case's place is matched against.
        const meaning = `: ${errorMeaningId(c.code) ?? ''} — `;
        const english = c.argv.includes('en') && c.argv.some((a) => a.startsWith('--lang'));
        expect(errorMeaningId(c.code), `no Indonesian meaning for ${c.code}`).toBeDefined();
        if (!english) for (const l of found) expect(l).toContain(meaning);
        const lines = found.map((l) => l.replace(meaning, ': '));
        expect(lines.join('\n')).toMatch(
          typeof c.place === 'string' ? new RegExp(escape(c.place)) : c.place,
        );
        expect(run.code).toBe(c.exit);
        c.after?.(dir, run);
      } finally {
        vi.unstubAllEnvs();
      }
    });
}

/** One bad call of the API. */
export interface ApiCase {
  name: string;
  /** Throws (or rejects with) a TakarError, or returns a `safe…` result with `ok: false`. */
  run: () => unknown;
  code: string;
  /** Text the issue's formatted path or message must contain. */
  place: string | RegExp;
}

/** Declares one `it` per API case: the call must fail with a coded issue naming the place. */
export function apiCases(cases: readonly ApiCase[]): void {
  for (const c of cases)
    it(c.name, async () => {
      let issues: readonly TakarIssue[] | undefined;
      try {
        const r = (await c.run()) as { ok?: boolean; issues?: readonly TakarIssue[] } | undefined;
        if (r && r.ok === false) issues = r.issues;
      } catch (e) {
        if (!(e instanceof TakarError)) throw e;
        issues = e.issues;
      }
      expect(issues, 'the call should have failed with a TakarError').toBeDefined();
      const hits = (issues ?? []).filter((i) => i.code === c.code);
      expect(hits, JSON.stringify(issues)).not.toHaveLength(0);
      expect(hits.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n')).toMatch(
        typeof c.place === 'string' ? new RegExp(escape(c.place)) : c.place,
      );
    });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { fakeBundle } from '../helpers/fake-bundle.js';

/** An error as node:fs throws it. */
export function errno(code: string, path = ''): Error {
  return Object.assign(new Error(`${code}: injected, '${path}'`), { code, path });
}
