/**
 * Node-only: runs Takar's distinct-count SQL on DuckDB embedded (`@duckdb/node-api`, an optional
 * dependency loaded on first use). Not re-exported from the browser-safe impact index.
 *
 *   keyed records file (CSV/Parquet, 10^8 rows)
 *     1. check no cell of any column is a raw NIK      (every row; only counts leave DuckDB)
 *     2. distinctCountSql(…)                          (standard SQL, one GROUP BY per grouping)
 *     3. run on DuckDB, polling progress              (onProgress)
 *     4. rows → ImpactRow                             (method exact | engine-approx)
 *
 * @packageDocumentation
 */
import { TakarError, issue, type TakarIssue } from '../errors/index.js';
import type * as DuckDbModule from '@duckdb/node-api';
import type { ImpactResult } from './estimate-survey.js';
import { canonicalGrouping, type GroupKey, type Grouping } from './grouping.js';
import type { ImpactRow } from './impact-row.js';
import { distinctCountSql, sourceSql, type DistinctCountSqlOptions } from './sql.js';

/**
 * Options of {@link countDistinctDuckDB}.
 *
 * @category Impact
 */
export interface DuckDbCountOptions extends Omit<
  DistinctCountSqlOptions,
  'dialect' | 'approxError'
> {
  /**
   * The keys are pseudonyms. DuckDB counts keys as they are, so they must be; a NIK-shaped value
   * in any column is refused either way.
   */
  readonly alreadyHashed?: boolean;
  /**
   * @deprecated Ignored: every row of every column is checked for NIK-shaped values (the check
   * used to look at the first 10 000 keys only).
   */
  readonly checkRows?: number;
  /** Called about twice a second with the query's progress, 0–100 (when DuckDB can tell). */
  readonly onProgress?: (percent: number) => void;
  /** DuckDB settings, e.g. `{ threads: '2', memory_limit: '4GB', temp_directory: '/tmp/duck' }`. */
  readonly settings?: Readonly<Record<string, string>>;
  /** Database file for a table source (default an in-memory database). */
  readonly database?: string;
}

/**
 * Loads `@duckdb/node-api`, or throws `impact/engine-unavailable` saying how to install it.
 *
 * @example
 * ```ts
 * const { DuckDBInstance } = await loadDuckDB();
 * ```
 *
 * @category Impact
 */
export async function loadDuckDB(): Promise<typeof DuckDbModule> {
  try {
    return await import('@duckdb/node-api');
  } catch (e) {
    throw new TakarError(
      issue(
        'impact/engine-unavailable',
        [],
        `DuckDB is not installed (${(e as Error).message.split('\n')[0]}). Install it with \`npm install @duckdb/node-api\` (Node 20+, Linux/macOS/Windows x64 or arm64), or use --method exact or hll.`,
      ),
    );
  }
}

/**
 * Distinct positively-affected persons per group over a large keyed-records file or table, computed
 * by DuckDB with {@link distinctCountSql} (exact `count(DISTINCT)`, or `approx_count_distinct` with
 * `approx: true`). Keys must already be pseudonyms: every row of every column is checked first, and
 * a NIK-shaped value anywhere is refused with `impact/raw-identifier` (one issue per column, with
 * the count, never the value). Rows whose grouping
 * field is empty are kept (that field left out of `group`) and reported in `issues`. Rows come
 * sorted by grouping (in the order given), then by group values.
 *
 * @example
 * ```ts
 * import { countDistinctDuckDB } from '@takar/core/duckdb';
 * const { rows } = await countDistinctDuckDB({
 *   source: { path: '/data/records.parquet' },
 *   by: [['region'], ['province'], []],
 *   onProgress: (p) => process.stderr.write(`\r${p.toFixed(0)} %`),
 * });
 * ```
 *
 * @category Impact
 */
