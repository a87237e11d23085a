// The element catalogue writes the define files, the CDN autoloader's table and the docs' table:
// this fails when one of them is stale. (The frame's list is the catalogue's tags, and takar
// publish is typed over the catalogue, so neither can drift.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueFiles } from '../scripts/catalogue.js';
import { ELEMENT_CATALOGUE } from '../src/catalogue.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the element catalogue', () => {
  it('is what the define files, the CDN table and the docs table say (npm run catalogue -w @takar/elements)', async () => {
    for (const [path, text] of Object.entries(await catalogueFiles()))
      expect(readFileSync(`${root}${path}`, 'utf8'), path).toBe(text);
  });

  it('names classes the package exports and folders that exist', () => {
    // (The element modules need a DOM, so the entry is read rather than imported.)
    const index = readFileSync(`${root}packages/elements/src/index.ts`, 'utf8');
    for (const e of ELEMENT_CATALOGUE) {
      expect(index, e.className).toMatch(new RegExp(`export \\{\\s*${e.className}\\b`));
      expect(readFileSync(`${root}packages/elements/src/${e.name}/${e.name}.ts`, 'utf8')).toContain(
        `class ${e.className} `,
      );
    }
  });
});
