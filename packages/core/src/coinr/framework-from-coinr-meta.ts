import type { Framework, FrameworkNode } from '../schema/framework.js';
import { NormaliseSpecSchema, type NormaliseSpec } from '../schema/pipeline.js';
import { NORMALISERS } from '../methods/normalisers.js';
import { TakarError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { parseFramework } from '../framework/parse-framework.js';
import { parseNumber } from '../io/parse-number.js';
import type { Table } from '../io/table.js';

/**
 * What a COINr metadata table describes: the framework, plus the data columns it declares.
 *
 * @category I/O
 */
export interface CoinrMeta {
  framework: Framework;
  /** Codes of rows with `Type` `Group`: unit group columns of the data. */
  groups: string[];
  /** Codes of rows with `Type` `Denominator`: denominator columns of the data. */
  denominators: string[];
  /** Codes of rows with `Type` `Other`: data columns passed through, neither scored nor grouped. */
  others: string[];
  /** The `Group`, `Denominator` and `Other` rows in full, so they can be written back. */
  dataColumns: DataColumnMeta[];
}

/**
 * A row of a COINr metadata table that describes a data column rather than a framework node.
 *
 * @category I/O
 */
export interface DataColumnMeta {
  code: string;
  name: string;
  type: 'Group' | 'Denominator' | 'Other';
  unit?: string;
}

/**
 * Identity of a framework imported from a COINr table.
 *
 * @category I/O
 */
export interface CoinrMetaOptions {
  id?: string;
  version?: string;
}

/**
 * Reads a COINr indicator metadata table (`iMeta`: columns `Level`, `iCode`, `iName`, `Direction`,
 * `Weight`, `Parent`, `Type`, `Target`, `Denominator`, optionally `Unit`) into a framework.
 * Extra columns Takar understands: `iName_id` (Indonesian label; default `iName`), `ScaleMin` /
 * `ScaleMax`, `GoalpostLow` / `GoalpostHigh`, `Normalise` (a method name) with its per-indicator
 * parameters (the columns of `NORMALISE_PARAMETER_COLUMNS` in this module) and `Tag:<axis>` (the leaf's tag on a
 * second axis). Rows of `Type` `Group`, `Denominator` and `Other` describe data columns (`Other`:
 * passed through, as in COINr).
 *
 * @example
 * ```ts
 * const { framework, groups } = frameworkFromCoinrMeta(parseCsv(metaCsv), { id: 'asem' });
 * ```
 *
 * @category I/O
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
  const others: string[] = [];
  const dataColumns: DataColumnMeta[] = [];
  const tagColumns = table.names.filter((n) => n.startsWith('Tag:'));
  // The table row of each node, and the codes of rows not read as nodes, for the tree's problems.
  const rowOf: number[] = [];
  const skipped = new Set<string>();
  const skippedParents = new Set<string>();
  for (let r = 0; r < table.rowCount; r++) {
    const code = get('iCode', r);
    const type = get('Type', r);
    if (type === 'Group' || type === 'Denominator' || type === 'Other') {
      (type === 'Group' ? groups : type === 'Denominator' ? denominators : others).push(code);
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
          `Row ${r + 1} has Type "${type}"; use Indicator, Aggregate, Group, Denominator or Other.`,
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
      // COINr's own iMeta columns (goalpost_lower / goalpost_upper) name the goalposts too.
      const gl = num('GoalpostLow', r) ?? num('goalpost_lower', r);
      const gh = num('GoalpostHigh', r) ?? num('goalpost_upper', r);
      if (gl !== undefined && gh !== undefined) node.goalposts = [gl, gh];
      const normalise = normaliseOfRow(get, num, r, issues);
      if (normalise) node.normalise = normalise;
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
  return { framework, groups, denominators, others, dataColumns };
}

/**
 * The iMeta columns of per-indicator normalisation parameters (Takar's, as COINr takes them in
 * `Normalise(indiv = …)`), each with the methods it applies to: `NormaliseLow` / `NormaliseHigh`
 * the output range (`minmax`, `goalposts`), `NormaliseMean` / `NormaliseSd` the output mean and sd
 * (`zscore`), `NormaliseReference` the reference unit (`dist2ref`), `NormaliseCap` TRUE / FALSE
 * (`dist2ref`, `dist2targ`), `GoalpostTruncate` TRUE / FALSE (`goalposts`; COINr's `trunc2posts`).
 * COINr's own columns for `f_n_para = "use_iMeta"` are read as well: `goalpost_lower` /
 * `goalpost_upper` (the goalposts), `goalpost_scale` (scores on [0, scale]) and
 * `goalpost_trunc2posts`; a row with either of the last two is normalised by goalposts, as COINr
 * uses them only for `n_goalposts`.
 */
export const NORMALISE_PARAMETER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  NormaliseLow: ['minmax', 'goalposts'],
  NormaliseHigh: ['minmax', 'goalposts'],
  NormaliseMean: ['zscore'],
  NormaliseSd: ['zscore'],
  NormaliseReference: ['dist2ref'],
  NormaliseCap: ['dist2ref', 'dist2targ'],
  GoalpostTruncate: ['goalposts'],
  goalpost_scale: ['goalposts'],
  goalpost_trunc2posts: ['goalposts'],
};

