import { constants } from 'node:fs';
import { access, lstat, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { TakarError, issue, type TakarIssue } from '@takar/core';
import { errnoOf, ioIssue } from './io-issue.js';

/** One path the command will write: its flag, the path as given, and whether it is a file or a folder. */
export interface OutputPath {
  flag: string;
  path: string;
  kind: 'file' | 'folder';
}

/**
 * Checks every output path before anything is read or written, and reports every problem at once:
 * an output that is one of the inputs (same path, or the same file through another name) or
 * shared by two outputs (`io/same-as-input`); an output that is a symbolic link (`io/symlink`);
 * a file output that is a folder (`io/is-directory`) or a folder output that is a file
 * (`io/not-a-directory`); a parent folder that is missing (`io/not-found`), not a folder or not
 * writable (`io/permission-denied`).
 *
 * @param cwd - the folder relative paths start from
 * @param outputs - the paths to be written
 * @param inputs - every other path on the command line (values of other flags, positionals)
 * @example
 * ```ts
 * await checkOutputs(process.cwd(), [{ flag: '--out', path: 'r.json', kind: 'file' }], ['data.csv']);
 * ```
 */
export async function checkOutputs(
  cwd: string,
  outputs: readonly OutputPath[],
  inputs: readonly string[],
): Promise<void> {
  const issues: TakarIssue[] = [];
  const identity = async (p: string): Promise<string | undefined> => {
    try {
      const s = await stat(p);
      return `${s.dev}:${s.ino}`;
    } catch {
      return undefined;
    }
  };
  const inputIds = new Map<string, string>();
  for (const i of inputs) {
    const abs = resolve(cwd, i);
    inputIds.set(abs, i);
    const id = await identity(abs);
    if (id) inputIds.set(id, i);
  }
  const seen = new Map<string, string>();
  for (const o of outputs) {
    const abs = resolve(cwd, o.path);
    const link = await isLink(abs);
    if (link) {
      issues.push(
        issue(
          'io/symlink',
          [o.flag],
          `${o.flag} "${o.path}" is a symbolic link; takar does not write through links (the file it points to may be outside the folder you meant, or an input). Give the real path, or remove the link.`,
        ),
      );
      continue;
    }
    const id = await identity(abs);
    const input = inputIds.get(abs) ?? (id ? inputIds.get(id) : undefined);
    if (input !== undefined) {
      issues.push(
        issue(
          'io/same-as-input',
          [o.flag],
          `${o.flag} "${o.path}" is also an input ("${input}"); writing it would destroy the input. Choose another output path.`,
        ),
      );
      continue;
    }
    const other = seen.get(abs) ?? (id ? seen.get(id) : undefined);
    if (other !== undefined) {
      issues.push(
        issue(
          'io/same-as-input',
          [o.flag],
          `${o.flag} "${o.path}" is also the path of ${other}; give each output its own path.`,
        ),
      );
      continue;
    }
    seen.set(abs, o.flag);
    if (id) seen.set(id, o.flag);
    const problem = await checkOne(abs, o);
    if (problem) issues.push(problem);
  }
  if (issues.length) throw new TakarError(issues);
}

async function checkOne(abs: string, o: OutputPath): Promise<TakarIssue | undefined> {
  try {
    const s = await lstat(abs);
    if (o.kind === 'file' && s.isDirectory())
      return ioIssue(Object.assign(new Error(), { code: 'EISDIR' }), o.path, o.flag, 'write');
    if (o.kind === 'folder' && !s.isDirectory())
      return issue(
        'io/not-a-directory',
        [o.flag],
        `Cannot write ${o.flag} "${o.path}": it is a file, and ${o.flag} names a folder; give a folder path.`,
      );
  } catch (e) {
    if (errnoOf(e) !== 'ENOENT') return ioIssue(e, o.path, o.flag, 'write');
  }
  const parent = dirname(abs);
  try {
    const s = await stat(parent);
    if (!s.isDirectory())
      return ioIssue(Object.assign(new Error(), { code: 'ENOTDIR' }), o.path, o.flag, 'write');
    await access(parent, constants.W_OK);
  } catch (e) {
    return ioIssue(e, o.path, o.flag, 'write');
  }
  return undefined;
}

async function isLink(abs: string): Promise<boolean> {
  try {
    return (await lstat(abs)).isSymbolicLink();
  } catch {
    return false;
  }
}
