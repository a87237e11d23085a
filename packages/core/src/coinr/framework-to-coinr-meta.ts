import type { Framework } from '../schema/framework.js';
import { parseFramework } from '../framework/parse-framework.js';
import type { Table } from '../io/table.js';
import type { DataColumnMeta } from './framework-from-coinr-meta.js';

/**
 * Writes a framework as a COINr indicator metadata table (`iMeta`), for analysts who continue in
 * R: `Level` (1 = indicator, as COINr counts), `iCode`, `iName`, `Direction`, `Weight`, `Parent`,
 * `Type`, `Target`, `Denominator`, `Unit`, then Takar's extra columns when any node uses them
 * (`iName_id`, `ScaleMin`, `ScaleMax`, `GoalpostLow`, `GoalpostHigh`, `Normalise` and its parameter
 * columns, `Tag:<axis>`), then `Group` / `Denominator` / `Other` rows for the given data columns
 * (as read by `frameworkFromCoinrMeta`).
 *
 * @example
 * ```ts
 * formatCsv(frameworkToCoinrMeta(framework));
 * ```
 *
 * @category I/O
 */
export function frameworkToCoinrMeta(
  framework: Framework,
  dataColumns: readonly DataColumnMeta[] = [],
): Table {
  const tree = parseFramework(framework);
  const nodes = framework.nodes;
  const axes = [...new Set(nodes.flatMap((n) => Object.keys(n.tags ?? {})))];
  const has = (f: (n: (typeof nodes)[number]) => unknown): boolean =>
    nodes.some((n) => f(n) !== undefined);
  const names = [
    'Level',
    'iCode',
    'iName',
    'Direction',
    'Weight',
    'Parent',
    'Type',
    'Target',
    'Denominator',
    'Unit',
  ];
  const extras: [string, (n: (typeof nodes)[number]) => unknown][] = [
    [
      'iName_id',
      (n) => (n.label.en !== undefined && n.label.en !== n.label.id ? n.label.id : undefined),
    ],
    ['ScaleMin', (n) => n.scale?.[0]],
    ['ScaleMax', (n) => n.scale?.[1]],
    ['GoalpostLow', (n) => n.goalposts?.[0]],
    ['GoalpostHigh', (n) => n.goalposts?.[1]],
    ['Normalise', (n) => n.normalise?.method],
    ['NormaliseLow', (n) => n.normalise?.range?.[0]],
    ['NormaliseHigh', (n) => n.normalise?.range?.[1]],
    ['NormaliseMean', (n) => n.normalise?.meanSd?.[0]],
    ['NormaliseSd', (n) => n.normalise?.meanSd?.[1]],
    ['NormaliseReference', (n) => n.normalise?.reference],
    ['NormaliseCap', (n) => n.normalise?.cap],
    ['GoalpostTruncate', (n) => n.normalise?.truncate],
    ...axes.map((a): [string, (n: (typeof nodes)[number]) => unknown] => [
      `Tag:${a}`,
      (n) => n.tags?.[a],
    ]),
  ];
  const used = extras.filter(([, f]) => has(f));
  names.push(...used.map(([n]) => n));
  const rows: unknown[][] = [];
  // COINr lists indicators first, then aggregates level by level.
  const ordered = [...nodes].sort(
    (a, b) => (tree.level.get(a.code) ?? 0) - (tree.level.get(b.code) ?? 0),
  );
  for (const n of ordered) {
    const isInd = n.type === 'indicator';
    rows.push([
      tree.level.get(n.code),
      n.code,
      n.label.en ?? n.label.id,
      isInd ? (n.direction ?? 1) : 1,
      n.weight ?? 1,
      n.parent ?? undefined,
      isInd ? 'Indicator' : 'Aggregate',
      n.target,
      n.denominator,
      n.unit,
      ...used.map(([, f]) => f(n)),
    ]);
  }
  for (const c of dataColumns) {
    rows.push([
      undefined,
      c.code,
      c.name,
      undefined,
      undefined,
      undefined,
      c.type,
      undefined,
      undefined,
      c.unit,
      ...used.map(() => undefined),
    ]);
  }
  return { names, columns: names.map((_n, k) => rows.map((r) => r[k])), rowCount: rows.length };
}
