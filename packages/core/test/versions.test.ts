// The release version lives in the root package.json; scripts/set-version.mjs writes it into every
// package and into ENGINE_VERSION. This test fails when any of them drifts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '@takar/core';
import { CLI_VERSION } from '@takar/cli';

const json = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
const version = json('package.json').version;
const packages = ['core', 'indonesia', 'charts', 'elements', 'cli', 'studio'];

describe('one version for every package (run node scripts/set-version.mjs after a change)', () => {
  it.each(packages)(
    '@takar/%s has the root version and pins the other @takar packages to it',
    (name) => {
      const pkg = json(`packages/${name}/package.json`);
      expect(pkg.version).toBe(version);
      for (const deps of [pkg.dependencies, pkg.devDependencies])
        for (const [dep, range] of Object.entries(deps ?? {}))
          if (dep.startsWith('@takar/')) expect(range, `${name} → ${dep}`).toBe(version);
    },
  );

  it('records that version in results documents and prints it in takar --version', () => {
    expect(ENGINE_VERSION).toBe(version);
    expect(CLI_VERSION).toBe(version);
  });
});
