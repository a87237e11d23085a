import { describe, expect, it } from 'vitest';
import { safely } from '../../src/errors/index.js';
import {
  estimateSurvey,
  inverseNormal,
  wilsonInterval,
  zForConfidence,
} from '../../src/impact/index.js';

describe('inverseNormal', () => {
  it('matches published normal quantiles', () => {
    // Standard normal table values (e.g. Abramowitz & Stegun 26.2, table 26.5).
    expect(inverseNormal(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(inverseNormal(0.995)).toBeCloseTo(2.5758293035489, 12);
    expect(inverseNormal(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(inverseNormal(0.5)).toBe(0);
    expect(inverseNormal(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(zForConfidence(0.9)).toBeCloseTo(1.6448536269514722, 14);
  });
  it('is antisymmetric and refuses impossible probabilities', () => {
    for (const p of [0.001, 0.1, 0.3, 0.49])
      expect(inverseNormal(p)).toBeCloseTo(-inverseNormal(1 - p), 12);
    expect(() => inverseNormal(0)).toThrow(/strictly between 0 and 1/);
    expect(() => zForConfidence(95)).toThrow(/e\.g\. 0\.95/);
  });
});

describe('wilsonInterval', () => {
  it('matches the published Wilson score intervals', () => {
    // R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17 (1998) 857–872, table I, method 3 (score, no correction).
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [k, n, low, high] of cases) {
      const w = wilsonInterval(k, n);
      expect(w.low, `${k}/${n}`).toBeCloseTo(low, 4);
      expect(w.high, `${k}/${n}`).toBeCloseTo(high, 4);
      expect(w.share).toBe(k / n);
    }
  });

  it('with a design effect equals the plain interval at the effective sample size', () => {
    const withDeff = wilsonInterval(80, 400, { deff: 2 });
    const effective = wilsonInterval(40, 200);
    expect(withDeff.low).toBeCloseTo(effective.low, 12);
    expect(withDeff.high).toBeCloseTo(effective.high, 12);
    expect(withDeff.effectiveN).toBe(200);
    expect(withDeff.high - withDeff.low).toBeGreaterThan(
      wilsonInterval(80, 400).high - wilsonInterval(80, 400).low,
    );
  });

  it('widens with the confidence level', () => {
    const w90 = wilsonInterval(81, 263, { confidence: 0.9 });
    const w99 = wilsonInterval(81, 263, { confidence: 0.99 });
    expect(w99.low).toBeLessThan(w90.low);
    expect(w99.high).toBeGreaterThan(w90.high);
  });

  it('refuses impossible counts, reporting all problems at once', () => {
    const r = safely(() => wilsonInterval(300, 263, { deff: 0.5 }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => [i.code, i.path[0]])).toEqual([
        ['impact/invalid-survey', 'positive'],
        ['impact/invalid-survey', 'deff'],
      ]);
    expect(() => wilsonInterval(0, 0)).toThrow(/greater than zero/);
  });
});

describe('estimateSurvey', () => {
  it('scales the share and its interval by the population, with the method attached', () => {
    const { rows, issues } = estimateSurvey(
      [{ region: '32.73', respondents: '263', positive: '81' }],
      {
        population: { '32.73': 1_000_000 },
      },
    );
    expect(issues).toEqual([]);
    const w = wilsonInterval(81, 263);
    expect(rows[0]).toMatchObject({
      method: 'survey-wilson',
      share: 81 / 263,
      population: 1_000_000,
    });
    expect(rows[0]?.affected).toBeCloseTo((81 / 263) * 1e6, 6);
    expect(rows[0]?.low).toBeCloseTo(w.low * 1e6, 6);
    expect(rows[0]?.high).toBeCloseTo(w.high * 1e6, 6);
  });

  it('pools rows of a group and leaves the count null, with an issue, when the population is missing', () => {
    const { rows, issues } = estimateSurvey(
      [
        { region: '32.73', respondents: 100, positive: 30, deff: 1.5 },
        { region: '32.04', respondents: 300, positive: 60, deff: 2.5 },
      ],
      { by: [['province']], population: {} },
    );
    expect(rows[0]).toMatchObject({
      respondents: 400,
      positive: 90,
      deff: 2.25,
      affected: null,
      low: null,
      high: null,
    });
    expect(rows[0]?.shareLow).toBeCloseTo(wilsonInterval(90, 400, { deff: 2.25 }).low, 12);
    expect(issues.map((i) => i.code)).toEqual(['impact/missing-population']);
  });

  it('refuses k > n in any row', () => {
    const r = safely(() => estimateSurvey([{ region: 'a', respondents: 10, positive: 11 }]));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        code: 'impact/invalid-survey',
        path: ['survey', 0, 'positive'],
      });
  });
});
