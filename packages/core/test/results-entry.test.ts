import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The modules a browser bundle of `entry` (resolved as the workspace resolves it) pulls in. */
async function bundledInputs(entry: string): Promise<string[]> {
  const out = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    logLevel: 'silent',
  });
  return Object.keys(out.metafile.inputs);
}

describe('@takar/core/results is zod-free', () => {
  it('resolves through the package exports and loads no zod module', async () => {
    const inputs = await bundledInputs('@takar/core/results');
    expect(inputs.some((p) => p.endsWith('packages/core/src/results/index.ts'))).toBe(true);
    expect(inputs.filter((p) => /node_modules\/zod\//.test(p))).toEqual([]);
    // No schema module is bundled either: the schemas build zod objects at load.
    expect(inputs.filter((p) => /packages\/core\/src\/schema\//.test(p))).toEqual([]);
  });

  it('the check can fail: the main entry does load zod', async () => {
    const inputs = await bundledInputs('@takar/core');
    expect(inputs.some((p) => /node_modules\/zod\//.test(p))).toBe(true);
  });

  it('@takar/charts loads no zod module either', async () => {
    const inputs = await bundledInputs('@takar/charts');
    expect(inputs.filter((p) => /node_modules\/zod\//.test(p))).toEqual([]);
  });

  it('exports the view and its analysis as values', async () => {
    const results = await import('@takar/core/results');
    expect(typeof results.resultsView).toBe('function');
  });
});
