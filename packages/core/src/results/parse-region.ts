// The boundary where region documents come in: validated with zod, every problem listed at once.
import {
  fromZodError,
  issue,
  safely,
  TakarError,
  type SafeResult,
  type TakarIssue,
} from '../errors/index.js';
import { safeParseKeepingProto } from '../schema/keep-proto.js';
import { RegionDocumentSchema } from '../schema/region.js';
import { REGION_FORMAT, type RegionDocument } from './region.js';
import { misaligned } from './aligned.js';

/**
 * Validates unknown JSON as a region document (`format: 'takar-region'`). A newer
 * `formatVersion` is refused with `results/unsupported-version`, naming both versions; schema
 * errors, arrays not aligned with `keys`, and a key listed twice or missing from the framework
 * are `results/invalid`, all listed at once in the thrown {@link TakarError}.
 *
 * @example
 * ```ts
 * const region = parseRegionDocument(JSON.parse(readFileSync('regions/32.73.json', 'utf8')));
 * regionProfile(region, { peers: 'type' });
 * ```
 */
export function parseRegionDocument(value: unknown): RegionDocument {
  const v = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof v === 'number' && v > REGION_FORMAT)
    throw new TakarError(
      issue(
        'results/unsupported-version',
        ['formatVersion'],
        `The region document has formatVersion ${v}, newer than ${REGION_FORMAT}, the newest this version of Takar reads; update Takar (npm install @takar/core@latest) or write the document with this version.`,
      ),
    );
  const parsed = safeParseKeepingProto(RegionDocumentSchema, value);
  if (!parsed.success) throw new TakarError(fromZodError(parsed.error, 'results/invalid'));
  const doc = parsed.data as RegionDocument;
  const issues: TakarIssue[] = [];
  const n = doc.keys.length;
  const sized = (arr: readonly unknown[] | undefined, path: (string | number)[]) =>
    issues.push(...misaligned(arr, n, path, 'keys'));
  const nodes = new Set(doc.framework.nodes.map((x) => x.code));
  const seen = new Map<string, number>();
  doc.keys.forEach((k, i) => {
    const was = seen.get(k);
    if (was !== undefined)
      issues.push(
        issue('results/invalid', ['keys', i], `Key "${k}" is listed twice (keys ${was} and ${i}).`),
      );
    else seen.set(k, i);
    if (!nodes.has(k))
      issues.push(
        issue(
          'results/invalid',
          ['keys', i],
          `Key "${k}" is not a node of the document's framework; list its node in framework.nodes.`,
        ),
      );
  });
  doc.years.forEach((y, t) => {
    for (const part of ['counts', 'ranked', 'medians'] as const) sized(y[part], ['years', t, part]);
    if (!y.region) return;
    for (const part of ['scores', 'ranks', 'bands'] as const)
      sized(y.region[part], ['years', t, 'region', part]);
    y.region.peers.forEach((p, g) => {
      sized(p.medians, ['years', t, 'region', 'peers', g, 'medians']);
      sized(p.ranks, ['years', t, 'region', 'peers', g, 'ranks']);
    });
  });
  if (issues.length) throw new TakarError(issues);
  return doc;
}

/** Like {@link parseRegionDocument}, but returns `{ ok: false, issues }` instead of throwing. */
export function safeParseRegionDocument(value: unknown): SafeResult<RegionDocument> {
  return safely(() => parseRegionDocument(value));
}