/** The indicator's own normalisation from its `Normalise` cell and parameter cells, or undefined. */
function normaliseOfRow(
  get: (name: string, r: number) => string,
  num: (name: string, r: number) => number | undefined,
  r: number,
  issues: TakarIssue[],
): NormaliseSpec | undefined {
  const given = Object.keys(NORMALISE_PARAMETER_COLUMNS).filter((c) => get(c, r) !== '');
  const coinrGoalposts = given.some((c) => c.startsWith('goalpost_'));
  const method = get('Normalise', r) || (coinrGoalposts ? 'goalposts' : '');
  if (!method) {
    for (const c of given)
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, c],
          `Row ${r + 1} sets ${c} but no Normalise method; add the method (${(NORMALISE_PARAMETER_COLUMNS[c] as readonly string[]).join(' or ')}) in the Normalise column, or clear ${c}.`,
        ),
      );
    return undefined;
  }
  let ok = true;
  for (const c of given) {
    if (!(NORMALISE_PARAMETER_COLUMNS[c] as readonly string[]).includes(method)) {
      ok = false;
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, c],
          `Row ${r + 1} sets ${c}, which normalisation "${method}" does not use (it is for ${(NORMALISE_PARAMETER_COLUMNS[c] as readonly string[]).join(', ')}); clear it or change the method.`,
        ),
      );
    }
  }
  if (!ok) return undefined;
  const bool = (c: string): boolean | undefined => {
    const t = get(c, r);
    if (t === '') return undefined;
    if (/^(true|1)$/i.test(t)) return true;
    if (/^(false|0)$/i.test(t)) return false;
    ok = false;
    issues.push(
      issue(
        'framework/invalid',
        ['rows', r, c],
        `"${t}" in row ${r + 1}, column "${c}" must be TRUE or FALSE.`,
      ),
    );
    return undefined;
  };
  const pair = (a: string, b: string): [number, number] | undefined => {
    const x = num(a, r);
    const y = num(b, r);
    if (x === undefined && y === undefined) return undefined;
    if (x === undefined || y === undefined) {
      ok = false;
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, x === undefined ? a : b],
          `Row ${r + 1} sets ${x === undefined ? b : a} without ${x === undefined ? a : b}; give both or neither.`,
        ),
      );
      return undefined;
    }
    return [x, y];
  };
  const spec: Record<string, unknown> = { method };
  const range = pair('NormaliseLow', 'NormaliseHigh');
  if (range) spec['range'] = range;
  const meanSd = pair('NormaliseMean', 'NormaliseSd');
  if (meanSd) spec['meanSd'] = meanSd;
  const reference = get('NormaliseReference', r);
  if (reference) spec['reference'] = reference;
  const cap = bool('NormaliseCap');
  if (cap !== undefined) spec['cap'] = cap;
  const truncate = bool('GoalpostTruncate') ?? bool('goalpost_trunc2posts');
  if (truncate !== undefined) spec['truncate'] = truncate;
  const scale = num('goalpost_scale', r);
  if (scale !== undefined) {
    if (spec['range'] !== undefined) {
      ok = false;
      issues.push(
        issue(
          'framework/invalid',
          ['rows', r, 'goalpost_scale'],
          `Row ${r + 1} sets both goalpost_scale and NormaliseLow / NormaliseHigh; give one.`,
        ),
      );
    } else spec['range'] = [0, scale];
  }
  if (method === 'dist2ref' && !reference) {
    ok = false;
    issues.push(
      issue(
        'framework/invalid',
        ['rows', r, 'NormaliseReference'],
        `Row ${r + 1} normalises by dist2ref, which needs the reference unit's code in NormaliseReference.`,
      ),
    );
  }
  if (!ok) return undefined;
  const parsed = NormaliseSpecSchema.safeParse(spec);
  if (parsed.success) return parsed.data;
  for (const e of parsed.error.issues)
    issues.push(
      issue(
        'framework/invalid',
        ['rows', r, e.path[0] === 'method' ? 'Normalise' : `Normalise ${e.path.join('.')}`],
        `Row ${r + 1}: ${e.path[0] === 'method' ? `"${method}" is not a normalisation method (${NORMALISERS.names().join(', ')})` : e.message}.`,
      ),
    );
  return undefined;
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
