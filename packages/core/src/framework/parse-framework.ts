import { safeParseKeepingProto } from '../schema/keep-proto.js';
import { FrameworkSchema, type Framework, type FrameworkNode } from '../schema/framework.js';
import { fromZodError, issue, throwIfAny, type TakarIssue } from '../errors/index.js';
import { checkBands } from './check-bands.js';

/**
 * A framework checked and indexed: the tree is known to be a single rooted tree without cycles,
 * weights are non-negative and every aggregate has children.
 *
 * @category Score
 */
export interface FrameworkTree {
  readonly framework: Framework;
  /** The root (index) node. */
  readonly root: FrameworkNode;
  /** Nodes by code. */
  readonly byCode: ReadonlyMap<string, FrameworkNode>;
  /** Children codes of each node, in input order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Indicator codes in input order. */
  readonly indicators: readonly string[];
  /** Aggregate codes ordered bottom-up (children before parents), root last. */
  readonly aggregates: readonly string[];
  /** Level of each node: 1 for indicators' lowest level… computed as height above the leaves (COINr style: indicators are 1). */
  readonly level: ReadonlyMap<string, number>;
}

/** The trees {@link parseFramework} built, so that passing one on skips a second parse. */
const PARSED = new WeakSet<FrameworkTree>();

/**
 * Whether a value is a tree built by {@link parseFramework} (in this copy of `@takar/core`), which
 * {@link runPipeline} and `score` then use as it is instead of validating it again.
 *
 * @example
 * ```ts
 * isFrameworkTree(parseFramework(framework)); // true
 * isFrameworkTree(framework); // false
 * ```
 *
 * @category Score
 */
export function isFrameworkTree(value: unknown): value is FrameworkTree {
  return typeof value === 'object' && value !== null && PARSED.has(value as FrameworkTree);
}

/**
 * The tree of a framework given either as a document (validated) or as the tree
 * {@link parseFramework} built for it (used as it is). A tree-shaped value that this copy did not
 * build (say, from another copy of the package) has its `framework` validated again.
 *
 * @example
 * ```ts
 * const tree = parseFramework(framework);
 * frameworkTree(tree) === tree; // true: not parsed again
 * ```
 *
 * @category Score
 */
export function frameworkTree(framework: unknown): FrameworkTree {
  if (isFrameworkTree(framework)) return framework;
  const f = framework as { framework?: unknown; byCode?: unknown };
  if (typeof f === 'object' && f !== null && f.byCode instanceof Map && 'framework' in f)
    return parseFramework(f.framework);
  return parseFramework(framework);
}

/**
 * Validates a framework and builds its tree; throws a {@link TakarError} listing every problem.
 *
 * @example
 * ```ts
 * const tree = parseFramework({ id: 'f', version: '1', label: { id: 'Contoh' }, nodes: [
 *   { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
 *   { code: 'a', parent: 'idx', type: 'indicator', label: { id: 'A' } },
 * ] });
 * tree.indicators; // ['a']
 * ```
 *
 * @category Score
 */
