// Loaded lazily by the ResultsController: the results schema (and zod with it) stays out of the
// first script.
import '../config/zod-jitless.js';
import { ResultsDocumentSchema, type ResultsDocument } from '@takar/core';

/** The outcome of validating a results document. */
export type ValidationResult =
  | { ok: true; results: ResultsDocument }
  | { ok: false; issues: { path: (string | number)[]; message: string }[] };

/** Validates unknown JSON as a results document, listing every issue (at most 20). */
export function validateResults(value: unknown): ValidationResult {
  const parsed = ResultsDocumentSchema.safeParse(value);
  if (parsed.success) return { ok: true, results: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 20).map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: i.message,
    })),
  };
}
