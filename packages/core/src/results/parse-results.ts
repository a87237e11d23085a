// The boundary where results documents come in (files, fetches): validated with zod, format 1
// migrated to format 2, every problem listed at once. Past it, code reads them with resultsView.
import {
  fromZodError,
  issue,
  safely,
  TakarError,
  type SafeResult,
  type TakarIssue,
} from '../errors/index.js';
import { safeParseKeepingProto } from '../schema/keep-proto.js';
import {
  ResultsDocumentSchema,
  ResultsDocumentV1Schema,
  type ResultsDocument,
} from '../schema/results.js';
import { newerFormatVersion } from './check-version.js';
import { migrateResults } from './migrate.js';
import { misaligned } from './aligned.js';

/**
 * Validates unknown JSON as a results document and returns it as format 2. A format-1 document is
 * validated as format 1 and migrated; a newer `formatVersion` is refused with
 * `results/unsupported-version`. Throws a {@link TakarError} listing every problem (schema errors,
 * columns of the wrong length, a unit or score key listed twice) under `results/invalid`.
 *
 * @example
 * ```ts
 * const results = parseResults(JSON.parse(readFileSync('results.json', 'utf8')));
 * resultsView(results).size; // number of units
 * ```
 *
 * @category Results
 */
export function parseResults(value: unknown): ResultsDocument {
  const newer = newerFormatVersion(value);
  if (newer) throw new TakarError([newer]);
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (version === 1) {
    const v1 = safeParseKeepingProto(ResultsDocumentV1Schema, value);
    if (!v1.success) throw new TakarError(fromZodError(v1.error, 'results/invalid'));
    const twice = duplicates(
      v1.data.units.map((u) => u.unit),
      (i) => ['units', i, 'unit'],
      'Unit',
    );
    if (twice.length) throw new TakarError(twice);
    return migrateResults(v1.data);
  }
  const parsed = safeParseKeepingProto(ResultsDocumentSchema, value);
  if (!parsed.success) throw new TakarError(fromZodError(parsed.error, 'results/invalid'));
  const doc = parsed.data;
  const issues: TakarIssue[] = [];
  const n = doc.units.codes.length;
  const sized = (arr: readonly unknown[] | undefined, path: (string | number)[]) =>
    issues.push(...misaligned(arr, n, path, 'units (units.codes)'));
  sized(doc.units.names, ['units', 'names']);
  for (const [g, labels] of Object.entries(doc.units.groups ?? {}))
    sized(labels, ['units', 'groups', g]);
  doc.columns.forEach((c, i) => {
    for (const part of ['scores', 'ranks', 'bands', 'coverage', 'raw'] as const)
      sized(c[part], ['columns', i, part]);
  });
  issues.push(...duplicates(doc.units.codes, (i) => ['units', 'codes', i], 'Unit'));
  issues.push(
    ...duplicates(
      doc.columns.map((c) => c.key),
      (i) => ['columns', i, 'key'],
      'Score key',
    ),
  );
  if (issues.length) throw new TakarError(issues);
  return doc;
}

/**
 * Like {@link parseResults}, but returns `{ ok: false, issues }` instead of throwing.
 *
 * @category Results
 */
export function safeParseResults(value: unknown): SafeResult<ResultsDocument> {
  return safely(() => parseResults(value));
}

function duplicates(
  codes: readonly string[],
  at: (i: number) => (string | number)[],
  what: string,
): TakarIssue[] {
  const first = new Map<string, number>();
  const out: TakarIssue[] = [];
  codes.forEach((code, i) => {
    const was = first.get(code);
    if (was === undefined) first.set(code, i);
    else
      out.push(
        issue(
          'results/invalid',
          at(i),
          `${what} "${code}" is listed twice (entries ${was} and ${i}); each may appear once.`,
        ),
      );
  });
  return out;
}
