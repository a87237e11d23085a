/*
 * A framework as one editable CSV: core's COINr metadata table (`frameworkToCoinrMeta` /
 * `frameworkFromCoinrMeta`) plus the parts COINr has no column for, so a shipped framework
 * survives the round trip (`takar framework <id> --format csv` → `takar score --framework f.csv`,
 * or `formatCsv(frameworkToTable(f))` → `frameworkFromTable(parseCsv(text))` in code):
 *
 *   - the framework's default pipeline: a bare normalisation method (e.g. `none`) is written into
 *     each indicator's `Normalise` cell, a bare aggregation method into each aggregate's
 *     `Aggregate` cell;
 *   - the decimals official figures are published with (`digits`, used to assign bands): a
 *     `Digits` cell on the index's row;
 *   - bands (*predikat*): rows of Type `Band` with `BandMin` / `BandMax` (Parent: the node they
 *     belong to, empty for the index);
 *   - second axes: a row of Type `Axis` per axis, and rows of Type `AxisTag` (Parent: the axis)
 *     with the tag weights.
 *
 * Rows of these extra types are read here and removed before the rest goes to core's reader,
 * which is unchanged; R's COINr ignores them as rows whose Type it does not know.
 */
import type { Axis, Band, Framework, FrameworkNode } from '../schema/framework.js';
import type { AggregateSpec } from '../schema/pipeline.js';
import { issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { parseNumber } from '../io/parse-number.js';
import type { Table } from '../io/table.js';
import {
  frameworkFromCoinrMeta,
  type CoinrMeta,
  type CoinrMetaOptions,
} from './framework-from-coinr-meta.js';
import { frameworkToCoinrMeta } from './framework-to-coinr-meta.js';
import { AGGREGATORS } from '../methods/aggregators.js';

const EXTRA_TYPES = ['Band', 'Axis', 'AxisTag'] as const;

/**
 * Writes a framework as a COINr-style metadata table with Takar's extra rows and columns (bands,
 * second axes, the default pipeline's bare methods), readable by {@link frameworkFromTable}.
 *
 * @example
 * ```ts
 * formatCsv(frameworkToTable(getFramework('smart-city')));
 * ```
 *
 * @category I/O
 */
export function frameworkToTable(framework: Framework): Table {
  const norm = framework.pipeline?.normalise;
  const bareNorm = norm && Object.keys(norm).length === 1 ? norm : undefined;
  const agg = framework.pipeline?.aggregate;
  const bareAgg =
    agg && Object.keys(agg).length === 1 && agg.method !== 'amean' ? agg.method : undefined;
  const nodes = framework.nodes.map((n): FrameworkNode => {
    if (n.type === 'indicator' && bareNorm && n.normalise === undefined)
      return { ...n, normalise: { ...bareNorm } };
    return n;
  });
  const base = frameworkToCoinrMeta({ ...framework, nodes });
  const names = [...base.names];
  const rows: unknown[][] = [];
  for (let r = 0; r < base.rowCount; r++) rows.push(base.columns.map((c) => c[r]));
  const col = (name: string): number => {
    let k = names.indexOf(name);
    if (k < 0) {
      names.push(name);
      for (const row of rows) row.push(undefined);
      k = names.length - 1;
    }
    return k;
  };
  const byCode = new Map(framework.nodes.map((n) => [n.code, n]));
  const kCode = names.indexOf('iCode');
  const aggregateOf = (n: FrameworkNode | undefined): string | undefined => {
    if (!n || n.type !== 'aggregate') return undefined;
    if (n.aggregate) return Object.keys(n.aggregate).length === 1 ? n.aggregate.method : undefined;
    return bareAgg;
  };
  if (framework.digits !== undefined) {
    const k = col('Digits');
    const root = framework.nodes.find((n) => n.parent === null)?.code;
    for (const row of rows) if (row[kCode] === root) row[k] = framework.digits;
  }
  if (framework.nodes.some((n) => aggregateOf(n) !== undefined)) {
    const k = col('Aggregate');
    for (const row of rows) row[k] = aggregateOf(byCode.get(String(row[kCode])));
  }
  const hasEn = (l: { id: string; en?: string | undefined }): boolean =>
    l.en !== undefined && l.en !== l.id;
  const extraRow = (cells: Record<string, unknown>): void => {
    for (const name of Object.keys(cells)) col(name);
    rows.push(names.map((n) => cells[n]));
  };
  const bandRows = (bands: readonly Band[] | undefined, parent: string | undefined): void => {
    for (const b of bands ?? [])
      extraRow({
        iCode: b.code,
        iName: b.label.en ?? b.label.id,
        ...(hasEn(b.label) ? { iName_id: b.label.id } : {}),
        Parent: parent,
        Type: 'Band',
        BandMin: b.min ?? undefined,
        BandMax: b.max ?? undefined,
      });
  };
  bandRows(framework.bands, undefined);
  for (const n of framework.nodes) bandRows(n.bands, n.code);
  for (const axis of framework.axes ?? []) {
    extraRow({
      iCode: axis.id,
      iName: axis.label.en ?? axis.label.id,
      ...(hasEn(axis.label) ? { iName_id: axis.label.id } : {}),
      Type: 'Axis',
      ...(axis.aggregate && Object.keys(axis.aggregate).length === 1
        ? { Aggregate: axis.aggregate.method }
        : {}),
    });
    for (const t of axis.tags)
      extraRow({
        iCode: t.code,
        iName: t.label.en ?? t.label.id,
        ...(hasEn(t.label) ? { iName_id: t.label.id } : {}),
        Weight: t.weight,
        Parent: axis.id,
        Type: 'AxisTag',
      });
  }
  return { names, columns: names.map((_n, k) => rows.map((r) => r[k])), rowCount: rows.length };
}

/**
 * Reads a COINr-style metadata table, with Takar's extra `Band`, `Axis` and `AxisTag` rows and
 * `Aggregate` and `Digits` columns (see {@link frameworkToTable}), into a framework and the data columns it
 * declares. Throws a `TakarError` listing every problem.
 *
 * @example
 * ```ts
 * const { framework } = frameworkFromTable(parseCsv(text), { id: 'smart-city-edited' });
 * ```
 *
 * @category I/O
 */
export function frameworkFromTable(table: Table, options: CoinrMetaOptions = {}): CoinrMeta {
  const kType = table.names.indexOf('Type');
  const type = (r: number): string =>
    kType < 0 ? '' : String((table.columns[kType] as ArrayLike<unknown>)[r] ?? '').trim();
  const keep: number[] = [];
  const extra: number[] = [];
  for (let r = 0; r < table.rowCount; r++)
    ((EXTRA_TYPES as readonly string[]).includes(type(r)) ? extra : keep).push(r);
  const pick = (rows: number[]): Table => ({
    names: table.names,
    columns: table.columns.map((c) => rows.map((r) => c[r])),
    rowCount: rows.length,
  });
  const meta = frameworkFromCoinrMeta(extra.length ? pick(keep) : table, options);
  const issues: TakarIssue[] = [];
  const get = (name: string, r: number): string => {
    const k = table.names.indexOf(name);
    const v = k < 0 ? undefined : (table.columns[k] as ArrayLike<unknown>)[r];
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const num = (name: string, r: number): number | null => {
    const t = get(name, r);
    if (t === '') return null;
    const x = parseNumber(t);
    if (typeof x === 'number') return x;
    issues.push(
      issue(
        'framework/invalid',
        ['rows', r, name],
        `"${t}" in row ${r + 1}, column "${name}" is not a number.`,
      ),
    );
    return null;
  };
  const label = (r: number): { id: string; en: string } => {
    const name = get('iName', r) || get('iCode', r);
    return { id: get('iName_id', r) || name, en: name };
  };
  const framework: Framework = { ...meta.framework, nodes: [...meta.framework.nodes] };
  const byCode = new Map(framework.nodes.map((n, i) => [n.code, i]));
  // Aggregation methods of aggregate rows (core's reader ignores the column).
  if (table.names.includes('Aggregate')) {
    // The aggregation methods that need no parameter (a cell holds a bare name).
    const bare = AGGREGATORS.withoutArgument();
    for (const r of keep) {
      const method = get('Aggregate', r);
      const i = byCode.get(get('iCode', r));
      if (!method || i === undefined) continue;
      if (!bare.includes(method)) {
        issues.push(
          issue(
            'framework/invalid',
            ['rows', r, 'Aggregate'],
            `Aggregate "${method}" in row ${r + 1} is not one of ${bare.join(', ')}.`,
          ),
        );
        continue;
      }
      const node = framework.nodes[i] as FrameworkNode;
      if (node.type === 'aggregate')
        framework.nodes[i] = {
          ...node,
          aggregate: { method: method as AggregateSpec['method'] } as AggregateSpec,
        };
    }
  }
  const root = framework.nodes.find((n) => n.parent === null)?.code;
  for (const r of keep) {
    if (get('Digits', r) === '' || get('iCode', r) !== root) continue;
    const d = num('Digits', r);
    if (d !== null && Number.isInteger(d) && d >= 0 && d <= 14) framework.digits = d;
    else
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, 'Digits'],
          `Digits in row ${r + 1} must be a whole number of decimals from 0 to 14.`,
        ),
      );
  }
  const bands: Band[] = [];
  const nodeBands = new Map<string, Band[]>();
  const axes: Axis[] = [];
  for (const r of extra) {
    const t = type(r);
    const code = get('iCode', r);
    if (t === 'Band') {
      const band: Band = { code, label: label(r), min: num('BandMin', r), max: num('BandMax', r) };
      const parent = get('Parent', r);
      if (!parent) bands.push(band);
      else if (!byCode.has(parent))
        issues.push(
          issue(
            'framework/invalid',
            ['rows', r, 'Parent'],
            `Band "${code}" in row ${r + 1} belongs to "${parent}", which is not a node; leave Parent empty for the index's bands.`,
          ),
        );
      else nodeBands.set(parent, [...(nodeBands.get(parent) ?? []), band]);
    } else if (t === 'Axis') {
      const method = get('Aggregate', r);
      axes.push({
        id: code,
        label: label(r),
        tags: [],
        ...(method ? { aggregate: { method } as AggregateSpec } : {}),
      });
    }
  }
  for (const r of extra) {
    if (type(r) !== 'AxisTag') continue;
    const axis = axes.find((a) => a.id === get('Parent', r));
    if (!axis) {
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, 'Parent'],
          `Axis tag "${get('iCode', r)}" in row ${r + 1} names axis "${get('Parent', r)}", which has no Axis row; add one.`,
        ),
      );
      continue;
    }
    const weight = num('Weight', r);
    axis.tags.push({
      code: get('iCode', r),
      label: label(r),
      ...(weight !== null ? { weight } : {}),
    });
  }
  throwIfAny(issues);
  if (bands.length) framework.bands = bands;
  for (const [code, list] of nodeBands) {
    const i = byCode.get(code) as number;
    framework.nodes[i] = { ...(framework.nodes[i] as FrameworkNode), bands: list };
  }
  if (axes.length) framework.axes = axes;
  return { ...meta, framework };
}
