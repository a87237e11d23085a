// Writes what the element catalogue (src/catalogue.ts) decides: each src/define/<name>.ts,
// src/define/all.ts, the CDN autoloader's table in src/cdn.ts, and the table of attributes,
// properties, events and parts in docs/elements/README.md (from custom-elements.json, which
// `npm run analyze -w @takar/elements` writes). `npm run catalogue -w @takar/elements`;
// test-node/catalogue.test.ts fails when a file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { ELEMENT_CATALOGUE } from '../src/catalogue.js';

const pkg = fileURLToPath(new URL('../', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

const defineFile = (e: (typeof ELEMENT_CATALOGUE)[number]): string =>
  `// Registers <${e.tag}> (guarded: a second copy on the page warns instead of throwing).
// Written by \`npm run catalogue -w @takar/elements\` from src/catalogue.ts.
import { ${e.className} } from '../${e.name}/${e.name}.js';
import { defineOnce } from './define-once.js';

defineOnce('${e.tag}', ${e.className});

export { ${e.className} };
`;

const allFile = (): string =>
  `// Registers every Takar element (guarded: a second copy on the page warns instead of throwing).
// Written by \`npm run catalogue -w @takar/elements\` from src/catalogue.ts.
${ELEMENT_CATALOGUE.map((e) => `export { ${e.className} } from './${e.name}.js';`).join('\n')}
`;

/** Replaces the text between `start` and `end` markers (kept) in `text`. */
function between(text: string, start: string, end: string, inner: string, file: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file}: markers ${start} … ${end} not found`);
  return text.slice(0, a + start.length) + inner + text.slice(b);
}

const cdnFile = (current: string): string =>
  between(
    current,
    '// catalogue:loaders start\n',
    '  // catalogue:loaders end',
    ELEMENT_CATALOGUE.map((e) => `  '${e.tag}': () => import('./define/${e.name}.js'),\n`).join(''),
    'src/cdn.ts',
  );

interface Cem {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
      events?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
  }[];
}

const code = (names: readonly string[]): string =>
  names.length ? names.map((n) => `\`${n}\``).join(', ') : '—';

function docsTable(cem: Cem): string {
  const rows = ELEMENT_CATALOGUE.map((e) => {
    const d = cem.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === e.tag);
    if (!d) throw new Error(`custom-elements.json has no <${e.tag}>; run npm run analyze`);
    const props = (d.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && m.privacy === undefined)
      .map((m) => m.name);
    return `| [\`<${e.tag}>\`](./${e.name}.md) | ${e.title.id} / ${e.title.en} | ${code((d.attributes ?? []).map((a) => a.name))} | ${code(props)} | ${code((d.events ?? []).map((x) => x.name))} | ${code((d.cssParts ?? []).map((p) => p.name))} |`;
  });
  return `
| element | shows | attributes | properties | events | CSS parts |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

`;
}

/** Every file the catalogue writes, by path from the repository root, as it should read. */
export async function catalogueFiles(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const pretty = async (text: string, path: string) =>
    format(text, { filepath: `${root}${path}`, ...(await resolveConfig(`${root}${path}`)) });
  for (const e of ELEMENT_CATALOGUE) {
    const path = `packages/elements/src/define/${e.name}.ts`;
    out[path] = await pretty(defineFile(e), path);
  }
  out['packages/elements/src/define/all.ts'] = await pretty(
    allFile(),
    'packages/elements/src/define/all.ts',
  );
  out['packages/elements/src/cdn.ts'] = await pretty(
    cdnFile(readFileSync(`${pkg}src/cdn.ts`, 'utf8')),
    'packages/elements/src/cdn.ts',
  );
  const cem = JSON.parse(readFileSync(`${pkg}custom-elements.json`, 'utf8')) as Cem;
  out['docs/elements/README.md'] = await pretty(
    between(
      readFileSync(`${root}docs/elements/README.md`, 'utf8'),
      '<!-- catalogue:table start: written by `npm run catalogue -w @takar/elements` from src/catalogue.ts and custom-elements.json; do not edit -->\n',
      '<!-- catalogue:table end -->',
      docsTable(cem),
      'docs/elements/README.md',
    ),
    'docs/elements/README.md',
  );
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, text] of Object.entries(await catalogueFiles())) {
    writeFileSync(`${root}${path}`, text);
    console.log(`catalogue: wrote ${path}`);
  }
}
