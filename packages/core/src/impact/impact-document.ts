import { fromZodError, issue, TakarError, type TakarIssue } from '../errors/index.js';
import { safeParseKeepingProto } from '../schema/keep-proto.js';
import type { Label } from '../schema/label.js';
import {
  IMPACT_FORMAT,
  ImpactDocumentSchema,
  type ImpactDocument,
  type ImpactRegionRow,
} from '../schema/impact-document.js';
import type { CoverageRow } from './coverage.js';
import type { ImpactRow } from './impact-row.js';

/** Options of {@link impactDocument}. */
export interface ImpactDocumentOptions {
  /** How the counts were made, for readers (e.g. `{ id: 'Data program', en: 'Programme data' }`). */
  method: Label | string;
  /** The name of each region code (e.g. `regionByCode(code)?.name` from `@takar/indonesia`). */
  nameOf: (region: string) => string | undefined;
  title?: string;
  year?: number | null;
  /** What a low–high range means, e.g. `{ id: 'rentang program', en: 'programme range' }`. */
  interval?: Label | string;
  source?: ImpactDocument['source'];
}

/**
 * The impact document of per-region impact rows with their coverage (from `coverage`): one row per
 * region with a population, in the order given. Rows of other groupings (provinces, the nation) and
 * business counts are left out, and said so: every region without a population or a name is an
 * issue (`impact/missing-population`, `impact/invalid`), all listed at once.
 *
 * @example
 * ```ts
 * const doc = impactDocument(coverage(countProgrammes(programmes), population).rows, {
 *   method: { id: 'Data program', en: 'Programme data' },
 *   nameOf: (code) => regionByCode(code)?.name,
 * });
 * ```
 */
export function impactDocument(
  rows: readonly CoverageRow<ImpactRow>[],
  options: ImpactDocumentOptions,
): ImpactDocument {
  const issues: TakarIssue[] = [];
  const out: ImpactRegionRow[] = [];
  rows.forEach((r, i) => {
    if (r.by.length !== 1 || r.by[0] !== 'region' || r.unit !== 'persons') return;
    const region = String(r.group['region']);
    const name = options.nameOf(region);
    if (r.population === null || r.population === undefined)
      issues.push(
        issue(
          'impact/missing-population',
          ['rows', i],
          `Region "${region}" has no population, so its share cannot be shown; give its population.`,
        ),
      );
    if (name === undefined)
      issues.push(
        issue(
          'impact/invalid',
          ['rows', i],
          `Region "${region}" has no name; nameOf must give one for every region.`,
        ),
      );
    if (r.population == null || name === undefined) return;
    const row: ImpactRegionRow = { region, name, population: r.population };
    if (r.affected !== null) row.affected = r.affected;
    if (r.low !== null) row.low = r.low;
    if (r.high !== null) row.high = r.high;
    if (r.coverage !== null) row.coverage = r.coverage;
    out.push(row);
  });
  if (issues.length) throw new TakarError(issues);
  return {
    format: 'takar-impact',
    formatVersion: IMPACT_FORMAT,
    method: options.method,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.interval !== undefined ? { interval: options.interval } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    rows: out,
  };
}

/**
 * Validates unknown JSON as an impact document (every problem at once, `impact/invalid`); a newer
 * `formatVersion` gets `impact/unsupported-version`.
 *
 * @example
 * ```ts
 * parseImpactDocument(JSON.parse(text)).rows.length;
 * ```
 */
export function parseImpactDocument(value: unknown): ImpactDocument {
  const v = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof v === 'number' && v > IMPACT_FORMAT)
    throw new TakarError(
      issue(
        'impact/unsupported-version',
        ['formatVersion'],
        `The impact document has formatVersion ${v}, newer than ${IMPACT_FORMAT}, the one this version of Takar reads; update Takar.`,
      ),
    );
  const parsed = safeParseKeepingProto(ImpactDocumentSchema, value);
  if (!parsed.success) throw new TakarError(fromZodError(parsed.error, 'impact/invalid'));
  return parsed.data;
}
