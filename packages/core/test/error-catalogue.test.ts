// A catalogue of bad inputs: each must give a TakarError with a stable code, a path to the
// offending place and a message that says what to fix — never a raw TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TakarError,
  datasetFromTable,
  parseCsv,
  parseFramework,
  safeScore,
  score,
  type ScoreOptions,
  type TakarErrorCode,
} from '@takar/core';

const framework = {
  id: 'mini',
  version: '1',
  label: { id: 'Indeks Mini', en: 'Mini Index' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'dim', parent: 'idx', type: 'aggregate', label: { id: 'Dimensi' } },
    { code: 'a', parent: 'dim', type: 'indicator', label: { id: 'A' }, denominator: 'pop' },
    { code: 'b', parent: 'dim', type: 'indicator', label: { id: 'B' }, weight: 2 },
    { code: 'c', parent: 'idx', type: 'indicator', label: { id: 'C' }, direction: -1 },
  ],
  weightSets: { equal: { a: 1, b: 1, c: 1 } },
};
type Fw = typeof framework;
const units = [
  { code: 'u1', name: 'Satu', groups: { prov: 'P1' }, denominators: { pop: 10 } },
  { code: 'u2', name: 'Dua', groups: { prov: 'P1' }, denominators: { pop: 20 } },
  { code: 'u3', name: 'Tiga', groups: { prov: 'P2' }, denominators: { pop: 30 } },
];
const values = (overrides: Record<string, (number | null)[]> = {}) => {
  const cols: Record<string, (number | null)[]> = {
    a: [1, 2, 3],
    b: [5, 3, 1],
    c: [2, 4, 9],
    ...overrides,
  };
  return Object.entries(cols).flatMap(([indicator, xs]) =>
    xs.map((value, i) => ({ unit: `u${i + 1}`, indicator, value })),
  );
};
const data = { units, values: values() };
const withNodes = (edit: (nodes: Fw['nodes']) => unknown[]): unknown => ({
  ...framework,
  nodes: edit(structuredClone(framework.nodes)),
});

interface Case {
  name: string;
  run: () => unknown;
  code: TakarErrorCode;
  path?: readonly (string | number)[];
  says?: RegExp;
}

