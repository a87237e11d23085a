/**
 * Structure edits of a framework in the studio: add an indicator, remove a node (with everything
 * under it), move a node under another parent or among its siblings. Each edit returns a new
 * framework checked by the engine (`parseFramework`), or every issue the engine finds, so an edit
 * that would break the framework (an aggregate left empty, a node moved under itself, a code used
 * twice) is refused with the engine's own codes and the framework in use stays.
 */
import {
  issue,
  parseFramework,
  safely,
  type Dataset,
  type Framework,
  type TakarIssue,
} from '@takar/core';

type Node = Framework['nodes'][number];

export type EditOutcome = { ok: true; framework: Framework } | { ok: false; issues: TakarIssue[] };

/** The framework, if the engine accepts it; else its issues. */
function checked(framework: Framework): EditOutcome {
  const read = safely(() => parseFramework(framework));
  return read.ok ? { ok: true, framework } : { ok: false, issues: [...read.issues] };
}

/** What a new indicator is given. */
export interface NewIndicator {
  code: string;
  /** Its label (Indonesian first; the same text for English unless given). */
  label: string;
  labelEn?: string;
  parent: string;
  weight?: number;
  direction?: 1 | -1;
}

/**
 * Adds an indicator as the last child of `parent` (weight 1 and higher-is-better unless given).
 * The code must be new, and the label not empty.
 */
export function addIndicator(framework: Framework, add: NewIndicator): EditOutcome {
  const code = add.code.trim();
  const label = add.label.trim();
  const issues: TakarIssue[] = [];
  if (!code)
    issues.push(issue('framework/invalid', ['nodes', 'code'], 'Give the new indicator a code.'));
  else if (!/^[A-Za-z0-9_.-]+$/.test(code))
    issues.push(
      issue(
        'framework/invalid',
        ['nodes', code, 'code'],
        `The code "${code}" may use letters, digits, "_", "-" and "." only (it names a data column).`,
      ),
    );
  if (!label)
    issues.push(
      issue(
        'framework/invalid',
        ['nodes', code || 'code', 'label'],
        'Give the new indicator a name.',
      ),
    );
  if (issues.length) return { ok: false, issues };
  const parent = framework.nodes.find((n) => n.code === add.parent);
  if (parent?.type === 'indicator')
    return {
      ok: false,
      issues: [
        issue(
          'framework/invalid',
          ['nodes', code, 'parent'],
          `"${add.parent}" is an indicator; an indicator goes under an aggregate (a dimension or sub-dimension).`,
        ),
      ],
    };
  const node = {
    code,
    parent: add.parent,
    type: 'indicator',
    label: { id: label, ...(add.labelEn?.trim() ? { en: add.labelEn.trim() } : {}) },
    weight: add.weight ?? 1,
    direction: add.direction ?? 1,
  } as Node;
  return checked({ ...framework, nodes: [...framework.nodes, node] });
}

/** The codes of `code` and every node under it. */
export function subtree(framework: Framework, code: string): Set<string> {
  const out = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of framework.nodes)
      if (n.parent !== null && out.has(n.parent) && !out.has(n.code)) {
        out.add(n.code);
        grew = true;
      }
  }
  return out;
}

/** Removes a node and everything under it (the index itself cannot be removed). */
export function removeNode(framework: Framework, code: string): EditOutcome {
  const node = framework.nodes.find((n) => n.code === code);
  if (!node || node.parent === null)
    return {
      ok: false,
      issues: [
        issue(
          'framework/invalid',
          ['nodes', code],
          node ? 'The index (the root) cannot be removed.' : `There is no node "${code}".`,
        ),
      ],
    };
  const gone = subtree(framework, code);
  return checked({ ...framework, nodes: framework.nodes.filter((n) => !gone.has(n.code)) });
}

/** Moves a node (with everything under it) to be the last child of `parent`. */
export function moveNode(framework: Framework, code: string, parent: string): EditOutcome {
  const target = framework.nodes.find((n) => n.code === parent);
  if (target?.type === 'indicator')
    return {
      ok: false,
      issues: [
        issue(
          'framework/invalid',
          ['nodes', code, 'parent'],
          `"${parent}" is an indicator; move "${code}" under an aggregate.`,
        ),
      ],
    };
  const node = framework.nodes.find((n) => n.code === code);
  if (!node)
    return {
      ok: false,
      issues: [issue('framework/invalid', ['nodes', code], `There is no node "${code}".`)],
    };
  const rest = framework.nodes.filter((n) => n.code !== code);
  return checked({ ...framework, nodes: [...rest, { ...node, parent } as Node] });
}

/** Moves a node one place up (−1) or down (+1) among its siblings; at either end it stays. */
export function shiftNode(framework: Framework, code: string, by: -1 | 1): EditOutcome {
  const nodes = [...framework.nodes];
  const i = nodes.findIndex((n) => n.code === code);
  const node = nodes[i];
  if (!node)
    return {
      ok: false,
      issues: [issue('framework/invalid', ['nodes', code], `There is no node "${code}".`)],
    };
  let j = i + by;
  while (j >= 0 && j < nodes.length && nodes[j]?.parent !== node.parent) j += by;
  if (j < 0 || j >= nodes.length) return { ok: true, framework };
  nodes[i] = nodes[j] as Node;
  nodes[j] = node;
  return checked({ ...framework, nodes });
}

/** The aggregates of the framework (where indicators can go), in the framework's order. */
export function aggregates(framework: Framework): Node[] {
  return framework.nodes.filter((n) => n.type === 'aggregate');
}

/**
 * The data for an edited framework: values of indicators the framework no longer has are set
 * aside (and named, so the page can say so), never scored as something else.
 */
export function dataFor(
  framework: Framework,
  data: Dataset,
): { dataset: Dataset; unused: string[] } {
  const known = new Set(framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code));
  const unused = new Set<string>();
  for (const v of data.values) if (!known.has(v.indicator)) unused.add(v.indicator);
  if (!unused.size) return { dataset: data, unused: [] };
  return {
    dataset: { ...data, values: data.values.filter((v) => known.has(v.indicator)) },
    unused: [...unused].sort(),
  };
}
