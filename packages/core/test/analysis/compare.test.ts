import { describe, expect, it } from 'vitest';
import { TakarError, score } from '@takar/core';
import {
  compareUnits,
  peerSummary,
  profile,
  quantileSorted,
  summarise,
} from '../../src/analysis/index.js';
import { small, smallData } from './fixtures.js';

const results = score(small, smallData(), { pipeline: { groupRanks: ['prov'] } });

describe('profile', () => {
  it('gives score, rank, in-group rank and band at every node', () => {
    const p = profile(results, 'u2');
    const idx = p.nodes.find((n) => n.code === 'idx');
    expect(idx).toMatchObject({ score: 50, rank: 3, of: 5, band: 'high', groupRanks: { prov: 2 } });
    expect(p.nodes.find((n) => n.code === 'a')).toMatchObject({ score: 75, rank: 1 });
    expect(p.peers.kind).toBe('all');
  });

  it('compares with the peer-group median and names strengths and weaknesses', () => {
    // Peers in province P: u1, u2, u3. a: 50, 75, 25 → median 50; b: 75, 25, 75 → median 75.
    const p = profile(results, 'u2', { peers: 'prov' });
    expect(p.peers).toMatchObject({
      kind: 'group',
      column: 'prov',
      value: 'P',
      units: ['u1', 'u2', 'u3'],
    });
    expect(p.strengths.map((s) => [s.code, s.vsPeers, s.peerMedian])).toEqual([['a', 25, 50]]);
    expect(p.weaknesses.map((s) => [s.code, s.vsPeers, s.peerMedian])).toEqual([['b', -50, 75]]);
    // idx among P: 62.5, 50, 50 → u2 shares rank 2.
    expect(p.nodes.find((n) => n.code === 'idx')).toMatchObject({
      peerRank: 2,
      peerCount: 3,
      peerMedian: 50,
    });
  });

  it('takes an explicit peer list and ranks the unit among it even when it is not in the list', () => {
    const p = profile(results, 'u4', { peers: ['u1', 'u5'], of: 'b' });
    expect(p.nodes.find((n) => n.code === 'idx')).toMatchObject({
      peerMedian: (62.5 + 56.25) / 2,
      peerRank: 3,
    });
    // b1: u4 50 vs peers 100, 100; b2: u4 0 vs 50, 25.
    expect(p.weaknesses.map((w) => w.code)).toEqual(['b1', 'b2']);
    expect(p.strengths).toEqual([]);
  });

  it('reports unknown units and groups as errors saying what to use', () => {
    expect(() => profile(results, 'zz')).toThrow(TakarError);
    expect(() => profile(results, 'u1', { peers: 'island' })).toThrow(/has no group "island"/);
  });
});

describe('compareUnits', () => {
  it('puts units side by side with leaders and spread', () => {
    const c = compareUnits(results, ['u1', 'u3']);
    const at = (code: string) => c.nodes.find((n) => n.code === code);
    expect(at('idx')).toMatchObject({
      scores: [62.5, 50],
      ranks: [1, 3],
      bands: ['high', 'high'],
      leaders: ['u1'],
      spread: 12.5,
    });
    expect(at('b')).toMatchObject({ scores: [75, 75], leaders: ['u1', 'u3'], spread: 0 });
    expect(c.units.map((u) => u.unit)).toEqual(['u1', 'u3']);
  });
});

describe('peerSummary', () => {
  it('gives count, min, type-7 quartiles, median, max and mean per group and node', () => {
    const s = peerSummary(results, { by: 'prov' });
    expect(s.map((g) => g.group)).toEqual(['P', 'Q']);
    expect(s[0]?.nodes.idx).toEqual({
      n: 3,
      min: 50,
      q1: 50,
      median: 50,
      q3: 56.25,
      max: 62.5,
      mean: 162.5 / 3,
    });
    // Q: 37.5, 56.25 → q1 = 37.5 + 0.25 × 18.75.
    expect(s[1]?.nodes.idx).toEqual({
      n: 2,
      min: 37.5,
      q1: 42.1875,
      median: 46.875,
      q3: 51.5625,
      max: 56.25,
      mean: 46.875,
    });
  });

  it('groups by a function', () => {
    const s = peerSummary(results, {
      by: (u) => ((u.scores.idx ?? 0) >= 50 ? 'top' : 'rest'),
      nodes: ['idx'],
    });
    expect(s.map((g) => [g.group, g.units.length])).toEqual([
      ['rest', 1],
      ['top', 4],
    ]);
  });

  it('quantiles follow R type 7', () => {
    // R: quantile(c(1, 2, 3, 4, 10), c(.05, .25, .5, .75, .95)) → 1.2 2 3 4 8.8
    const v = Float64Array.of(1, 2, 3, 4, 10);
    const q = [0.05, 0.25, 0.5, 0.75, 0.95].map((p) => quantileSorted(v, p));
    [1.2, 2, 3, 4, 8.8].forEach((x, i) => expect(q[i]).toBeCloseTo(x, 12));
    expect(summarise([null, NaN]).n).toBe(0);
  });
});
