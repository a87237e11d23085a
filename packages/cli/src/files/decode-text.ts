import { TakarError, issue } from '@takar/core';

/** Encodings `--encoding` accepts besides UTF-8 (the default). */
export const ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;

/** A text encoding of input files. */
export type Encoding = (typeof ENCODINGS)[number];

/**
 * Decodes a text file strictly: UTF-8 unless another encoding is given. Invalid UTF-8 is refused
 * with `io/encoding`, naming the byte offset of the first bad sequence and the fix
 * (`--encoding windows-1252`, or save as UTF-8); a UTF-16 file (byte-order mark) is named as such.
 * Nothing is replaced silently by `�`.
 *
 * @example
 * ```ts
 * decodeText(bytes, 'data.csv', 'data'); // the text, or throws io/encoding
 * ```
 */
export function decodeText(
  bytes: Uint8Array,
  path: string,
  role: string,
  encoding: Encoding = 'utf-8',
): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    throw new TakarError(
      issue(
        'io/encoding',
        [role],
        `"${path}" is UTF-16 (${b0 === 0xff ? 'little' : 'big'}-endian, byte-order mark at byte 0); save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and try again.`,
      ),
    );
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line } = lineAt(bytes, at);
    throw new TakarError(
      issue(
        'io/encoding',
        [role],
        `"${path}" is not valid UTF-8: byte ${at} (line ${line}) is 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}. Save the file as UTF-8, or say its encoding with --encoding windows-1252 (or latin1).`,
      ),
    );
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c < 0xe0
          ? 1
          : c >= 0xe0 && c < 0xf0
            ? 2
            : c >= 0xf0 && c < 0xf5
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    // Overlong three-byte forms and UTF-16 surrogates (ED A0–BF) are invalid too.
    if (
      n === 2 &&
      ((c === 0xe0 && (b[i + 1] as number) < 0xa0) || (c === 0xed && (b[i + 1] as number) >= 0xa0))
    )
      return i;
    if (
      n === 3 &&
      ((c === 0xf0 && (b[i + 1] as number) < 0x90) || (c === 0xf4 && (b[i + 1] as number) >= 0x90))
    )
      return i;
    i += n + 1;
  }
  return b.length;
}

function lineAt(b: Uint8Array, at: number): { line: number } {
  let line = 1;
  for (let i = 0; i < at && i < b.length; i++) if (b[i] === 10) line++;
  return { line };
}
