import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJsonChunks } from '../src/output/json-chunks.js';

describe('prettyJsonChunks', () => {
  it('is JSON.stringify(doc, null, 2), byte for byte, in pieces', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), value, { maxKeys: 5 }),
        fc.array(fc.oneof(value, fc.constant(undefined)), { maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        (head, units, batch) => {
          const doc = { ...head, units, after: head };
          const pieces = [...prettyJsonChunks(doc, 'units', batch)];
          expect(pieces.join('')).toBe(JSON.stringify(doc, null, 2));
          // A piece per batch of units (and the last one), never the whole array in one.
          if (units.length > batch) expect(pieces.length).toBeGreaterThan(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes an empty document as {}', () => {
    const doc = { a: undefined, b: () => 1, units: [], c: [undefined] };
    expect([...prettyJsonChunks(doc)].join('')).toBe(JSON.stringify(doc, null, 2));
    expect([...prettyJsonChunks({})].join('')).toBe('{}');
  });
});
