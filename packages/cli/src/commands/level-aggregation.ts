import { TakarError, issue, parseFramework, type Framework } from '@takar/core';
import { aggregateFlag } from '../pipeline-flags.js';

/**
 * `--aggregate-level 2=gmean,3=amean`: a different aggregation per level of the tree, counted as
 * COINr does (1 = indicators, 2 = their parents, …): every aggregate at that level gets the
 * method as its own `aggregate` (a node's own setting in the framework is replaced). Returns the
 * framework to score with.
 *
 * @example
 * ```ts
 * withLevelAggregation(framework, '2=gmean'); // parents of indicators by geometric mean
 * ```
 */
export function withLevelAggregation(framework: unknown, text: string | undefined): unknown {
  if (text === undefined) return framework;
  const byLevel = new Map<number, ReturnType<typeof aggregateFlag>>();
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*=\s*(.+)$/.exec(part);
    const level = m ? Number(m[1]) : NaN;
    if (!m || !(level >= 2))
      throw new TakarError(
        issue(
          'cli/usage',
          ['--aggregate-level'],
          `--aggregate-level expects <level>=<method> pairs with levels from 2 (the indicators' parents), e.g. 2=gmean,3=amean; got "${part}".`,
        ),
      );
    byLevel.set(level, aggregateFlag((m[2] as string).trim()));
  }
  const tree = parseFramework(framework);
  const fw = tree.framework as Framework;
  const level = new Map<string, number>();
  const levelOf = (code: string): number => {
    const known = level.get(code);
    if (known !== undefined) return known;
    const children = fw.nodes.filter((n) => n.parent === code);
    const l = children.length === 0 ? 1 : 1 + Math.max(...children.map((c) => levelOf(c.code)));
    level.set(code, l);
    return l;
  };
  const top = levelOf(tree.root.code);
  const missing = [...byLevel.keys()].filter((l) => l > top);
  if (missing.length)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--aggregate-level'],
        `The framework has levels 1–${top}; there is no level ${missing.join(', ')}.`,
      ),
    );
  return {
    ...fw,
    nodes: fw.nodes.map((n) => {
      const spec = n.type === 'aggregate' ? byLevel.get(levelOf(n.code)) : undefined;
      return spec ? { ...n, aggregate: spec } : n;
    }),
  };
}