export function parseFramework(input: unknown): FrameworkTree {
  const parsed = safeParseKeepingProto(FrameworkSchema, input);
  if (!parsed.success) throwIfAny(fromZodError(parsed.error, 'framework/invalid'));
  const framework = parsed.data as Framework;
  const issues: TakarIssue[] = [];
  const byCode = new Map<string, FrameworkNode>();
  const indexOf = new Map<string, number>();
  framework.nodes.forEach((node, i) => {
    if (byCode.has(node.code)) {
      issues.push(
        issue(
          'framework/duplicate-code',
          ['nodes', i, 'code'],
          `Code "${node.code}" is used by nodes ${indexOf.get(node.code)} and ${i}; give each node its own code.`,
        ),
      );
    } else {
      byCode.set(node.code, node);
      indexOf.set(node.code, i);
    }
    if (node.weight !== undefined && !(node.weight >= 0)) {
      issues.push(
        issue(
          'framework/negative-weight',
          ['nodes', i, 'weight'],
          `Node "${node.code}" has weight ${node.weight}; weights must be zero or more.`,
        ),
      );
    }
  });
  const children = new Map<string, string[]>();
  for (const node of framework.nodes) children.set(node.code, []);
  const roots: FrameworkNode[] = [];
  framework.nodes.forEach((node, i) => {
    if (node.parent === null) {
      roots.push(node);
      return;
    }
    const parent = byCode.get(node.parent);
    if (!parent) {
      issues.push(
        issue(
          'framework/unknown-parent',
          ['nodes', i, 'parent'],
          `Node "${node.code}" names parent "${node.parent}", which is not a node code; add that node or correct the parent.`,
        ),
      );
      return;
    }
    if (parent.type === 'indicator') {
      issues.push(
        issue(
          'framework/invalid',
          ['nodes', i, 'parent'],
          `Node "${node.code}" has indicator "${node.parent}" as parent; only aggregates have children.`,
        ),
      );
    }
    children.get(node.parent)?.push(node.code);
  });
  if (roots.length === 0) {
    issues.push(
      issue(
        'framework/no-root',
        ['nodes'],
        'No node has `parent: null`; mark the index node with `parent: null`.',
      ),
    );
  } else if (roots.length > 1) {
    issues.push(
      issue(
        'framework/several-roots',
        ['nodes'],
        `Nodes ${roots.map((r) => `"${r.code}"`).join(', ')} have no parent; keep one index and give the others a parent.`,
      ),
    );
  }
  // Cycles: walk up from every node, stopping at a node already known to reach the root (or a
  // known cycle), so every node is walked once: linear in the number of nodes, whatever the depth.
  const done = new Set<string>();
  for (const node of framework.nodes) {
    const onPath = new Map<string, number>();
    const path: string[] = [];
    let at: FrameworkNode | undefined = node;
    while (at && !done.has(at.code)) {
      const seenAt = onPath.get(at.code);
      if (seenAt !== undefined) {
        const cycle = path.slice(seenAt);
        issues.push(
          issue(
            'framework/cycle',
            ['nodes', indexOf.get(at.code) ?? 0, 'parent'],
            `Parents form a cycle: ${[...cycle, at.code].join(' → ')}; one of these nodes needs another parent.`,
          ),
        );
        break;
      }
      onPath.set(at.code, path.length);
      path.push(at.code);
      if (at.parent === null) break;
      at = byCode.get(at.parent);
    }
    for (const c of path) done.add(c);
  }
  framework.nodes.forEach((node, i) => {
    const kids = children.get(node.code) ?? [];
    if (node.type === 'aggregate' && kids.length === 0) {
      issues.push(
        issue(
          'framework/empty-aggregate',
          ['nodes', i],
          `Aggregate "${node.code}" has no children; add nodes with parent "${node.code}" or make it an indicator.`,
        ),
      );
    }
    const sum = kids.reduce((t, k) => t + (byCode.get(k)?.weight ?? 1), 0);
    if (kids.length > 0 && !Number.isFinite(sum))
      issues.push(
        issue(
          'framework/weight-overflow',
          ['nodes', i],
          `The weights of the children of "${node.code}" add up to more than a number can hold (${kids.length} children); scale them down (only their ratios matter).`,
        ),
      );
    if (kids.length > 0 && kids.every((k) => (byCode.get(k)?.weight ?? 1) === 0)) {
      issues.push(
        issue(
          'framework/zero-weights',
          ['nodes', i],
          `Every child of "${node.code}" has weight 0; give at least one a positive weight.`,
        ),
      );
    }
    if (node.bands) issues.push(...checkBands(node.bands, ['nodes', i, 'bands']));
  });
  if (framework.bands) issues.push(...checkBands(framework.bands, ['bands']));
  for (const [a, axis] of (framework.axes ?? []).entries()) {
    const tags = new Set(axis.tags.map((t) => t.code));
    axis.tags.forEach((t, k) => {
      if (t.code === 'total') {
        issues.push(
          issue(
            'framework/invalid',
            ['axes', a, 'tags', k, 'code'],
            `Axis "${axis.id}" has a tag coded "total", which is reserved for the axis total (score key "${axis.id}:total"); rename the tag.`,
          ),
        );
      }
    });
    framework.nodes.forEach((node, i) => {
      const tag = node.tags?.[axis.id];
      if (tag !== undefined && !tags.has(tag)) {
        issues.push(
          issue(
            'framework/unknown-tag',
            ['nodes', i, 'tags', axis.id],
            `Node "${node.code}" has ${axis.id} "${tag}", which axis "${axis.id}" (axes[${a}]) does not list; use one of ${[...tags].join(', ')}.`,
          ),
        );
      }
    });
  }
  throwIfAny(issues);

  const root = roots[0] as FrameworkNode;
  const level = new Map<string, number>();
  const aggregates: string[] = [];
  // Post-order walk with an explicit stack (not recursion), so a framework thousands of levels
  // deep neither overflows the call stack nor takes more than linear time: a node's level is one
  // more than its highest child's, and aggregates are listed children first, in child order.
  const stack: { code: string; next: number }[] = [{ code: root.code, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const kids = children.get(top.code) ?? [];
    if (top.next < kids.length) {
      stack.push({ code: kids[top.next++]!, next: 0 });
      continue;
    }
    stack.pop();
    let h = 1;
    for (const k of kids) h = Math.max(h, (level.get(k) ?? 0) + 1);
    level.set(top.code, h);
    if (byCode.get(top.code)?.type === 'aggregate') aggregates.push(top.code);
  }
  const indicators = framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code);
  const tree: FrameworkTree = { framework, root, byCode, children, indicators, aggregates, level };
  PARSED.add(tree);
  return tree;
}
