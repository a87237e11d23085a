import type { z } from 'zod';
import type { TakarIssue } from '../errors/index.js';
import { issue } from '../errors/index.js';

/**
 * Validates every row against `schema`, collecting the issues of all rows (at most `limit`, plus a
 * closing note with how many more) under `impact/invalid`.
 *
 * @example
 * ```ts
 * const { rows, issues } = parseRows(input, ProgrammeRowSchema, 'programmes');
 * ```
 */
export function parseRows<S extends z.ZodType>(
  input: unknown,
  schema: S,
  name: string,
  limit = 50,
): { rows: z.infer<S>[]; issues: TakarIssue[] } {
  const issues: TakarIssue[] = [];
  if (!Array.isArray(input)) {
    issues.push(
      issue(
        'impact/invalid',
        [name],
        `Expected an array of ${name} rows; pass the parsed rows of the file.`,
      ),
    );
    return { rows: [], issues };
  }
  const rows: z.infer<S>[] = [];
  let more = 0;
  input.forEach((row: unknown, i) => {
    const r = schema.safeParse(row);
    if (r.success) rows.push(r.data);
    else
      for (const zi of r.error.issues) {
        if (issues.length >= limit) more++;
        else
          issues.push(
            issue(
              'impact/invalid',
              [name, i, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
              `${zi.message}. Fix this cell and try again.`,
            ),
          );
      }
  });
  if (more)
    issues.push(issue('impact/invalid', [name], `…and ${more} more problems of the same kind.`));
  return { rows, issues };
}
