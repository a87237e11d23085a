import type { Framework, FrameworkNode } from '../schema/framework.js';
import { TakarError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { parseFramework } from '../framework/parse-framework.js';
import { parseNumber } from '../io/parse-number.js';
import type { Table } from '../io/table.js';

/** What a COINr metadata table describes: the framework, plus the data columns it declares. */
export interface CoinrMeta {
  framework: Framework;
  /** Codes of rows with `Type` `Group`: unit group columns of the data. */
  groups: string[];
  /** Codes of rows with `Type` `Denominator`: denominator columns of the data. */
  denominators: string[];
  /** The `Group` and `Denominator` rows in full, so they can be written back. */
  dataColumns: DataColumnMeta[];
}

/** A row of a COINr metadata table that describes a data column rather than a framework node. */
export interface DataColumnMeta {
  code: string;
  name: string;
  type: 'Group' | 'Denominator';
  unit?: string;
}

/** Identity of a framework imported from a COINr table. */
export interface CoinrMetaOptions {
  id?: string;
  version?: string;
}

/**
 * Reads a COINr indicator metadata table (`iMeta`: columns `Level`, `iCode`, `iName`, `Direction`,
 * `Weight`, `Parent`, `Type`, `Target`, `Denominator`, optionally `Unit`) into a framework.
 * Extra columns Takar understands: `iName_id` (Indonesian label; default `iName`), `ScaleMin` /
 * `ScaleMax`, `GoalpostLow` / `GoalpostHigh`, `Normalise` (a method name) and `Tag:<axis>` (the
 * leaf's tag on a second axis). Rows of `Type` `Group` and `Denominator` describe data columns.
 *
 * @example
 * ```ts
 * const { framework, groups } = frameworkFromCoinrMeta(parseCsv(metaCsv), { id: 'asem' });
 * ```
 */
export function frameworkFromCoinrMeta(table: Table, options: CoinrMetaOptions = {}): CoinrMeta {
  const issues: TakarIssue[] = [];
  const get = (name: string, r: number): string => {
    const k = table.names.indexOf(name);
    if (k < 0) return '';
    const v = (table.columns[k] as ArrayLike<unknown>)[r];
    return v === null || v === undefined ? '' : String(v).trim();
  };
  for (const required of ['iCode', 'Parent', 'Type']) {
    if (!table.names.includes(required)) {
      issues.push(
        issue(
          'framework/invalid',
          ['columns'],
          `The COINr metadata table has no "${required}" column; it needs iCode, iName, Parent, Type (and Direction, Weight).`,
        ),
      );
    }
  }
  throwIfAny(issues);
  const num = (name: string, r: number): number | undefined => {
    const t = get(name, r);
    if (t === '') return undefined;
    const x = parseNumber(t);
    if (typeof x !== 'number') {
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, name],
          `"${t}" in row ${r + 1}, column "${name}" is not a number.`,
        ),
      );
      return undefined;
    }
    return x;
  };
  const nodes: FrameworkNode[] = [];
  const groups: string[] = [];
  const denominators: string[] = [];
  const dataColumns: DataColumnMeta[] = [];
  const tagColumns = table.names.filter((n) => n.startsWith('Tag:'));
  // The table row of each node, and the codes of rows not read as nodes, for the tree's problems.
  const rowOf: number[] = [];
  const skipped = new Set<string>();
  const skippedParents = new Set<string>();
  for (let r = 0; r < table.rowCount; r++) {
    const code = get('iCode', r);
    const type = get('Type', r);
    if (type === 'Group' || type === 'Denominator') {
      (type === 'Group' ? groups : denominators).push(code);
      const column: DataColumnMeta = { code, name: get('iName', r) || code, type };
      if (get('Unit', r)) column.unit = get('Unit', r);
      dataColumns.push(column);
      continue;
    }
    if (type !== 'Indicator' && type !== 'Aggregate') {
      skipped.add(code);
      skippedParents.add(get('Parent', r));
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, 'Type'],
          `Row ${r + 1} has Type "${type}"; use Indicator, Aggregate, Group or Denominator.`,
        ),
      );
      continue;
    }
    const name = get('iName', r) || code;
    const node: FrameworkNode = {
      code,
      parent: get('Parent', r) || null,
      type: type === 'Indicator' ? 'indicator' : 'aggregate',
      label: { id: get('iName_id', r) || name, en: name },
    };
    const weight = num('Weight', r);
    if (weight !== undefined) node.weight = weight;
    const unit = get('Unit', r);
    if (unit) node.unit = unit;
    if (node.type === 'indicator') {
      const dir = num('Direction', r);
      if (dir !== undefined) {
        if (dir !== 1 && dir !== -1) {
          issues.push(
            issue(
              'framework/invalid',
              ['rows', r, 'Direction'],
              `Direction ${dir} in row ${r + 1} must be 1 or -1.`,
            ),
          );
        } else node.direction = dir;
      }
      const target = num('Target', r);
      if (target !== undefined) node.target = target;
      const den = get('Denominator', r);
      if (den) node.denominator = den;
      const lo = num('ScaleMin', r);
      const hi = num('ScaleMax', r);
      if (lo !== undefined && hi !== undefined) node.scale = [lo, hi];
      const gl = num('GoalpostLow', r);
      const gh = num('GoalpostHigh', r);
      if (gl !== undefined && gh !== undefined) node.goalposts = [gl, gh];
      const norm = get('Normalise', r);
      if (norm)
        node.normalise = { method: norm as NonNullable<FrameworkNode['normalise']>['method'] };
      const tags: Record<string, string> = {};
      for (const t of tagColumns) {
        const v = get(t, r);
        if (v) tags[t.slice(4)] = v;
      }
      if (Object.keys(tags).length) node.tags = tags;
    }
    nodes.push(node);
    rowOf.push(r);
  }
  if (issues.length) issues.push(...treeProblems(nodes, rowOf, skipped, skippedParents));
  throwIfAny(issues);
  const root = nodes.find((n) => n.parent === null);
  const framework: Framework = {
    id: options.id ?? 'coinr-import',
    version: options.version ?? '1',
    label: root ? { ...root.label } : { id: 'COINr framework' },
    sources: ['Imported from a COINr indicator metadata table (iMeta).'],
    nodes,
  };
  return { framework, groups, denominators, dataColumns };
}

