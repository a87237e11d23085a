// docs/methodology.md's method tables are generated from the method tables in src/methods/
// (npm run methodology -w @takar/core); this fails when the document is stale or hand-edited.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NORMALISERS } from '../src/methods/normalisers.js';
import {
  METHODOLOGY_FAMILIES,
  markers,
  methodTable,
  updateMethodology,
} from '../scripts/methodology-tables.js';

const path = fileURLToPath(new URL('../../../docs/methodology.md', import.meta.url));
const doc = readFileSync(path, 'utf8');

describe('docs/methodology.md', () => {
  it('has the method tables as the method tables make them (run `npm run methodology -w @takar/core` if not)', async () => {
    expect(doc).toBe(await updateMethodology(doc, path));
  });

  it('shows every method of every family, with its command line', () => {
    for (const [name, { family }] of Object.entries(METHODOLOGY_FAMILIES)) {
      const [start, end] = markers(name as keyof typeof METHODOLOGY_FAMILIES);
      const table = doc.slice(doc.indexOf(start), doc.indexOf(end));
      for (const e of family.entries()) {
        expect(table, `${name} ${e.name}`).toContain(e.doc.source.replace(/\|/g, '\\|'));
        expect(table, `${name} ${e.name}`).toContain(`\`--${name} ${e.cli.syntax}\``);
      }
    }
  });

  it('would be stale after a change to a table', async () => {
    const remove = NORMALISERS.register({
      ...(NORMALISERS.get('fracmax') as NonNullable<ReturnType<typeof NORMALISERS.get>>),
      name: 'fracmax2',
      cli: { syntax: 'fracmax2', example: 'fracmax2' },
    });
    try {
      expect(methodTable('normalise')).toContain('`--normalise fracmax2`');
      expect(await updateMethodology(doc, path)).not.toBe(doc);
    } finally {
      remove();
    }
  });
});
