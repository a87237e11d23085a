// Loaded lazily by the ResultsController: the results schema (and zod with it) stays out of the
// first script.
import '../config/zod-jitless.js';
import {
  ResultsDocumentSchema,
  newerFormatVersion,
  type ResultsDocument,
  safeParseKeepingProto,
} from '@takar/core';

/** The outcome of validating a results document. */
export type ValidationResult =
  | { ok: true; results: ResultsDocument }
  | { ok: false; issues: { path: (string | number)[]; message: string }[] };

/**
 * Validates unknown JSON as a results document, listing every issue (at most 20): a newer format
 * version is named as such, and a unit listed twice is refused.
 */
export function validateResults(value: unknown): ValidationResult {
  const newer = newerFormatVersion(value);
  if (newer) return { ok: false, issues: [{ path: [...newer.path], message: newer.message }] };
  const parsed = safeParseKeepingProto(ResultsDocumentSchema, value);
  if (parsed.success) {
    const first = new Map<string, number>();
    const twice: { path: (string | number)[]; message: string }[] = [];
    parsed.data.units.forEach((u, i) => {
      const at = first.get(u.unit);
      if (at === undefined) first.set(u.unit, i);
      else
        twice.push({
          path: ['units', i, 'unit'],
          message: `Unit "${u.unit}" is listed twice (units ${at} and ${i}); each unit may appear once.`,
        });
    });
    if (twice.length) return { ok: false, issues: twice.slice(0, 20) };
    return { ok: true, results: parsed.data };
  }
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 20).map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: i.message,
    })),
  };
}