const cases: Case[] = [
  // framework
  {
    name: 'a framework that is not an object',
    run: () => score('nonsense', data),
    code: 'framework/invalid',
    says: /expected object/i,
  },
  {
    name: 'a node without a label',
    run: () =>
      score(
        withNodes((n) => [...n, { code: 'd', parent: 'idx', type: 'indicator' }]),
        data,
      ),
    code: 'framework/invalid',
    path: ['nodes', 5, 'label'],
  },
  {
    name: 'duplicate node codes',
    run: () =>
      score(
        withNodes((n) => [...n, { ...(n[4] as object) }]),
        data,
      ),
    code: 'framework/duplicate-code',
    path: ['nodes', 5, 'code'],
    says: /own code/,
  },
  {
    name: 'an unknown parent',
    run: () =>
      score(
        withNodes((n) => n.map((x) => (x.code === 'c' ? { ...x, parent: 'nope' } : x))),
        data,
      ),
    code: 'framework/unknown-parent',
    path: ['nodes', 4, 'parent'],
    says: /"nope".*add that node or correct the parent/,
  },
  {
    name: 'a cycle of parents',
    run: () =>
      score(
        withNodes((n) => [
          ...n,
          { code: 'x', parent: 'y', type: 'aggregate', label: { id: 'X' } },
          { code: 'y', parent: 'x', type: 'aggregate', label: { id: 'Y' } },
        ]),
        data,
      ),
    code: 'framework/cycle',
    says: /cycle: (x → y → x|y → x → y)/,
  },
  {
    name: 'two roots',
    run: () =>
      score(
        withNodes((n) => n.map((x) => (x.code === 'dim' ? { ...x, parent: null } : x))),
        data,
      ),
    code: 'framework/several-roots',
    path: ['nodes'],
  },
  {
    name: 'no root',
    run: () =>
      score(
        withNodes((n) => n.map((x) => (x.code === 'idx' ? { ...x, parent: 'c' } : x))),
        data,
      ),
    code: 'framework/invalid',
  },
  {
    name: 'a negative weight',
    run: () =>
      score(
        withNodes((n) => n.map((x) => (x.code === 'b' ? { ...x, weight: -2 } : x))),
        data,
      ),
    code: 'framework/negative-weight',
    path: ['nodes', 3, 'weight'],
    says: /zero or more/,
  },
  {
    name: 'all-zero weights among siblings',
    run: () =>
      score(
        withNodes((n) => n.map((x) => (x.parent === 'dim' ? { ...x, weight: 0 } : x))),
        data,
      ),
    code: 'framework/zero-weights',
    path: ['nodes', 1],
    says: /positive weight/,
  },
  {
    name: 'an aggregate without children',
    run: () =>
      score(
        withNodes((n) => [
          ...n,
          { code: 'e', parent: 'idx', type: 'aggregate', label: { id: 'E' } },
        ]),
        data,
      ),
    code: 'framework/empty-aggregate',
    path: ['nodes', 5],
  },
  {
    name: 'overlapping bands',
    run: () =>
      score(
        {
          ...framework,
          bands: [
            { code: 'lo', label: { id: 'L' }, min: null, max: 60 },
            { code: 'hi', label: { id: 'H' }, min: 50, max: null },
          ],
        },
        data,
      ),
    code: 'framework/bands-overlap',
    path: ['bands', 1],
  },
  {
    name: 'an unknown weight set',
    run: () => score(framework, data, { pipeline: { weights: 'expert' } }),
    code: 'framework/unknown-weight-set',
    path: ['pipeline', 'weights'],
    says: /equal/,
  },
  {
    name: 'a negative weight in a weight map',
    run: () => score(framework, data, { pipeline: { weights: { a: -1 } } }),
    code: 'framework/negative-weight',
    path: ['pipeline', 'weights', 'a'],
  },
  {
    name: 'a leaf tagged with a tag its axis does not list',
    run: () =>
      score(
        {
          ...(withNodes((n) =>
            n.map((x) => (x.code === 'a' ? { ...x, tags: { stage: 'zz' } } : x)),
          ) as object),
          axes: [
            {
              id: 'stage',
              label: { id: 'Tahap' },
              tags: [{ code: 'out', label: { id: 'Output' } }],
            },
          ],
        },
        data,
      ),
    code: 'framework/unknown-tag',
    path: ['nodes', 2, 'tags', 'stage'],
  },
  // data
  { name: 'data that is not an object', run: () => score(framework, null), code: 'data/invalid' },
  {
    name: 'no units',
    run: () => score(framework, { units: [], values: [] }),
    code: 'data/empty',
    path: ['units'],
  },
  {
    name: 'no values',
    run: () => score(framework, { units, values: [] }),
    code: 'data/empty',
    path: ['values'],
    says: /add rows/,
  },
  { name: 'an empty CSV file', run: () => parseCsv(''), code: 'data/empty' },
  {
    name: 'duplicate unit codes',
    run: () =>
      score(framework, { units: [...units, { code: 'u2', name: 'Lagi' }], values: values() }),
    code: 'data/duplicate-unit',
    path: ['units', 3, 'code'],
    says: /one row per unit/,
  },
  {
    name: 'a duplicate value',
    run: () =>
      score(framework, { units, values: [...values(), { unit: 'u1', indicator: 'a', value: 7 }] }),
    code: 'data/duplicate-value',
    path: ['values', 9],
  },
  {
    name: 'a value for an unknown unit',
    run: () =>
      score(framework, { units, values: [...values(), { unit: 'u9', indicator: 'a', value: 7 }] }),
    code: 'data/unknown-unit',
    path: ['values', 9, 'unit'],
  },
  {
    name: 'data for an indicator not in the framework',
    run: () =>
      score(framework, { units, values: [...values(), { unit: 'u1', indicator: 'zz', value: 1 }] }),
    code: 'data/unknown-indicator',
    path: ['values', 9, 'indicator'],
    says: /add it to the framework or remove/,
  },
  {
    name: 'a wide CSV column that is not an indicator',
    run: () => datasetFromTable(parseCsv('unit,a,b,c,zz\nu1,1,2,3,4\n'), parseFramework(framework)),
    code: 'data/unknown-indicator',
    path: ['columns', 'zz'],
  },
  {
    name: 'an indicator with no values',
    run: () => score(framework, { units, values: values({ b: [null, null, null] }) }),
    code: 'data/no-values',
    says: /"b" has no values/,
  },
  {
    name: 'a zero-range indicator',
    run: () => score(framework, { units, values: values({ c: [4, 4, 4] }) }),
    code: 'data/zero-range',
    says: /"c" has the same value/,
  },
  {
    name: 'an all-zero indicator under fracmax (0 / 0)',
    run: () =>
      score(
        framework,
        { units, values: values({ c: [0, null, 0] }) },
        { pipeline: { normalise: { method: 'fracmax' } } },
      ),
    code: 'data/zero-max',
    says: /"c" is 0 for every unit, so fracmax \(x \/ max\) would divide 0 by 0/,
  },
  {
    name: 'a text value',
    run: () =>
      score(framework, {
        units,
        values: [{ unit: 'u1', indicator: 'a', value: 'tinggi' }, ...values().slice(1)],
      }),
    code: 'data/not-a-number',
    path: ['values', 0, 'value'],
    says: /"tinggi"/,
  },
  {
    name: 'a NaN value',
    run: () =>
      score(framework, {
        units,
        values: [{ unit: 'u1', indicator: 'a', value: NaN }, ...values().slice(1)],
      }),
    code: 'data/not-a-number',
    path: ['values', 0, 'value'],
    says: /NaN.*null for missing/,
  },
  {
    name: 'an Infinity value',
    run: () =>
      score(framework, {
        units,
        values: [{ unit: 'u1', indicator: 'a', value: Infinity }, ...values().slice(1)],
      }),
    code: 'data/not-a-number',
    path: ['values', 0, 'value'],
    says: /Infinity/,
  },
  {
    name: 'a non-numeric CSV cell',
    run: () => datasetFromTable(parseCsv('unit,a,b,c\nu1,1,x2,3\n'), parseFramework(framework)),
    code: 'data/not-a-number',
    path: ['rows', 0, 'b'],
  },
  {
    name: 'a decimal-comma CSV cell read without --decimal',
    run: () => datasetFromTable(parseCsv('unit;a;b;c\nu1;1,5;2;3\n'), parseFramework(framework)),
    code: 'data/not-a-number',
    path: ['rows', 0, 'a'],
    says: /--decimal ,/,
  },
  {
    name: 'a CSV quote that never closes',
    run: () => parseCsv('unit,a\n"u1,1\n'),
    code: 'data/csv',
    says: /closing quote/,
  },
  {
    name: 'a CSV row with too many fields',
    run: () => parseCsv('unit,a\nu1,1,2\n'),
    code: 'data/csv',
    path: ['rows', 0],
  },
  {
    name: 'mixed years where one is expected',
    run: () =>
      score(framework, {
        units,
        values: [
          ...values().map((v) => ({ ...v, year: 2023 })),
          ...values().map((v) => ({ ...v, year: 2024 })),
        ],
      }),
    code: 'data/mixed-years',
    says: /2023, 2024.*`year`/,
  },
  {
    name: 'a year not in the data',
    run: () =>
      score(
        framework,
        { units, values: values().map((v) => ({ ...v, year: 2023 })) },
        { year: 2020 },
      ),
    code: 'data/unknown-year',
  },
  {
    name: 'a denominator no unit has',
    run: () =>
      score(
        framework,
        { units: units.map(({ denominators: _d, ...u }) => u), values: values() },
        { pipeline: { denominate: true } },
      ),
    code: 'data/unknown-denominator',
    path: ['nodes', 2, 'denominator'],
  },
  {
    name: 'a group no unit has',
    run: () =>
      score(framework, data, { pipeline: { impute: { method: 'group-mean', group: 'island' } } }),
    code: 'data/unknown-group',
    path: ['pipeline', 'impute', 'group'],
  },
  // pipeline
  {
    name: 'an unknown normalisation',
    run: () =>
      score(framework, data, {
        pipeline: { normalise: { method: 'magic' } },
      } as unknown as ScoreOptions),
    code: 'pipeline/invalid',
    path: ['pipeline', 'normalise', 'method'],
  },
  {
    name: 'a stage listed twice in order',
    run: () => score(framework, data, { pipeline: { order: ['impute', 'impute'] } }),
    code: 'pipeline/invalid',
    path: ['pipeline', 'order'],
  },
  {
    name: 'geometric mean on values ≤ 0',
    run: () => score(framework, data, { pipeline: { aggregate: { method: 'gmean' } } }),
    code: 'pipeline/non-positive-for-geometric',
    path: ['pipeline', 'aggregate'],
    says: /needs values > 0.*minmax:1,100/,
  },
  {
    name: 'harmonic mean on values ≤ 0',
    run: () => score(framework, data, { pipeline: { aggregate: { method: 'hmean' } } }),
    code: 'pipeline/non-positive-for-geometric',
  },
  {
    name: 'dist2ref to a unit not in the data',
    run: () =>
      score(framework, data, { pipeline: { normalise: { method: 'dist2ref', reference: 'u9' } } }),
    code: 'pipeline/unknown-reference-unit',
    path: ['pipeline', 'normalise', 'reference'],
  },
  {
    name: 'dist2targ without targets',
    run: () => score(framework, data, { pipeline: { normalise: { method: 'dist2targ' } } }),
    code: 'pipeline/missing-target',
    says: /add `target`/,
  },
  {
    name: 'goalposts without goalposts',
    run: () => score(framework, data, { pipeline: { normalise: { method: 'goalposts' } } }),
    code: 'pipeline/missing-goalposts',
  },
  {
    name: 'screening that removes every unit',
    run: () =>
      score(
        framework,
        { units, values: values({ a: [1, null, 3], b: [null, 1, 2], c: [1, 2, null] }) },
        { pipeline: { screen: { minAvailability: 1 } } },
      ),
    code: 'pipeline/all-units-screened',
  },
  {
    name: 'panel imputation on one year',
    run: () => score(framework, data, { pipeline: { impute: { method: 'latest' } } }),
    code: 'pipeline/invalid',
    path: ['pipeline', 'impute', 'method'],
  },
];

