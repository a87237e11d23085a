// Loaded lazily by the ResultsController: the results schema (and zod with it) stays out of the
// first script. The one place the elements take values from @takar/core's main entry.
import '../config/zod-jitless.js';
import {
  safeParseRegionDocument,
  safeParseResults,
  type RegionDocument,
  type ResultsDocument,
} from '@takar/core';

/** The outcome of validating a results document (or a region document). */
export type ValidationResult<T = ResultsDocument | RegionDocument> =
  | { ok: true; results: T }
  | { ok: false; issues: { path: (string | number)[]; message: string }[] };

/**
 * Validates unknown JSON as a results document with core's `safeParseResults` (format 1 is
 * migrated to format 2; a newer format version is named as such; a unit listed twice is
 * refused), or, when its `format` is `takar-region`, as a region document. Lists every issue, at
 * most 20.
 */
export function validateResults(value: unknown): ValidationResult {
  const region =
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'takar-region';
  const parsed = region ? safeParseRegionDocument(value) : safeParseResults(value);
  if (parsed.ok) return { ok: true, results: parsed.value };
  return {
    ok: false,
    issues: parsed.issues.slice(0, 20).map((i) => ({ path: [...i.path], message: i.message })),
  };
}
