/** The shipped frameworks by id: `getFramework`, `findFramework`, `listFrameworks`. */
import { TakarError, issue, type Framework, type Label } from '@takar/core';
import { smartCityFramework } from './smart-city.js';
import { spbeFramework } from './spbe-2020.js';

const BUILDERS: Readonly<Record<string, () => Framework>> = {
  'smart-city': smartCityFramework,
  'spbe-2020': spbeFramework,
};

/** A shipped framework's id, version and labels. */
export interface FrameworkSummary {
  readonly id: string;
  readonly version: string;
  readonly label: Label;
  readonly description?: Label;
}

/**
 * The ids, versions and labels of the shipped frameworks.
 *
 * @example
 * ```ts
 * listFrameworks().map((f) => f.id); // ['smart-city', 'spbe-2020']
 * ```
 */
export function listFrameworks(): FrameworkSummary[] {
  return Object.values(BUILDERS).map((build) => {
    const f = build();
    const s: FrameworkSummary = { id: f.id, version: f.version, label: f.label };
    return f.description ? { ...s, description: f.description } : s;
  });
}

/**
 * A fresh copy of the shipped framework `id`, or `undefined`.
 *
 * @example
 * ```ts
 * findFramework('spbe-2020')?.version; // '2020'
 * findFramework('nope'); // undefined
 * ```
 */
export function findFramework(id: string): Framework | undefined {
  return BUILDERS[id]?.();
}

/**
 * A fresh copy of the shipped framework `id` (safe to modify); throws a {@link TakarError}
 * naming the available ids when there is none.
 *
 * @example
 * ```ts
 * const fw = getFramework('smart-city');
 * fw.axes?.[0]?.id; // 'stage'
 * ```
 */
export function getFramework(id: string): Framework {
  const f = findFramework(id);
  if (f) return f;
  throw new TakarError(
    issue(
      'framework/invalid',
      ['id'],
      `No shipped framework "${id}"; use one of ${Object.keys(BUILDERS).join(', ')}, or load your own framework file.`,
    ),
  );
}
