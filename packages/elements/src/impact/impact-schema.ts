// Loaded lazily by <takar-impact>: the impact schema (and zod with it) stays out of the first script.
import '../config/zod-jitless.js';
import { ImpactDocumentSchema, safeParseKeepingProto, type ImpactDocument } from '@takar/core';
import type { Validation } from '../controllers/results-controller.js';

/** The data of `<takar-impact>`: an impact document, as core's schema defines it. */
export { ImpactDocumentSchema as ImpactDataSchema } from '@takar/core';

/** Validates unknown JSON as impact data, listing every issue (at most 20). */
export function validateImpact(value: unknown): Validation<ImpactDocument> {
  const parsed = safeParseKeepingProto(ImpactDocumentSchema, value);
  if (parsed.success) return { ok: true, results: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 20).map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: i.message,
    })),
  };
}
