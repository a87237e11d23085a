import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  resultsView,
  ResultsDocumentSchema,
  TakarError,
  datasetFromTable,
  parseCsv,
  parseFramework,
  resolvePipeline,
  safeParseKeepingProto,
  score,
} from '@takar/core';

// A framework with a node coded "__proto__", its weight in a weight set, and data as JSON text
// (JSON.parse makes "__proto__" an own key, as any document read from a file has it).
const framework = {
  id: 'proto',
  version: '1',
  label: { id: 'Proto' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: '__proto__', parent: 'idx', type: 'indicator', label: { id: 'P' } },
    { code: 'a', parent: 'idx', type: 'indicator', label: { id: 'A' } },
  ],
  pipeline: { normalise: { method: 'none' } },
};
const frameworkText = JSON.stringify(framework).replace(
  '"pipeline"',
  '"weightSets":{"p3":{"__proto__":3,"a":1}},"pipeline"',
);

describe('a key "__proto__" in documents zod parses', () => {
  it('is kept as an ordinary own key, never swallowed, and pollutes nothing', () => {
    const r = safeParseKeepingProto(
      z.record(z.string(), z.number()),
      JSON.parse('{"a":1,"__proto__":2}'),
    );
    expect(r.success).toBe(true);
    const data = r.data as Record<string, number>;
    expect(Object.keys(data)).toEqual(['a', '__proto__']);
    expect(JSON.stringify(data)).toBe('{"a":1,"__proto__":2}');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
    // Plain zod loses it, which is why documents go through safeParseKeepingProto.
    expect(
      Object.keys(z.record(z.string(), z.number()).parse(JSON.parse('{"__proto__":2}'))),
    ).toEqual([]);
  });

  it('names "__proto__" in the path of a problem under it', () => {
    const r = safeParseKeepingProto(
      z.object({ w: z.record(z.string(), z.number()) }),
      JSON.parse('{"w":{"__proto__":"x"}}'),
    );
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['w', '__proto__']]);
    const strict = safeParseKeepingProto(
      z.strictObject({ a: z.number() }),
      JSON.parse('{"a":1,"__proto__":1}'),
    );
    expect(strict.error?.issues[0]?.message).toContain('"__proto__"');
  });

  it('a framework keeps the weight of a node coded __proto__ in its weight sets', () => {
    const tree = parseFramework(JSON.parse(frameworkText));
    expect(tree.framework.weightSets?.p3).toEqual(JSON.parse('{"__proto__":3,"a":1}'));
    expect(Object.keys(tree.framework.weightSets?.p3 ?? {})).toEqual(['__proto__', 'a']);
    const data = {
      units: [
        { code: 'u1', name: 'u1' },
        { code: 'u2', name: 'u2' },
      ],
      values: [
        { unit: 'u1', indicator: '__proto__', value: 4 },
        { unit: 'u1', indicator: 'a', value: 0 },
        { unit: 'u2', indicator: '__proto__', value: 0 },
        { unit: 'u2', indicator: 'a', value: 4 },
      ],
    };
    // With weights 3 : 1 the index is (3·4 + 0)/4 = 3 for u1 and 1 for u2.
    const doc = score(JSON.parse(frameworkText), data, { pipeline: { weights: 'p3' } });
    expect(resultsView(doc).rows.map((u) => u.scores.idx)).toEqual([3, 1]);
    const again = safeParseKeepingProto(ResultsDocumentSchema, JSON.parse(JSON.stringify(doc)));
    const row = again.success ? resultsView(again.data).rows[0] : undefined;
    expect(row?.scores.__proto__).toBe(4);
    expect(Object.keys(row?.scores ?? {})).toContain('__proto__');
  });

  it('pipeline weights keyed __proto__ are kept', () => {
    const p = resolvePipeline(undefined, JSON.parse('{"weights":{"__proto__":2,"a":1}}'));
    expect(Object.keys(p.weights as object)).toEqual(['__proto__', 'a']);
  });

  it('a data column "__proto__" declared as a group stays a group', () => {
    const tree = parseFramework(framework);
    const d = datasetFromTable(parseCsv('unit,__proto__,a\nu1,kota,1\nu2,kab,2\n'), tree, {
      groups: ['__proto__'],
    });
    expect(d.units.map((u) => u.groups?.__proto__)).toEqual(['kota', 'kab']);
    expect(Object.keys(d.units[0]!.groups ?? {})).toEqual(['__proto__']);
  });

  it('an undeclared "__proto__" column is refused with its name, not dropped', () => {
    const tree = parseFramework({
      ...framework,
      nodes: framework.nodes.filter((n) => n.code !== '__proto__'),
    });
    expect(() => datasetFromTable(parseCsv('unit,__proto__,a\nu1,3,1\n'), tree)).toThrow(
      TakarError,
    );
    expect(() => datasetFromTable(parseCsv('unit,__proto__,a\nu1,3,1\n'), tree)).toThrow(
      /Column "__proto__" holds numbers but is not an indicator/,
    );
  });
});
