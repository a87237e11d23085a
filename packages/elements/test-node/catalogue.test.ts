// The element catalogue drives the define files, the CDN autoloader, the frame's element list,
// takar publish's element list and the docs' table: this fails when one of them is stale.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueFiles } from '../scripts/catalogue.js';
import { ELEMENT_CATALOGUE, ELEMENT_TAGS } from '../src/catalogue.js';
import { FRAME_ELEMENTS } from '../src/frame/frame-attributes.js';
import { PUBLISHED_ELEMENTS } from '../../cli/src/commands/publish.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the element catalogue', () => {
  it('is what the define files, the CDN table and the docs table say (npm run catalogue -w @takar/elements)', async () => {
    for (const [path, text] of Object.entries(await catalogueFiles()))
      expect(readFileSync(`${root}${path}`, 'utf8'), path).toBe(text);
  });

  it('gives the frame and takar publish their element lists', () => {
    expect(FRAME_ELEMENTS).toEqual(ELEMENT_TAGS);
    // Every catalogued element is on the published page (the map only with boundaries).
    expect([...PUBLISHED_ELEMENTS].sort()).toEqual([...ELEMENT_TAGS].sort());
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
