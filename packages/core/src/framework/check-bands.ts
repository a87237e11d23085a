import type { Band } from '../schema/framework.js';
import { issue, type IssuePath, type TakarIssue } from '../errors/index.js';

/**
 * Checks bands are ordered lowest first, half-open, contiguous or gapped but never overlapping,
 * each with its own code.
 *
 * @category Score
 */
export function checkBands(bands: readonly Band[], at: IssuePath): TakarIssue[] {
  const issues: TakarIssue[] = [];
  const firstAt = new Map<string, number>();
  bands.forEach((b, i) => {
    const first = firstAt.get(b.code);
    if (first !== undefined)
      issues.push(
        issue(
          'framework/duplicate-band',
          [...at, i, 'code'],
          `Bands ${first} and ${i} share the code "${b.code}"; give each band its own code.`,
        ),
      );
    else firstAt.set(b.code, i);
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
