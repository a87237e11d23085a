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

  it("the elements' first script loads no zod: only their lazy validation chunk does", async () => {
    const out = await build({
      entryPoints: [`${root}packages/elements/src/define/all.ts`],
      bundle: true,
      splitting: true,
      write: false,
      outdir: `${root}.esbuild-out`,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source'],
      logLevel: 'silent',
    });
    const outputs = Object.values(out.metafile.outputs);
    const entry = outputs.find((o) => o.entryPoint?.endsWith('define/all.ts'))!;
    // What the entry loads statically: itself and the chunks it imports (not dynamic imports).
    const byPath = new Map(Object.entries(out.metafile.outputs));
    const seen = new Set<string>();
    const walk = (o: (typeof outputs)[number]) => {
      for (const i of o.imports)
        if (i.kind === 'import-statement' && !seen.has(i.path)) {
          seen.add(i.path);
          const next = byPath.get(i.path);
          if (next) walk(next);
        }
    };
    walk(entry);
    const first = [entry, ...[...seen].map((p) => byPath.get(p)!).filter(Boolean)];
    const inputs = first.flatMap((o) => Object.keys(o.inputs));
    expect(inputs.some((p) => p.includes('packages/elements/src/profile/profile.ts'))).toBe(true);
    expect(
      inputs.filter((p) => /node_modules\/zod\/|packages\/core\/src\/schema\//.test(p)),
    ).toEqual([]);
    // zod is there, in a chunk loaded on demand (the check could fail).
    const all = outputs.flatMap((o) => Object.keys(o.inputs));
    expect(all.some((p) => /node_modules\/zod\//.test(p))).toBe(true);
  });

  it('exports the view and its analysis as values', async () => {
    const results = await import('@takar/core/results');
    expect(typeof results.resultsView).toBe('function');
  });
});
