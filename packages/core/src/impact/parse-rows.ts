import { safeParseKeepingProto } from '../schema/keep-proto.js';
import type { z } from 'zod';
import type { TakarIssue } from '../errors/index.js';
import { issue } from '../errors/index.js';
import { looksLikeNik } from './looks-like-nik.js';

/**
 * Validates every row against `schema`, collecting the issues of all rows (at most `limit`, plus a
 * closing note with how many more) under `impact/invalid`. A NIK-shaped text in any field but
 * `key` (region, programme, dimension, or a column the schema does not know) is refused with
 * `impact/raw-identifier`, naming the row and field, never the value.
 *
 * @example
 * ```ts
 * const { rows, issues } = parseRows(input, ProgrammeRowSchema, 'programmes');
 * ```
 *
 * @category Impact
 */
export function parseRows<S extends z.ZodType>(
  input: unknown,
  schema: S,
  name: string,
  limit = 50,
): { rows: z.infer<S>[]; issues: TakarIssue[]; index: number[] } {
  const issues: TakarIssue[] = [];
  if (!Array.isArray(input)) {
    issues.push(
      issue(
        'impact/invalid',
        [name],
        `Expected an array of ${name} rows; pass the parsed rows of the file.`,
      ),
    );
    return { rows: [], issues, index: [] };
  }
  const rows: z.infer<S>[] = [];
  /** The input index of each row that passed, so later checks name the row as given. */
  const index: number[] = [];
  let more = 0;
  input.forEach((row: unknown, i) => {
    if (row && typeof row === 'object')
      for (const [field, v] of Object.entries(row))
        if (field !== 'key' && typeof v === 'string' && looksLikeNik(v)) {
          if (issues.length >= limit) more++;
          else
            issues.push(
              issue(
                'impact/raw-identifier',
                [name, i, field],
                `This ${field} looks like a raw 16-digit NIK (not shown); a NIK may only be in the key column of keyed records, hashed. Remove it.`,
              ),
            );
          return;
        }
    const r = safeParseKeepingProto(schema, row);
    if (r.success) {
      rows.push(r.data);
      index.push(i);
    } else
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
  return { rows, issues, index };
}