export async function countDistinctDuckDB(
  options: DuckDbCountOptions,
): Promise<ImpactResult<ImpactRow>> {
  const sql = distinctCountSql({ ...options, dialect: 'duckdb' });
  const by = (options.by ?? [['region']]).map(canonicalGrouping);
  const { DuckDBInstance } = await loadDuckDB();
  const instance = await DuckDBInstance.create(options.database ?? ':memory:', {
    ...options.settings,
  });
  const connection = await instance.connect();
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    // Every row of every column: a NIK in any column (the key, or pasted into region or programme)
    // is refused. Only counts per column leave the engine, never a value.
    const from = sourceSql(options.source, 'duckdb');
    const check = await connection.runAndReadAll(
      `SELECT count_if(regexp_full_match(CAST(COLUMNS(*) AS VARCHAR), '\\s*([0-9][\\s.-]?){15}[0-9]\\s*')) FROM ${from}`,
    );
    const counts = check.getRowObjectsJS()[0] ?? {};
    const refused = Object.entries(counts)
      .map(([column, n]) => ({ column, n: Number(n ?? 0) }))
      .filter((c) => c.n > 0);
    if (refused.length)
      throw new TakarError(
        refused.map(({ column, n }) =>
          issue(
            'impact/raw-identifier',
            ['source', column],
            `${n} value${n === 1 ? '' : 's'} in column "${column}" look${n === 1 ? 's' : ''} like raw 16-digit NIKs (not shown), so the file was not counted. ${column === (options.columns?.key ?? 'key') ? 'Hash the keys with a salt before loading them (takar impact --salt on a CSV, or hashKey).' : 'A NIK may only be in the key column, hashed; remove it from this column.'}`,
          ),
        ),
      );
    if (options.onProgress) {
      await connection.run('SET enable_progress_bar = true');
      await connection.run('SET enable_progress_bar_print = false');
      const report = options.onProgress;
      timer = setInterval(() => {
        const p = connection.progress.percentage;
        if (p >= 0) report(p);
      }, 500);
    }
    const reader = await connection.runAndReadAll(sql);
    options.onProgress?.(100);
    return toRows(reader.getRowObjectsJS(), by, options.approx ? 'engine-approx' : 'exact');
  } catch (e) {
    if (e instanceof TakarError) throw e;
    const message = String((e as Error).message);
    // DuckDB names a missing file (or a glob matching none) this way; its SQL excerpt follows.
    const missing = /No files found that match the pattern "([^"]*)"/.exec(message);
    if (missing)
      throw new TakarError(
        issue(
          'io/not-found',
          ['source', 'path'],
          `No file matches "${missing[1]}"; check the path (a pattern such as records/*.parquet needs at least one file).`,
        ),
      );
    throw new TakarError(
      issue(
        'io/unreadable',
        ['source'],
        `DuckDB could not count the records: ${message.split('\n')[0]}. Check the path, format and column names.`,
      ),
    );
  } finally {
    if (timer) clearInterval(timer);
    connection.closeSync();
    instance.closeSync();
  }
}

function toRows(
  records: Record<string, unknown>[],
  by: readonly Grouping[],
  method: 'exact' | 'engine-approx',
): ImpactResult<ImpactRow> {
  const rows: ImpactRow[] = [];
  const issues: TakarIssue[] = [];
  const byLabel = new Map(by.map((g) => [g.length ? g.join('+') : 'national', g]));
  for (const r of records) {
    const grouping = byLabel.get(String(r['grouped_by'])) ?? [];
    const group: Record<string, string | number> = {};
    for (const f of grouping) {
      const v = r[f];
      if (v === null || v === undefined || v === '') {
        issues.push(
          issue(
            'impact/invalid',
            ['source', f],
            `${String(r['affected'])} keys have no \`${f}\`; they are counted in a group without it. Fill in the column or drop \`${f}\` from the grouping.`,
          ),
        );
        continue;
      }
      group[f] = f === 'year' && /^\d+$/.test(String(v)) ? Number(v) : String(v);
    }
    rows.push({
      by: grouping,
      group: group as GroupKey,
      unit: 'persons',
      affected: Number(r['affected']),
      low: null,
      high: null,
      method,
    });
  }
  // UNION ALL has no order: sort by grouping as given, then by group values, for stable output.
  const order = new Map(by.map((g, i) => [g.join('+'), i]));
  const label = (r: ImpactRow) => Object.values(r.group).map(String).join('\u0001');
  rows.sort(
    (a, b) =>
      (order.get(a.by.join('+')) ?? 0) - (order.get(b.by.join('+')) ?? 0) ||
      (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0),
  );
  return { rows, issues };
}
