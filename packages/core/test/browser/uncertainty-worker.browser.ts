// The uncertainty analysis in a browser: replications spread over real Web Workers (the
// `uncertainty-worker` module) give exactly the results of the same run on the page's thread.
// Runs in headless Chromium with the element tests (web-test-runner.config.js).
import { expect } from '@open-wc/testing';
import { uncertainty, webWorkerPort, type UncertaintyOptions } from '@takar/core';

const framework = {
  id: 'mini',
  version: '1',
  label: { id: 'Mini' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'p1', parent: 'idx', type: 'aggregate', label: { id: 'P1' } },
    { code: 'p2', parent: 'idx', type: 'aggregate', label: { id: 'P2' } },
    ...['a', 'b', 'c', 'd'].map((c, i) => ({
      code: c,
      parent: i < 2 ? 'p1' : 'p2',
      type: 'indicator',
      label: { id: c },
    })),
  ],
};
const units = Array.from({ length: 40 }, (_, i) => ({ code: `u${i}`, name: `Wilayah ${i}` }));
const data = {
  units,
  values: units.flatMap((u, i) =>
    ['a', 'b', 'c', 'd'].map((ind, j) => ({
      unit: u.code,
      indicator: ind,
      value: ((i * (7 + j * 3)) % 41) + j,
    })),
  ),
};
const options: UncertaintyOptions = {
  runs: 200,
  seed: 42,
  weightNoise: { 1: 0.25, 2: 0.25 },
  normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'rank' }],
  aggregate: ['amean', 'gmean'],
};

describe('uncertainty in the browser', () => {
  it('gives the same ranks with two Web Workers as on the page thread', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const here = await uncertainty(framework, data, options);
    const workerUrl = new URL('/packages/core/src/analysis/uncertainty-worker.ts', location.href);
    const pool = {
      threads: 2,
      create: () => webWorkerPort(new Worker(workerUrl, { type: 'module' })),
    };
    const spread = await uncertainty(framework, data, { ...options, workers: pool });
    expect(spread.units.length).to.equal(40);
    expect(JSON.stringify(spread.units)).to.equal(JSON.stringify(here.units));
    // the alternatives do move some ranks, so the comparison is not between constant intervals
    expect(here.units.some((u) => u.q05 !== u.q95)).to.equal(true);
  });
});
