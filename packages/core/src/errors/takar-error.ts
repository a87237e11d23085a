import type { TakarErrorCode } from './codes.js';

/**
 * A path to the offending place in an input: object keys and array indices, outermost first.
 *
 * @category I/O
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input: a stable code, where it is, and what to do about it.
 *
 * @category I/O
 */
export interface TakarIssue {
  /** Stable code from {@link ERROR_CODES}. */
  readonly code: TakarErrorCode;
  /** Where the problem is, e.g. `['nodes', 12, 'parent']`; empty for the input as a whole. */
  readonly path: IssuePath;
  /** A sentence for the person who must fix it, saying what to do next. */
  readonly message: string;
}

/**
 * The one error type Takar throws. It carries every issue found, not just the first.
 *
 * @example
 * ```ts
 * try { score(framework, data); } catch (e) {
 *   if (e instanceof TakarError) for (const i of e.issues) console.error(i.code, i.path.join('.'), i.message);
 * }
 * ```
 *
 * @category I/O
 */
export class TakarError extends Error {
  /** The code of the first issue. */
  readonly code: TakarErrorCode;
  /** The path of the first issue. */
  readonly path: IssuePath;
  /** Every issue found, in input order. */
  readonly issues: readonly TakarIssue[];

  constructor(issues: TakarIssue | readonly TakarIssue[]) {
    const list = Array.isArray(issues) ? (issues as readonly TakarIssue[]) : [issues as TakarIssue];
    const first = list[0];
    if (!first) throw new RangeError('TakarError needs at least one issue');
    super(formatIssues(list));
    this.name = 'TakarError';
    this.code = first.code;
    this.path = first.path;
    this.issues = list;
  }
}

/**
 * Makes one issue.
 *
 * @category I/O
 */
export function issue(code: TakarErrorCode, path: IssuePath, message: string): TakarIssue {
  return { code, path, message };
}

/**
 * Formats issues one per line: `code at path: message`.
 *
 * @category I/O
 */
export function formatIssues(issues: readonly TakarIssue[]): string {
  return issues
    .map((i) => `${i.code}${i.path.length ? ` at ${formatPath(i.path)}` : ''}: ${i.message}`)
    .join('\n');
}

/**
 * Formats a path as `nodes[12].parent`.
 *
 * @category I/O
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const p of path)
    out +=
      typeof p === 'number'
        ? `[${p}]`
        : // A key with spaces, quotes or brackets is written in brackets, as JSON: ["kode wilayah"].
          /[\s"'[\]]/.test(p) || p === ''
          ? `[${JSON.stringify(p)}]`
          : out
            ? `.${p}`
            : p;
  return out;
}

/**
 * The result of a `safe…` function: the value, or every issue found.
 *
 * @category I/O
 */
export type SafeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly TakarIssue[] };

/**
 * Runs `fn`, turning a thrown {@link TakarError} into `{ ok: false, issues }`; other errors still throw.
 *
 * @category I/O
 */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof TakarError) return { ok: false, issues: e.issues };
    throw e;
  }
}

/**
 * Throws a {@link TakarError} if `issues` is not empty.
 *
 * @category I/O
 */
export function throwIfAny(issues: readonly TakarIssue[]): void {
  if (issues.length > 0) throw new TakarError(issues);
}