const META_COLUMN: Record<string, string> = { code: 'iCode', parent: 'Parent', weight: 'Weight' };

/**
 * The tree's problems (a repeated code, an unknown parent, a cycle, a negative weight…) among the
 * rows that were read, named by table row and column, so a table with bad cells still has every
 * problem reported in one run. What only follows from a row refused for its Type (its children's
 * unknown parent, its parent's missing children) is not reported again.
 */
function treeProblems(
  nodes: FrameworkNode[],
  rowOf: readonly number[],
  skipped: ReadonlySet<string>,
  skippedParents: ReadonlySet<string>,
): TakarIssue[] {
  try {
    parseFramework({ id: 'meta', version: '1', label: { id: 'meta' }, nodes });
    return [];
  } catch (e) {
    if (!(e instanceof TakarError)) throw e;
    const out: TakarIssue[] = [];
    for (const i of e.issues) {
      const [where, at, field] = i.path;
      if (where !== 'nodes' || typeof at !== 'number') {
        out.push(i);
        continue;
      }
      const node = nodes[at];
      if (i.code === 'framework/unknown-parent' && node?.parent && skipped.has(node.parent))
        continue;
      if (i.code === 'framework/empty-aggregate' && node && skippedParents.has(node.code)) continue;
      const row = rowOf[at] as number;
      const column = typeof field === 'string' ? (META_COLUMN[field] ?? field) : undefined;
      out.push(
        issue(i.code, ['rows', row, ...(column ? [column] : [])], `Row ${row + 1}: ${i.message}`),
      );
    }
    return out;
  }
}
