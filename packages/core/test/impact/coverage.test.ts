import { describe, expect, it } from 'vitest';
import { ValueSchema } from '../../src/schema/data.js';
import {
  countDistinct,
  countProgrammes,
  coverage,
  defaultProvinceOf,
  parseGroupings,
  populationLookup,
  toIndicatorValues,
} from '../../src/impact/index.js';

const records = [
  { region: '32.73', programme: 'PKH', key: 'p1' },
  { region: '32.73', programme: 'KIS', key: 'p1' },
  { region: '32.73', programme: 'KIS', key: 'p2' },
  { region: '32.04', programme: 'PKH', key: 'p3' },
  { region: '33.74', programme: 'PKH', key: 'p4' },
];
const population = { '32.73': 20, '32.04': 30 };

describe('populationLookup', () => {
  it('adds regions up to provinces and the nation unless given directly', () => {
    const lookup = populationLookup(population, defaultProvinceOf);
    expect(lookup({ region: '32.73', dimension: 'x' })).toBe(20);
    expect(lookup({ province: '32' })).toBe(50);
    expect(lookup({ province: '33' })).toBeUndefined();
    expect(lookup({})).toBe(50);
    expect(
      populationLookup({ ...population, national: 1000, '33': 7 }, defaultProvinceOf)({}),
    ).toBe(1000);
    expect(populationLookup(new Map([['33', 7]]), defaultProvinceOf)({ province: '33' })).toBe(7);
    expect(populationLookup({ a: 0 }, defaultProvinceOf)({ region: 'a' })).toBeUndefined();
  });
});

describe('coverage', () => {
  it('divides by the population and keeps the method', () => {
    const rows = countDistinct(records, {
      by: parseGroupings('region,province'),
      alreadyHashed: true,
    });
    const { rows: covered, issues } = coverage(rows, population);
    expect(covered.find((r) => r.group.region === '32.73')).toMatchObject({
      affected: 2,
      population: 20,
      coverage: 0.1,
      method: 'exact',
    });
    expect(covered.find((r) => r.group.province === '32')).toMatchObject({
      affected: 3,
      population: 50,
      coverage: 0.06,
    });
    // Semarang has no population: coverage is missing, not zero, and an issue says so.
    expect(covered.find((r) => r.group.region === '33.74')).toMatchObject({
      coverage: null,
      population: null,
    });
    expect(issues.map((i) => i.code)).toEqual([
      'impact/missing-population',
      'impact/missing-population',
    ]);
    expect(issues[0]?.message).toMatch(/region 33\.74/);
  });

  it('turns a programme range into a coverage range', () => {
    const rows = countProgrammes(
      [
        { region: '32.73', programme: 'PKH', beneficiaries: 8, unit: 'persons' },
        { region: '32.73', programme: 'KIS', beneficiaries: 5, unit: 'persons' },
      ],
      { population },
    );
    const { rows: covered } = coverage(rows, population);
    expect(covered[0]).toMatchObject({ coverage: null, coverageLow: 0.4, coverageHigh: 0.65 });
  });
});

describe('toIndicatorValues', () => {
  it('writes long-form values a framework can score, null where unknown', () => {
    const rows = countDistinct(records, {
      by: parseGroupings('region,national'),
      alreadyHashed: true,
    });
    const { rows: covered } = coverage(rows, population);
    const values = toIndicatorValues(covered, { indicator: 'imp_cov', year: 2024 });
    expect(values).toEqual([
      { unit: '32.73', indicator: 'imp_cov', year: 2024, value: 0.1 },
      { unit: '32.04', indicator: 'imp_cov', year: 2024, value: 1 / 30 },
      { unit: '33.74', indicator: 'imp_cov', year: 2024, value: null },
      { unit: 'national', indicator: 'imp_cov', year: 2024, value: 4 / 50 },
    ]);
    for (const v of values) expect(ValueSchema.safeParse(v).success).toBe(true);
    expect(toIndicatorValues(rows, { indicator: 'imp_n' }).map((v) => v.value)).toEqual([
      2, 1, 1, 4,
    ]);
  });

  it('refuses two rows for the same unit, indicator and year', () => {
    const rows = countDistinct(
      [
        { region: 'a', key: 'x', dimension: 'd1' },
        { region: 'a', key: 'y', dimension: 'd2' },
      ],
      { by: [['region', 'dimension']], alreadyHashed: true },
    );
    expect(() => toIndicatorValues(rows, { indicator: 'imp' })).toThrow(
      /name the indicator per group/,
    );
    expect(
      toIndicatorValues(rows, { indicator: (g) => `imp_${g.dimension}` }).map((v) => v.indicator),
    ).toEqual(['imp_d1', 'imp_d2']);
  });
});
