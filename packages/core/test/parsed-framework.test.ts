// runPipeline and score take the tree parseFramework built and use it as it is (parse once, run
// many times); any other input is still validated.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FrameworkSchema,
  TakarError,
  isFrameworkTree,
  parseFramework,
  poolAcrossYears,
  runPipeline,
  score,
} from '../src/index.js';

const framework = {
  id: 'f',
  version: '1',
  label: { id: 'Contoh' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'a', parent: 'idx', type: 'indicator', label: { id: 'A' } },
    { code: 'b', parent: 'idx', type: 'indicator', label: { id: 'B' }, direction: -1 },
  ],
};
const data = {
  units: [
    { code: 'u1', name: 'Satu' },
    { code: 'u2', name: 'Dua' },
    { code: 'u3', name: 'Tiga' },
  ],
  values: [
    ...[1, 2, 3].map((v, i) => ({ unit: `u${i + 1}`, indicator: 'a', value: v, year: 2024 })),
    ...[9, 4, 1].map((v, i) => ({ unit: `u${i + 1}`, indicator: 'b', value: v, year: 2024 })),
    ...[2, 2, 3].map((v, i) => ({ unit: `u${i + 1}`, indicator: 'a', value: v, year: 2023 })),
    ...[8, 5, 1].map((v, i) => ({ unit: `u${i + 1}`, indicator: 'b', value: v, year: 2023 })),
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('a parsed framework', () => {
  it('is not validated again by runPipeline, score or poolAcrossYears', () => {
    const parse = vi.spyOn(FrameworkSchema, 'safeParse');
    const tree = parseFramework(framework);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(isFrameworkTree(tree)).toBe(true);
    const run = runPipeline(tree, data, { year: 2024 });
    expect(run.tree).toBe(tree);
    const results = score(tree, data, { year: 2024 });
    poolAcrossYears(tree, data, [2023, 2024]);
    expect(parse).toHaveBeenCalledTimes(1);
    // The same results as from the document.
    expect(score(framework, data, { year: 2024 })).toEqual(results);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('gives the same columns as the document it came from', () => {
    const fromTree = runPipeline(parseFramework(framework), data, { year: 2024 });
    const fromDoc = runPipeline(framework, data, { year: 2024 });
    expect([...(fromTree.scores?.get('idx') ?? [])]).toEqual([
      ...(fromDoc.scores?.get('idx') ?? []),
    ]);
    expect([...(fromTree.scores?.get('idx') ?? [])]).toEqual([0, 56.25, 100]);
  });

  it('is told from unknown input, which is still validated', () => {
    expect(isFrameworkTree(framework)).toBe(false);
    // A look-alike that parseFramework did not build: its framework is validated.
    const tree = parseFramework(framework);
    const lookalike = { ...tree, framework: { ...framework, nodes: [] } };
    expect(isFrameworkTree(lookalike)).toBe(false);
    expect(() => runPipeline(lookalike, data, { year: 2024 })).toThrow(TakarError);
    expect(() => runPipeline(lookalike, data, { year: 2024 })).toThrow(/framework\/invalid/);
    const copy = { ...tree };
    expect(runPipeline(copy, data, { year: 2024 }).tree).not.toBe(copy);
    expect(() => runPipeline({ id: 'x' }, data)).toThrow(/framework\/invalid/);
  });
});
