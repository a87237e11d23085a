/**
 * The results document format this release writes. It also reads format 1 (migrated on load).
 *
 * @category Results
 */
export const RESULTS_FORMAT = 2 as const;

/**
 * Every results format version this release reads.
 *
 * @category Results
 */
export const READABLE_RESULTS_FORMATS = [1, 2] as const;
