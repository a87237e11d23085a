import type { z } from 'zod';
import type { TakarErrorCode } from './codes.js';
import { issue, type TakarIssue } from './takar-error.js';

/**
 * Turns a zod error into Takar issues with the given code, prefixing each path with `at`.
 *
 * @category I/O
 */
export function fromZodError(
  error: z.ZodError,
  code: TakarErrorCode,
  at: readonly (string | number)[] = [],
): TakarIssue[] {
  return error.issues.map((i) =>
    issue(
      code,
      [...at, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      `${i.message}. Fix this value and try again.`,
    ),
  );
}
