/**
 * `JSON.stringify(doc, null, 2)` in pieces, byte for byte the same text: the items of the array
 * under `key` (a results document's `units`) are written a batch at a time, so a document of
 * 10^6 units is never one string (V8 refuses strings above about 512 MiB, and the whole text would
 * be held twice over).
 *
 * @example
 * ```ts
 * [...prettyJsonChunks({ a: 1, units: [{ u: 1 }] })].join('') === JSON.stringify({ a: 1, units: [{ u: 1 }] }, null, 2); // true
 * ```
 */
export function* prettyJsonChunks(
  doc: object,
  key = 'units',
  batch = 1000,
): Generator<string, void, undefined> {
  // The keys JSON.stringify writes: own enumerable, without undefined, function or symbol values.
  const entries = Object.entries(doc).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  let out = '{';
  for (const [i, [k, v]] of entries.entries()) {
    out += `${i ? ',' : ''}\n  ${JSON.stringify(k)}: `;
    if (k === key && Array.isArray(v) && v.length > 0) {
      out += '[';
      for (let j = 0; j < v.length; j++) {
        const item = v[j] as unknown;
        const text =
          item === undefined || typeof item === 'function' || typeof item === 'symbol'
            ? 'null'
            : JSON.stringify(item, null, 2);
        out += `${j ? ',' : ''}\n    ${indent(text, '    ')}`;
        if ((j + 1) % batch === 0) {
          yield out;
          out = '';
        }
      }
      out += '\n  ]';
    } else out += indent(JSON.stringify(v, null, 2), '  ');
  }
  yield out + '\n}';
}

/** Indents every line but the first (JSON text has no raw newline inside a string). */
function indent(text: string, pad: string): string {
  return text.includes('\n') ? text.replaceAll('\n', `\n${pad}`) : text;
}
