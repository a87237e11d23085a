import { describe, expect, it } from 'vitest';
import { TakarError } from '../../src/errors/index.js';
import { HyperLogLog, countDistinct, estimateCardinality } from '../../src/impact/index.js';
import { personHex, personKey } from '../../bench/impact-prng.js';

function sketchOf(from: number, to: number, seed: number, p = 14): HyperLogLog {
  const h = new HyperLogLog(p);
  for (let i = from; i < to; i++) {
    const [hi, lo] = personKey(i, seed);
    h.addHash(hi, lo);
  }
  return h;
}

describe('HyperLogLog', () => {
  it('estimates 10^6 distinct synthetic keys within 3 standard errors (seeded)', () => {
    const n = 1_000_000;
    const h = sketchOf(0, n, 2024);
    expect(h.standardError).toBeCloseTo(1.04 / 128, 12);
    const relative = Math.abs(h.estimate() / n - 1);
    expect(relative).toBeLessThan(3 * h.standardError);
  });

  it('is unbiased on average over many sketches and accurate for small counts', () => {
    // 16 independent seeds at p = 10 (SE 3.25 %): the mean error must be within 3 SE/√16.
    const n = 50_000;
    let sum = 0;
    for (let seed = 1; seed <= 16; seed++) sum += sketchOf(0, n, seed, 10).estimate() / n - 1;
    expect(Math.abs(sum / 16)).toBeLessThan((3 * (1.04 / 32)) / 4);
    expect(new HyperLogLog().estimate()).toBe(0);
    for (const small of [1, 10, 100, 1000])
      expect(sketchOf(0, small, 9).estimate()).toBeCloseTo(small, small < 1000 ? 0 : -1);
  });

  it('counts duplicates once: adding the same keys twice changes nothing', () => {
    const a = sketchOf(0, 10_000, 1);
    const before = a.registers.slice();
    for (let i = 0; i < 10_000; i++) a.add(personHex(i, 1));
    expect(a.registers).toEqual(before);
  });

  it('merges into exactly the sketch of the union', () => {
    const left = sketchOf(0, 600_000, 77);
    const right = sketchOf(400_000, 1_000_000, 77);
    const union = sketchOf(0, 1_000_000, 77);
    const merged = left.clone().merge(right);
    expect(merged.registers).toEqual(union.registers);
    expect(merged.estimate()).toBe(union.estimate());
    expect(left.estimate()).toBeLessThan(merged.estimate());
  });

  it('refuses to merge sketches of different precision', () => {
    expect(() => new HyperLogLog(14).merge(new HyperLogLog(12))).toThrow(TakarError);
    try {
      new HyperLogLog(14).merge(new HyperLogLog(12));
    } catch (e) {
      expect((e as TakarError).code).toBe('impact/incompatible-sketch');
    }
  });

  it('survives a round trip through its compact text form', () => {
    for (const p of [4, 11, 14, 18]) {
      const h = sketchOf(0, 30_000, p, p);
      const text = h.toString();
      expect(text.startsWith(`takar-hll:1:${p}:`)).toBe(true);
      expect(text.length).toBeLessThan((((1 << p) * 6) / 8 / 3) * 4 + 30);
      const back = HyperLogLog.fromString(text);
      expect(back.p).toBe(p);
      expect(back.registers).toEqual(h.registers);
    }
  });

  it('rejects text that is not a sketch, saying what to pass', () => {
    for (const bad of [
      'hello',
      'takar-hll:2:14:AAAA',
      'takar-hll:1:14:AAAA',
      'takar-hll:1:99:AAAA',
    ]) {
      expect(() => HyperLogLog.fromString(bad)).toThrow(/HyperLogLog#toString/);
    }
  });

  it('hashes hex and other keys the same way through add()', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    for (let i = 0; i < 1000; i++) {
      a.add(personHex(i, 3));
      const [hi, lo] = personKey(i, 3);
      b.addHash(hi, lo);
    }
    expect(a.registers).toEqual(b.registers);
    expect(estimateCardinality(a.registers, 14)).toBe(a.estimate());
  });

  it('gives bounds that contain the true count in grouped results', () => {
    const records = Array.from({ length: 40_000 }, (_, i) => ({
      region: i % 2 ? '32.73' : '32.04',
      key: personHex(i % 30_000, 5),
    }));
    const rows = countDistinct(records, { method: 'hll', by: [['region'], []] });
    const national = rows.find((r) => r.by.length === 0);
    expect(national?.method).toBe('hll');
    expect(national?.low).toBeLessThanOrEqual(30_000);
    expect(national?.high).toBeGreaterThanOrEqual(30_000);
  });
});
