import type { Band } from '../schema/framework.js';
import { issue, type IssuePath, type TakarIssue } from '../errors/index.js';

/** Checks bands are ordered lowest first, half-open, contiguous or gapped but never overlapping. */
export function checkBands(bands: readonly Band[], at: IssuePath): TakarIssue[] {
  const issues: TakarIssue[] = [];
  bands.forEach((b, i) => {
    if (b.min !== null && b.max !== null && !(b.min < b.max)) {
      issues.push(
        issue(
          'framework/bands-overlap',
          [...at, i],
          `Band "${b.code}" has min ${b.min} ≥ max ${b.max}; min must be below max.`,
        ),
      );
    }
    if (i === 0) return;
    const prev = bands[i - 1] as Band;
    if (prev.max === null || b.min === null || b.min < prev.max) {
      issues.push(
        issue(
          'framework/bands-overlap',
          [...at, i],
          `Band "${b.code}" overlaps "${prev.code}"; list bands lowest first with each min ≥ the previous max.`,
        ),
      );
    }
  });
  return issues;
}
