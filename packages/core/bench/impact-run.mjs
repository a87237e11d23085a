#!/usr/bin/env node
// Runs a TypeScript benchmark without a TypeScript runtime: esbuild (already installed as a build
// dependency) bundles packages/core/bench/<name>.ts to a temporary .mjs, which runs in a child Node
// process with --expose-gc so memory baselines are taken after a full collection.
//   node packages/core/bench/impact-run.mjs impact [--keys 10000000] [--rows 100000000] [--skip-duckdb]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const [name = 'impact', ...args] = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'takar-bench-'));
const file = join(out, `${name}.mjs`);
try {
  await build({
    entryPoints: [join(here, `${name}.ts`)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    plugins: [nativeExternal('@duckdb/node-api')],
    logLevel: 'warning',
  });
  const r = spawnSync(process.execPath, ['--expose-gc', file, ...args], {
    stdio: 'inherit',
    cwd: here,
  });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** Keeps a native package out of the bundle, imported by absolute path (the bundle lives in /tmp). */
function nativeExternal(name) {
  const require = createRequire(import.meta.url);
  return {
    name: 'native-external',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${name}$`) }, () => {
        try {
          return { path: require.resolve(name), external: true };
        } catch {
          return { path: name, external: true }; // not installed: the bench reports engine-unavailable
        }
      });
    },
  };
}
