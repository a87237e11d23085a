// The method tables of docs/methodology.md, generated from the method tables in src/methods/ and
// written between markers by write-methodology.ts (npm run methodology -w @takar/core).
// test/methodology.test.ts fails when the document is out of date.
import { format, resolveConfig } from 'prettier';
import type { MethodEntry, MethodFamily, MethodFamilyName } from '../src/methods/method-family.js';
import { AGGREGATORS } from '../src/methods/aggregators.js';
import { IMPUTERS } from '../src/methods/imputers.js';
import { NORMALISERS } from '../src/methods/normalisers.js';
import { TREATMENTS } from '../src/methods/treatments.js';

/** The families whose tables the methodology shows, with the file that holds each table. */
export const METHODOLOGY_FAMILIES: Record<
  MethodFamilyName,
  { family: MethodFamily<MethodEntry<unknown>>; source: string }
> = {
  impute: { family: IMPUTERS, source: 'packages/core/src/methods/imputers.ts' },
  treat: { family: TREATMENTS, source: 'packages/core/src/methods/treatments.ts' },
  normalise: { family: NORMALISERS, source: 'packages/core/src/methods/normalisers.ts' },
  aggregate: { family: AGGREGATORS, source: 'packages/core/src/methods/aggregators.ts' },
};

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The markdown table of one family: method, formula, needs, command line and source. */
export function methodTable(name: MethodFamilyName): string {
  const { family } = METHODOLOGY_FAMILIES[name];
  const rows = family
    .entries()
    .map((e) =>
      [
        e.doc.method,
        e.doc.formula,
        e.needs.map((n) => n.en).join('; ') || '—',
        `\`--${family.family} ${e.cli.syntax}\``,
        e.doc.source,
      ].map(cell),
    );
  const head = ['method', 'formula', 'needs', 'command line', 'source'];
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The start and end markers of a family's table. */
export function markers(name: MethodFamilyName): [string, string] {
  const { source } = METHODOLOGY_FAMILIES[name];
  return [
    `<!-- methods:${name} start: generated from ${source} by \`npm run methodology -w @takar/core\`; do not edit -->`,
    `<!-- methods:${name} end -->`,
  ];
}

/**
 * The methodology document with every family's table regenerated between its markers, formatted
 * as the repository's prettier does. Throws when a family's markers are missing.
 */
export async function updateMethodology(text: string, path: string): Promise<string> {
  let out = text;
  for (const name of Object.keys(METHODOLOGY_FAMILIES) as MethodFamilyName[]) {
    const [start, end] = markers(name);
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a)
      throw new Error(`docs/methodology.md has no table markers for ${name}: ${start} … ${end}`);
    out = `${out.slice(0, a + start.length)}\n\n${methodTable(name)}\n\n${out.slice(b)}`;
  }
  const config = (await resolveConfig(path)) ?? {};
  return format(out, { ...config, filepath: path });
}
