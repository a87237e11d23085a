import { safeParseKeepingProto } from '../schema/keep-proto.js';
/*
 * The file an agency sends: one postgresql-hll sketch per group, with the hash rule and the sketch
 * parameters, and never an identifier.
 *
 *   { "format": "takar-sketch", "version": 1,
 *     "hash": { "rule": "hmac-sha256-int64-v1", "keyCheck": "…16 hex…" },
 *     "params": { "log2m": 11, "regwidth": 5, "expthresh": -1, "sparseon": true },
 *     "groupBy": "region", "source": "Dinas Sosial",
 *     "groups": [{ "group": "32.73", "records": 120345, "sketch": "\\x148b7f…" }] }
 */
import { z } from 'zod';
import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import { FEDERATED_HASH_RULE } from './federated-hash.js';
import { looksLikeNik } from './looks-like-nik.js';
import type { PgHll, PgHllParams } from './pg-hll.js';
import { pgHllHex, safeParsePgHll } from './pg-hll-storage.js';

/**
 * The `format` of a sketch document.
 *
 * @category Impact
 */
export const SKETCH_FORMAT = 'takar-sketch';
/**
 * The version of the sketch document layout this Takar writes and reads.
 *
 * @category Impact
 */
export const SKETCH_VERSION = 1;

/**
 * The zod schema of a sketch document (see the file header for an example).
 *
 * @category Impact
 */
export const SketchDocumentSchema = z.strictObject({
  format: z.literal(SKETCH_FORMAT),
  version: z.literal(SKETCH_VERSION),
  hash: z.strictObject({
    rule: z.literal(FEDERATED_HASH_RULE),
    keyCheck: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .optional(),
  }),
  params: z.strictObject({
    log2m: z.number().int().min(4).max(24),
    regwidth: z.number().int().min(1).max(8),
    expthresh: z.number().int().min(-1),
    sparseon: z.boolean(),
  }),
  groupBy: z.string().min(1),
  source: z.string().min(1).optional(),
  groups: z.array(
    z.strictObject({
      group: z.string().min(1),
      records: z.number().int().nonnegative().optional(),
      sketch: z.string().regex(/^\\x[0-9a-f]*$/),
    }),
  ),
});

/**
 * A sketch document as written (see {@link SketchDocumentSchema}).
 *
 * @category Impact
 */
export type SketchDocument = z.infer<typeof SketchDocumentSchema>;

/**
 * One group's sketch, as read from a document or a CSV.
 *
 * @category Impact
 */
export interface GroupSketch {
  readonly group: string;
  readonly sketch: PgHll;
  /** Input records behind the sketch, when the file says. */
  readonly records?: number;
  /** Records that had no key (not in the sketch), when the file says. */
  readonly withoutKey?: number;
}

/**
 * The sketches of one file: a sketch document or a `group,sketch` CSV.
 *
 * @category Impact
 */
export interface SketchSet {
  /** Who made it: the document's `source`, else the file name. */
  readonly source: string;
  readonly groupBy?: string;
  readonly keyCheck?: string;
  readonly groups: readonly GroupSketch[];
}

/**
 * Builds a sketch document from group sketches, groups in code-point order so the same input gives
 * the same bytes.
 *
 * @example
 * ```ts
 * const doc = sketchDocument([{ group: '32.73', sketch: new PgHll() }], { groupBy: 'region' });
 * ```
 *
 * @category Impact
 */
export function sketchDocument(
  groups: readonly GroupSketch[],
  options: { groupBy: string; source?: string; keyCheck?: string; params?: PgHllParams },
): SketchDocument {
  const sorted = [...groups].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  const params = options.params ?? sorted[0]?.sketch.params;
  if (!params)
    throw new TakarError(
      issue(
        'impact/invalid',
        ['groups'],
        'A sketch document needs its parameters or at least one group.',
      ),
    );
  return {
    format: SKETCH_FORMAT,
    version: SKETCH_VERSION,
    hash: {
      rule: FEDERATED_HASH_RULE,
      ...(options.keyCheck !== undefined ? { keyCheck: options.keyCheck } : {}),
    },
    params: { ...params },
    groupBy: options.groupBy,
    ...(options.source !== undefined ? { source: options.source } : {}),
    groups: sorted.map((g) => ({
      group: g.group,
      ...(g.records !== undefined ? { records: g.records } : {}),
      sketch: pgHllHex(g.sketch),
    })),
  };
}

/**
 * Reads a sketch document (parsed JSON) from `file`. Throws `impact/invalid-sketch` with every
 * problem at once, each at its place (`file`, `groups`, index, field).
 *
 * @example
 * ```ts
 * const set = readSketchDocument(JSON.parse(text), 'dinsos.sketch.json');
 * ```
 *
 * @category Impact
 */
export function readSketchDocument(json: unknown, file: string): SketchSet {
  const parsed = safeParseKeepingProto(SketchDocumentSchema, json);
  if (!parsed.success)
    throw new TakarError(
      parsed.error.issues.map((i) =>
        issue(
          'impact/invalid-sketch',
          [file, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))],
          `${i.message}. A sketch document is written by takar impact sketch (format "${SKETCH_FORMAT}", version ${SKETCH_VERSION}, hash rule ${FEDERATED_HASH_RULE}).`,
        ),
      ),
    );
  const doc = parsed.data;
  const issues: TakarIssue[] = [];
  const groups: GroupSketch[] = [];
  const seen = new Set<string>();
  doc.groups.forEach((g, i) => {
    const place = [file, 'groups', i];
    if (looksLikeNik(g.group)) {
      issues.push(refusedGroup([...place, 'group']));
      return;
    }
    if (seen.has(g.group))
      issues.push(
        issue('impact/invalid-sketch', [...place, 'group'], `Group "${g.group}" appears twice.`),
      );
    seen.add(g.group);
    const r = safeParsePgHll(g.sketch, [...place, 'sketch']);
    if (!r.ok) return void issues.push(...r.issues);
    const p = r.value.params;
    const d = doc.params;
    if (
      p.log2m !== d.log2m ||
      p.regwidth !== d.regwidth ||
      p.expthresh !== d.expthresh ||
      p.sparseon !== d.sparseon
    )
      issues.push(
        issue(
          'impact/invalid-sketch',
          [...place, 'sketch'],
          `The sketch's parameters (log2m ${p.log2m}, regwidth ${p.regwidth}, expthresh ${p.expthresh}, sparseon ${p.sparseon}) differ from the document's params.`,
        ),
      );
    groups.push({
      group: g.group,
      sketch: r.value,
      ...(g.records !== undefined ? { records: g.records } : {}),
    });
  });
  if (issues.length) throw new TakarError(issues);
  return {
    source: doc.source ?? file,
    groupBy: doc.groupBy,
    ...(doc.hash.keyCheck !== undefined ? { keyCheck: doc.hash.keyCheck } : {}),
    groups,
  };
}

/**
 * The issue for a group label that looks like a raw NIK (the label is never echoed).
 *
 * @category Impact
 */
export function refusedGroup(path: (string | number)[]): TakarIssue {
  return issue(
    'impact/raw-identifier',
    path,
    'This group label looks like a raw 16-digit NIK and was refused: group by region (or another field), never by a person.',
  );
}
