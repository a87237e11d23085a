import { issue, type TakarIssue } from '../errors/index.js';
import { RESULTS_FORMAT } from './format-version.js';

/**
 * The issue for a results document written by a newer, unknown format version (so that it gets
 * `results/unsupported-version`, saying to update Takar, rather than a list of schema errors), or
 * `undefined` when the version is not newer.
 *
 * @example
 * ```ts
 * newerFormatVersion({ formatVersion: 9 })?.code; // 'results/unsupported-version'
 * ```
 *
 * @category Results
 */
export function newerFormatVersion(value: unknown): TakarIssue | undefined {
  const v =
    value && typeof value === 'object'
      ? (value as { formatVersion?: unknown }).formatVersion
      : undefined;
  if (typeof v !== 'number' || !(v > RESULTS_FORMAT)) return undefined;
  return issue(
    'results/unsupported-version',
    ['formatVersion'],
    `The results document has formatVersion ${v}, newer than ${RESULTS_FORMAT}, the newest this version of Takar reads (it reads formats 1 and ${RESULTS_FORMAT}); update Takar (npm install @takar/core@latest) or write the document with this version.`,
  );
}
