// Adds a typedoc `@category` to every exported declaration of the given files or folders that has
// none (the API reference groups @takar/core by task: Score, Analyse, Impact, Results, I/O), or,
// with --check, lists the declarations without one and exits 1. Declarations marked @internal are
// left alone.
//
//   node scripts/api-categories.mjs packages/core/src/analysis=Analyse packages/core/src/results=Results
//   node scripts/api-categories.mjs --check packages/core/src/analysis=Analyse
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const DECLARATION =
  /^export (?:declare )?(?:abstract )?(?:async )?(?:function\*? |interface |type |class |const |let |enum )(\w+)/gm;

function files(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .flatMap((f) => files(join(path, f)))
    .filter((f) => f.endsWith('.ts'));
}

/** The text with `@category` added before each untagged declaration, and the names tagged. */
function categorise(text, category) {
  const names = [];
  let out = '';
  let from = 0;
  for (const m of text.matchAll(DECLARATION)) {
    const before = text.slice(from, m.index);
    const trimmed = before.trimEnd();
    const gap = before.slice(trimmed.length);
    const doc = trimmed.endsWith('*/') ? trimmed.lastIndexOf('/**') : -1;
    const block = doc >= 0 ? trimmed.slice(doc) : '';
    if (/@category|@internal/.test(block)) {
      out += before;
    } else if (doc >= 0 && !block.slice(3, -2).includes('/*')) {
      const body = block.includes('\n')
        ? block.slice(0, -2).trimEnd()
        : `/**\n * ${block.slice(3, -2).trim()}`;
      out += `${trimmed.slice(0, doc)}${body}\n *\n * @category ${category}\n */${gap}`;
      names.push(m[1]);
    } else {
      out += `${before}/** @category ${category} */\n`;
      names.push(m[1]);
    }
    from = m.index;
  }
  return { text: out + text.slice(from), names };
}

let missing = 0;
for (const arg of process.argv.slice(2).filter((a) => a !== '--check')) {
  const [path, category] = arg.split('=');
  if (!path || !category) throw new Error(`Expected <file or folder>=<category>, got "${arg}".`);
  for (const file of files(path)) {
    const text = readFileSync(file, 'utf8');
    const r = categorise(text, category);
    if (!r.names.length) continue;
    missing += r.names.length;
    if (check) console.log(`${file}: ${r.names.join(', ')} without @category ${category}`);
    else writeFileSync(file, r.text);
  }
}
if (check && missing) process.exit(1);
if (!check) console.log(`api-categories: tagged ${missing} declarations`);