describe('bad inputs give a TakarError with a stable code, a path and a message', () => {
  for (const c of cases) {
    it(`reports ${c.name} as ${c.code}`, () => {
      let caught: unknown;
      try {
        c.run();
      } catch (e) {
        caught = e;
      }
      expect(caught, 'expected a TakarError').toBeInstanceOf(TakarError);
      const err = caught as TakarError;
      const first = err.issues.find((i) => i.code === c.code);
      expect(first, `codes were ${err.issues.map((i) => i.code).join(', ')}`).toBeDefined();
      expect(Array.isArray(first?.path)).toBe(true);
      if (c.path) expect(first?.path).toEqual(c.path);
      expect(first?.message.length).toBeGreaterThan(20);
      if (c.says) expect(first?.message).toMatch(c.says);
    });
  }

  it('reports every problem of an input at once', () => {
    const r = safeScore(framework, {
      units: [...units, { code: 'u1', name: 'Lagi' }],
      values: [...values(), { unit: 'u1', indicator: 'zz', value: NaN }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code).sort()).toEqual([
        'data/duplicate-unit',
        'data/not-a-number',
      ]);
  });

  it('never lets anything but a TakarError escape, whatever the input', () => {
    const anyJson = fc.anything({ maxDepth: 3, withNullPrototype: false });
    const nodeLike = fc.record({
      code: fc.constantFrom('idx', 'a', 'b', 'c', 'x', ''),
      parent: fc.constantFrom(null, 'idx', 'a', 'x', 'zz'),
      type: fc.constantFrom('indicator', 'aggregate', 'other'),
      label: fc.oneof(fc.constant({ id: 'L' }), anyJson),
      weight: fc.oneof(fc.double(), fc.constant(undefined)),
    });
    const valueLike = fc.record({
      unit: fc.constantFrom('u1', 'u2', 'u3', 'u9'),
      indicator: fc.constantFrom('a', 'b', 'c', 'zz'),
      value: fc.oneof(fc.double(), fc.constant(null), fc.string(), anyJson),
      year: fc.oneof(fc.constant(undefined), fc.integer({ min: 2020, max: 2022 }), fc.double()),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            id: fc.constant('f'),
            version: fc.constant('1'),
            label: fc.constant({ id: 'F' }),
            nodes: fc.array(nodeLike, { maxLength: 6 }),
          }),
          fc.constant(framework),
          anyJson,
        ),
        fc.oneof(
          fc.record({ units: fc.constant(units), values: fc.array(valueLike, { maxLength: 12 }) }),
          anyJson,
        ),
        (fw, d) => {
          try {
            score(fw, d);
          } catch (e) {
            if (!(e instanceof TakarError)) throw e;
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
