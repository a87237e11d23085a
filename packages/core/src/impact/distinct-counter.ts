import { TakarError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { defaultProvinceOf, type GroupKey, type Grouping, type ProvinceOf } from './grouping.js';
import { groupKeyOf, groupValues, type GroupFields } from './group-of.js';
import { HyperLogLog } from './hyperloglog.js';
import type { ImpactRow } from './impact-row.js';
import { zForConfidence } from './inverse-normal.js';
import { keyBits } from './key-bits.js';
import { looksLikeNik } from './looks-like-nik.js';
import { Uint64Set } from './uint64-set.js';

/**
 * Options of {@link DistinctCounter} and {@link countDistinct}.
 *
 * @category Impact
 */
export interface DistinctCountOptions {
  /** Groupings to count by (default `[['region']]`); `[]` is the nation. */
  readonly by?: readonly Grouping[];
  /** `exact` (default): a 64-bit set per group; `hll`: a HyperLogLog sketch per group. */
  readonly method?: 'exact' | 'hll';
  /** HyperLogLog precision p (default 14: 16 KiB per group, standard error 0.81 %). */
  readonly precision?: number;
  /** Confidence of the HyperLogLog bounds `low`/`high` (default 0.95). */
  readonly confidence?: number;
  /** Province of a region code (default {@link defaultProvinceOf}). */
  readonly provinceOf?: ProvinceOf;
  /**
   * The keys are pseudonyms (for callers' records; the counter never hashes). A NIK-shaped key, or
   * a NIK-shaped region, programme or dimension, is refused either way.
   */
  readonly alreadyHashed?: boolean;
}

interface Cell {
  readonly group: GroupKey;
  readonly exact: Uint64Set | null;
  readonly hll: HyperLogLog | null;
}

const MAX_ISSUES = 50;

/**
 * Counts distinct pseudonymous beneficiaries per group as records stream in, exactly (a 64-bit set
 * per group) or with a HyperLogLog sketch per group. Nothing but 64 bits of each key is kept.
 * Records with a NIK-shaped key or grouping field, or without a grouping field, are skipped and
 * reported (never echoing the value); {@link DistinctCounter.result} throws with all of them.
 *
 * @example
 * ```ts
 * const counter = new DistinctCounter({ by: [['region'], []], method: 'hll' });
 * for await (const record of records) counter.add(record);
 * const rows = counter.result(); // one ImpactRow per region, plus the nation
 * ```
 *
 * @category Impact
 */
export class DistinctCounter {
  readonly #by: readonly Grouping[];
  readonly #method: 'exact' | 'hll';
  readonly #precision: number;
  readonly #z: number;
  readonly #provinceOf: ProvinceOf;
  readonly #cells: Map<string, Cell>[];
  readonly #lastKey: (string | undefined)[];
  readonly #lastCell: (Cell | undefined)[];
  readonly #issues: TakarIssue[] = [];
  #moreIssues = 0;
  #count = 0;

  constructor(options: DistinctCountOptions = {}) {
    this.#by = options.by ?? [['region']];
    if (this.#by.length === 0)
      throw new TakarError(
        issue(
          'impact/invalid',
          ['by'],
          'Give at least one grouping, e.g. `[["region"]]` or `[[]]` for the nation.',
        ),
      );
    this.#method = options.method ?? 'exact';
    this.#precision = options.precision ?? 14;
    this.#z = zForConfidence(options.confidence ?? 0.95);
    this.#provinceOf = options.provinceOf ?? defaultProvinceOf;
    if (this.#method === 'hll') new HyperLogLog(this.#precision); // validates the precision now
    this.#cells = this.#by.map(() => new Map());
    this.#lastKey = this.#by.map(() => undefined);
    this.#lastCell = this.#by.map(() => undefined);
  }

  /** How many records were offered (including skipped ones). */
  get records(): number {
    return this.#count;
  }

  /** Problems found so far (at most 50 are kept). */
  get issues(): readonly TakarIssue[] {
    return this.#issues;
  }

  /** Adds one record whose `key` is a pseudonym (see {@link hashKey}). */
  add(record: GroupFields & { readonly key: string }): void {
    const i = this.#count;
    const field = nikField(record);
    if (field !== undefined) {
      this.#count++;
      // Never echo the value: the message names the row and the field only.
      this.#report(
        issue(
          'impact/raw-identifier',
          ['records', i, field],
          field === 'key'
            ? 'This key looks like a raw 16-digit NIK and was not kept. Hash the keys with a salt (hashKey / --salt); pseudonyms (--already-hashed) never look like a NIK.'
            : `This ${field} looks like a raw 16-digit NIK (not shown) and was not kept; a NIK may only be in the key column, hashed.`,
        ),
      );
      return;
    }
    const [hi, lo] = keyBits(record.key);
    this.addHash(record, hi, lo);
  }

  /** Fast path: adds a record whose key is already 64 uniform bits, as two uint32 halves. */
  addHash(record: GroupFields, hi: number, lo: number): void {
    const i = this.#count++;
    for (let g = 0; g < this.#by.length; g++) {
      const by = this.#by[g] as Grouping;
      const key = groupKeyOf(record, by, this.#provinceOf);
      if (typeof key !== 'string') {
        this.#report(
          issue(
            'impact/invalid',
            ['records', i, key.missing === 'province' ? 'region' : key.missing],
            `This record has no \`${key.missing}\`; fill it in or drop \`${key.missing}\` from the grouping.`,
          ),
        );
        return;
      }
      // A one-entry cache per grouping: the nation, and files sorted by region, skip the map.
      let cell = this.#lastKey[g] === key ? this.#lastCell[g] : undefined;
      const cells = this.#cells[g] as Map<string, Cell>;
      cell ??= cells.get(key);
      if (!cell) {
        const group = groupValues(record, by, this.#provinceOf);
        cell =
          this.#method === 'exact'
            ? { group, exact: new Uint64Set(), hll: null }
            : { group, exact: null, hll: new HyperLogLog(this.#precision) };
        cells.set(key, cell);
      }
      this.#lastKey[g] = key;
      this.#lastCell[g] = cell;
      if (cell.exact) cell.exact.add(hi, lo);
      else cell.hll?.addHash(hi, lo);
    }
  }

  /**
   * One row per group and grouping, in the order groupings were given and groups first met. Exact
   * rows have `low`/`high` null; HyperLogLog rows give the rounded estimate and its bounds.
   * Throws a {@link TakarError} with every problem found, if any.
   */
  result(): ImpactRow[] {
    const issues = this.#moreIssues
      ? [
          ...this.#issues,
          issue(
            this.#issues[0]!.code,
            ['records'],
            `…and ${this.#moreIssues} more records with problems.`,
          ),
        ]
      : this.#issues;
    throwIfAny(issues);
    const rows: ImpactRow[] = [];
    this.#by.forEach((by, g) => {
      for (const cell of (this.#cells[g] as Map<string, Cell>).values()) {
        if (cell.exact)
          rows.push({
            by,
            group: cell.group,
            unit: 'persons',
            affected: cell.exact.size,
            low: null,
            high: null,
            method: 'exact',
          });
        else if (cell.hll) {
          const { low, high } = cell.hll.bounds(this.#z);
          rows.push({
            by,
            group: cell.group,
            unit: 'persons',
            affected: Math.round(cell.hll.estimate()),
            low: Math.floor(low),
            high: Math.ceil(high),
            method: 'hll',
          });
        }
      }
    });
    return rows;
  }

  /**
   * The HyperLogLog sketch of every group (empty for the exact method), to merge with sketches from
   * other files or to store with `toString()`.
   */
  sketches(): { by: Grouping; group: GroupKey; sketch: HyperLogLog }[] {
    const out: { by: Grouping; group: GroupKey; sketch: HyperLogLog }[] = [];
    this.#by.forEach((by, g) => {
      for (const cell of (this.#cells[g] as Map<string, Cell>).values())
        if (cell.hll) out.push({ by, group: cell.group, sketch: cell.hll });
    });
    return out;
  }

  #report(i: TakarIssue): void {
    if (this.#issues.length < MAX_ISSUES) this.#issues.push(i);
    else this.#moreIssues++;
  }
}

/** The first field of a record (key, region, programme, dimension) holding a NIK-shaped value. */
function nikField(record: GroupFields & { readonly key: string }): string | undefined {
  for (const f of ['key', 'region', 'programme', 'dimension'] as const) {
    const v = (record as unknown as Record<string, unknown>)[f];
    if (typeof v === 'string' && looksLikeNik(v)) return f;
  }
  return undefined;
}
