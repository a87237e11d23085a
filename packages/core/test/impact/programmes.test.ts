import { describe, expect, it } from 'vitest';
import { TakarError, safely } from '../../src/errors/index.js';
import { countProgrammes, groupingLabel, type ProgrammeCountRow } from '../../src/impact/index.js';

// Three programmes in Kota Bandung (32.73, population 1 000), two in Kab. Bandung (32.04, no
// population given) and one in Semarang (33.74). The numbers are small so the bounds can be checked by hand.
const programmes = [
  { region: '32.73', programme: 'PKH', beneficiaries: 600, unit: 'persons', dimension: 'social' },
  { region: '32.73', programme: 'BPNT', beneficiaries: 300, unit: 'persons', dimension: 'social' },
  { region: '32.73', programme: 'KIS', beneficiaries: 200, unit: 'persons', dimension: 'health' },
  { region: '32.04', programme: 'PKH', beneficiaries: 100, unit: 'persons', dimension: 'social' },
  { region: '32.04', programme: 'BPNT', beneficiaries: 50, unit: 'persons', dimension: 'social' },
  { region: '33.74', programme: 'PKH', beneficiaries: '40', unit: 'persons', dimension: 'social' },
];
const population = { '32.73': 1000, '33.74': 500 };

const find = (rows: readonly ProgrammeCountRow[], by: string, group: object) =>
  rows.find((r) => groupingLabel(r.by) === by && JSON.stringify(r.group) === JSON.stringify(group));

describe('countProgrammes', () => {
  it('reports the range from the largest programme to the sum capped at the population, with no point value', () => {
    const rows = countProgrammes(programmes, { population });
    expect(find(rows, 'region', { region: '32.73' })).toMatchObject({
      low: 600,
      high: 1000,
      sum: 1100,
      affected: null,
      capped: true,
      programmes: 3,
      method: 'programme-range',
    });
    // No population: the upper bound is the plain sum, and the row says so.
    expect(find(rows, 'region', { region: '32.04' })).toMatchObject({
      low: 100,
      high: 150,
      populationKnown: false,
      capped: false,
    });
    expect(find(rows, 'region', { region: '33.74' })).toMatchObject({ low: 40, high: 40 });
  });

  it('adds per-region bounds over disjoint regions for provinces and the nation', () => {
    const rows = countProgrammes(programmes, { population, by: [['province'], []] });
    expect(find(rows, 'province', { province: '32' })).toMatchObject({
      low: 600 + 100,
      high: 1000 + 150,
      sum: 1250,
    });
    expect(find(rows, 'national', {})).toMatchObject({ low: 740, high: 1190, programmes: 3 });
  });

  it('treats dimensions inside a region as their own groups', () => {
    const rows = countProgrammes(programmes, { population, by: [['region', 'dimension']] });
    expect(find(rows, 'region+dimension', { region: '32.73', dimension: 'social' })).toMatchObject({
      low: 600,
      high: 900,
    });
    expect(find(rows, 'region+dimension', { region: '32.73', dimension: 'health' })).toMatchObject({
      low: 200,
      high: 200,
    });
  });

  it('gives a point value only under a stated overlap assumption', () => {
    const only = programmes.slice(0, 3);
    const none = countProgrammes(only, { population, overlap: 'none' })[0];
    const nested = countProgrammes(only, { population, overlap: 'nested' })[0];
    const independent = countProgrammes(only, { population, overlap: 'independent' })[0];
    expect(none?.affected).toBe(1000);
    expect(nested?.affected).toBe(600);
    // 1000 · (1 − (1 − 0.6)(1 − 0.3)(1 − 0.2)) = 1000 · (1 − 0.224)
    expect(independent?.affected).toBeCloseTo(776, 9);
    expect(independent?.assumption).toMatch(/independent/);
  });

  it('refuses the independence assumption where a population is missing, naming every such region', () => {
    const r = safely(() =>
      countProgrammes(programmes, { overlap: 'independent', population: { '32.73': 1000 } }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual([
        'impact/missing-population',
        'impact/missing-population',
      ]);
      expect(r.issues.map((i) => i.path[1])).toEqual(['32.04', '33.74']);
    }
  });

  it('converts households to persons only with a stated household size', () => {
    const rows = [
      { region: '32.73', programme: 'PKH', beneficiaries: 100, unit: 'households' },
      { region: '32.73', programme: 'KIS', beneficiaries: 300, unit: 'persons' },
    ];
    expect(() => countProgrammes(rows)).toThrow(TakarError);
    const r = safely(() => countProgrammes(rows));
    if (!r.ok) expect(r.issues[0]?.code).toBe('impact/missing-assumption');
    expect(countProgrammes(rows, { householdSize: 3.5 })[0]).toMatchObject({
      low: 350,
      high: 650,
      unit: 'persons',
    });
    expect(countProgrammes(rows, { householdSize: { '32.73': 4 } })[0]).toMatchObject({
      low: 400,
      high: 700,
    });
  });

  it('keeps businesses apart and never turns them into persons', () => {
    const rows = countProgrammes(
      [
        { region: '32.73', programme: 'KUR', beneficiaries: 70, unit: 'businesses' },
        { region: '32.73', programme: 'UMi', beneficiaries: 50, unit: 'businesses' },
        { region: '32.73', programme: 'PKH', beneficiaries: 900, unit: 'persons' },
      ],
      { population: { '32.73': 100 } },
    );
    expect(rows.map((r) => [r.unit, r.low, r.high])).toEqual([
      ['businesses', 70, 120], // not capped by the person population
      ['persons', 900, 900],
    ]);
    expect(rows[1]?.exceedsPopulation).toBe(true);
  });

  it('collects every bad row at once', () => {
    const r = safely(() =>
      countProgrammes([
        { region: '32.73', programme: 'PKH', beneficiaries: -1, unit: 'persons' },
        { region: '', programme: 'PKH', beneficiaries: 1, unit: 'people' },
        { region: '32.73', programme: 'KIS', beneficiaries: 'many', unit: 'persons' },
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(new Set(r.issues.map((i) => i.path[1]))).toEqual(new Set([0, 1, 2]));
  });

  it('refuses the same programme twice in one region, year and dimension', () => {
    const r = safely(() =>
      countProgrammes([
        { region: '32.73', programme: 'PKH', beneficiaries: 1, unit: 'persons' },
        { region: '32.73', programme: 'PKH', beneficiaries: 2, unit: 'persons' },
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/appears twice/);
  });
});

describe('counts in text are read by the strict number rules', () => {
  const row = (beneficiaries: unknown) => ({
    region: '32.73',
    programme: 'PKH',
    beneficiaries,
    unit: 'persons',
  });
  it('reads digits, and refuses 0x10, 1,000 and NA with the cell and a hint, all at once', () => {
    expect(countProgrammes([row(' 1200 ')])[0]?.low).toBe(1200);
    const r = safely(() => countProgrammes([row('0x10'), row('1,000'), row('NA')]));
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues.map((i) => i.path)).toEqual([
      ['programmes', 0, 'beneficiaries'],
      ['programmes', 1, 'beneficiaries'],
      ['programmes', 2, 'beneficiaries'],
    ]);
    expect(issues[0]?.message).toMatch(/^"0x10" is not a number; write digits/);
    expect(issues[1]?.message).toContain('give --thousands , (API: thousands: ",")');
    expect(issues[2]?.message).toMatch(/^"NA" is not a number/);
  });
});
