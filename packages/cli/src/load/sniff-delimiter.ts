/**
 * The field separator of CSV text as `parseCsv` would choose it: `;` when the header line has more
 * `;` than `,` outside quotes, a tab when it has more tabs than either, else `,`.
 *
 * @example
 * ```ts
 * sniffDelimiter('kode;nama;a\n'); // ';'
 * ```
 */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') comma++;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === '\t') tab++;
  }
  if (tab > comma && tab > semi) return '\t';
  return semi > comma ? ';' : ',';
}
