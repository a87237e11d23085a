import { TakarError, issue } from '@takar/core';
import { decodeText } from '../files/decode-text.js';
import { ioIssue } from '../files/io-issue.js';
import { pathIn, type CliIo } from '../io.js';

/** Reads a file as bytes, turning a missing or unreadable file into an `io/*` TakarError. */
export async function readBytes(io: CliIo, path: string, role: string): Promise<Uint8Array> {
  try {
    return await io.readFile(pathIn(io, path));
  } catch (e) {
    throw new TakarError(ioIssue(e, path, role, 'read'));
  }
}

/** Reads a file as text: strict UTF-8, or the encoding of `--encoding` (see `decodeText`). */
export async function readText(io: CliIo, path: string, role: string): Promise<string> {
  return decodeText(await readBytes(io, path, role), path, role, io.encoding);
}

/** Parses JSON text, turning a syntax error into a TakarError with the file name. */
export function parseJson(
  text: string,
  path: string,
  code: 'framework/invalid' | 'data/invalid' | 'pipeline/invalid',
): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TakarError(
      issue(
        code,
        [],
        `"${path}" is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
      ),
    );
  }
}

/** The lower-case extension of a path, without the dot. */
export function extensionOf(path: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? (m[1] as string).toLowerCase() : '';
}
