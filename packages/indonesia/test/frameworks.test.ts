import { describe, expect, it } from 'vitest';
import { parseFramework, TakarError, type Framework } from '@takar/core';
import {
  getFramework,
  findFramework,
  listFrameworks,
  smartCityFramework,
  spbeFramework,
  withBands,
  SPBE_PREDICATES,
  SMART_CITY_STAGES,
} from '@takar/indonesia';
import { sharedCsv } from './shared-data.js';

const cents = (x: number): number => Math.round(x * 100);
const leaves = (f: Framework) => f.nodes.filter((n) => n.type === 'indicator');
const childrenOf = (f: Framework, code: string) => f.nodes.filter((n) => n.parent === code);

describe('shipped frameworks', () => {
  it('lists smart-city and spbe-2020 and returns fresh copies', () => {
    expect(listFrameworks().map((f) => f.id)).toEqual(['smart-city', 'spbe-2020']);
    const a = getFramework('spbe-2020');
    a.nodes.pop();
    expect(getFramework('spbe-2020').nodes).toHaveLength(60);
    expect(findFramework('nope')).toBeUndefined();
    expect(() => getFramework('nope')).toThrow(TakarError);
    expect(() => getFramework('nope')).toThrow(/smart-city, spbe-2020/);
  });

  it.each(['smart-city', 'spbe-2020'])('%s passes parseFramework with bilingual labels', (id) => {
    const f = getFramework(id);
    expect(() => parseFramework(f)).not.toThrow();
    for (const n of f.nodes) {
      expect(n.label.id.length).toBeGreaterThan(0);
      expect(n.label.en?.length ?? 0).toBeGreaterThan(0);
    }
    expect(f.pipeline).toEqual({ normalise: { method: 'none' }, aggregate: { method: 'amean' } });
  });
});

describe('spbe-2020', () => {
  const f = spbeFramework();

  it('has 4 domains, 8 aspects and 47 indicators', () => {
    expect(childrenOf(f, 'spbe')).toHaveLength(4);
    expect(f.nodes.filter((n) => /^a\d$/.test(n.code))).toHaveLength(8);
    expect(leaves(f)).toHaveLength(47);
  });

  it('has leaf weights summing to 100, and every node weighing the sum of its leaves', () => {
    expect(leaves(f).reduce((s, n) => s + cents(n.weight ?? 0), 0)).toBe(10000);
    const domains = Object.fromEntries(childrenOf(f, 'spbe').map((d) => [d.code, d.weight]));
    expect(domains).toEqual({ d1: 13, d2: 25, d3: 16.5, d4: 45.5 });
    const aspects = Object.fromEntries(
      f.nodes.filter((n) => /^a\d$/.test(n.code)).map((a) => [a.code, a.weight]),
    );
    expect(aspects).toEqual({ a1: 13, a2: 10, a3: 10, a4: 5, a5: 12, a6: 4.5, a7: 27.5, a8: 18 });
    for (const n of f.nodes.filter((x) => x.type === 'aggregate' && x.parent !== null)) {
      expect(childrenOf(f, n.code).reduce((s, k) => s + cents(k.weight ?? 0), 0)).toBe(
        cents(n.weight ?? 0),
      );
    }
  });

  it('rates every indicator on the maturity levels 1–5, higher is better, used as they are', () => {
    for (const n of leaves(f)) {
      expect(n.scale).toEqual([1, 5]);
      expect(n.direction).toBe(1);
    }
    expect(f.pipeline?.normalise?.method).toBe('none');
  });

  it('copies the indicators of the shared table', () => {
    const rows = sharedCsv('spbe-2020-indicators.csv');
    expect(rows).toHaveLength(47);
    for (const r of rows) {
      const n = f.nodes.find((x) => x.code === `i${r.indicator?.padStart(2, '0')}`);
      expect(n?.label.id).toBe(r.name_id);
      expect(n?.weight).toBe(Number(r.weight_pct));
      expect(n?.parent).toBe(`a${r.aspect}`);
    }
  });

  it('has the five predicates', () => {
    expect(f.bands).toEqual(SPBE_PREDICATES);
    expect(f.bands?.map((b) => [b.label.id, b.min, b.max])).toEqual([
      ['Kurang', null, 1.8],
      ['Cukup', 1.8, 2.6],
      ['Baik', 2.6, 3.5],
      ['Sangat Baik', 3.5, 4.2],
      ['Memuaskan', 4.2, null],
    ]);
  });
});

describe('smart-city', () => {
  const f = smartCityFramework();

  it('has 6 dimensions × 3 sub-dimensions × 5 stages on the 1–4 scale', () => {
    expect(childrenOf(f, 'smart-city').map((d) => d.code)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    for (const d of childrenOf(f, 'smart-city')) expect(childrenOf(f, d.code)).toHaveLength(3);
    expect(leaves(f)).toHaveLength(90);
    for (const n of leaves(f)) expect(n.scale).toEqual([1, 4]);
    expect(f.bands).toBeUndefined();
  });

  it('has the stage axis weighted 10/20/30/20/20, every leaf tagged and weighted by its stage', () => {
    const axis = f.axes?.[0];
    expect(axis?.id).toBe('stage');
    expect(axis?.tags.map((t) => [t.code, t.weight])).toEqual([
      ['baseline', 10],
      ['output', 20],
      ['outcome', 30],
      ['impact', 20],
      ['quickwin', 20],
    ]);
    const weightOf = Object.fromEntries(SMART_CITY_STAGES.map((s) => [s.code, s.weight]));
    for (const n of leaves(f)) expect(n.weight).toBe(weightOf[n.tags?.stage ?? '']);
  });

  it('takes predicates as configuration through withBands, checking them', () => {
    const bands = [
      { code: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: null, max: 2.5 },
      { code: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 2.5, max: null },
    ];
    expect(withBands(f, bands).bands).toEqual(bands);
    expect(f.bands).toBeUndefined();
    expect(() =>
      withBands(f, [
        { code: 'a', label: { id: 'A' }, min: null, max: 3 },
        { code: 'b', label: { id: 'B' }, min: 2, max: null },
      ]),
    ).toThrow(TakarError);
  });
});
