import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  CsvScanner,
  TakarError,
  csvDelimiter,
  csvHeaderIssues,
  issue,
  type TakarIssue,
} from '@takar/core';
import { firstInvalidUtf8, type Encoding } from '../files/decode-text.js';
import { ioIssue } from '../files/io-issue.js';

/** One data line of a streamed CSV: its cells by header name, and its 1-based line number. */
export type CsvRecord = {
  readonly get: (name: string) => string | undefined;
  readonly line: number;
  /** Every cell of the line, in header order. */
  readonly cells: readonly string[];
  /** The header. */
  readonly names: readonly string[];
};

/** Options of {@link streamCsv}. */
export interface StreamCsvOptions {
  /** Field separator; default sniffed from the header (`;` when it has more `;` than `,`). */
  delimiter?: ',' | ';' | '\t';
  /** The path as messages show it (default `path`). */
  shown?: string;
  /** The file's encoding (`--encoding`); default UTF-8, read strictly. */
  encoding?: Encoding;
  /** Called with bytes read and the file size, about every 64 k lines. */
  onProgress?: (bytes: number, size: number) => void;
}

/** At most this many CSV problems are collected before reading stops. */
const MAX_PROBLEMS = 20;

/**
 * Reads a CSV file without holding it in memory, through core's one CSV reader (`CsvScanner`), as
 * strictly as `parseCsv` reads a whole file: leading `#` comment lines are skipped, the first line
 * is the header (a repeated name is refused), and each data line is passed to `onRecord`. A line
 * with more or fewer fields than the header (an extra field), a quote inside an unquoted field, a
 * NUL byte, an unclosed quote and bytes that are not valid UTF-8 (unless `encoding` says otherwise)
 * are refused: such a line is not passed on, and every problem (up to 20) is thrown together with
 * its line once the file is read. Blank lines are skipped. Returns the header.
 *
 * @example
 * ```ts
 * await streamCsv('/data/records.csv', (r) => counter.add({ region: r.get('region') ?? '', key: r.get('key') ?? '' }));
 * ```
 */
export async function streamCsv(
  path: string,
  onRecord: (record: CsvRecord) => void | Promise<void>,
  options: StreamCsvOptions = {},
): Promise<string[]> {
  const shown = options.shown ?? path;
  let size = 0;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new TakarError(ioIssue(e, shown, 'records', 'read'));
  }
  const encoding = options.encoding ?? 'utf-8';
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  const problems: TakarIssue[] = [];
  const at = (line: number, message: string) =>
    problems.length < MAX_PROBLEMS &&
    problems.push(issue('data/csv', ['records', line], `"${shown}": ${message}`));
  let delimiter = options.delimiter;
  let header: string[] | undefined;
  let index = new Map<string, number>();
  let scanner: CsvScanner | undefined;
  let pending = ''; // text before the header is found (comment lines are dropped from it)
  let skipped = 0; // lines before the header
  let lineNo = 0;
  let cells: string[] = [];
  let rows = 0;
  const record: CsvRecord = {
    get: (name) => {
      const k = index.get(name);
      return k === undefined ? undefined : cells[k];
    },
    get line() {
      return lineNo;
    },
    get cells() {
      return cells;
    },
    get names() {
      return header ?? [];
    },
  };
  const take = async (read: readonly { fields: string[]; line: number }[]) => {
    for (const row of read) {
      if (row.fields.length === 1 && row.fields[0] === '') continue;
      if (!header) {
        header = row.fields.map((h) => h.trim());
        const repeated = csvHeaderIssues(header);
        if (repeated.length)
          throw new TakarError(
            repeated.map((i) => issue(i.code, ['records', ...i.path], `"${shown}": ${i.message}`)),
          );
        index = new Map(header.map((h, k) => [h, k]));
        continue;
      }
      if (row.fields.length !== header.length) {
        at(
          row.line,
          `Line ${row.line} has ${row.fields.length} fields but the header has ${header.length}${row.fields.length > header.length ? ' (an extra field)' : ''}; check the delimiter ("${delimiter}") and quoting. The line was not read.`,
        );
        continue;
      }
      // Once a line is refused the run fails: nothing more is counted, the rest is only checked.
      if (problems.length || scanner?.problems.length) continue;
      cells = row.fields;
      lineNo = row.line;
      await onRecord(record);
      if (options.onProgress && ++rows % 65536 === 0) options.onProgress(stream.bytesRead, size);
    }
  };
  /** Drops leading comment and blank lines; starts the scanner at the header line. */
  const start = (text: string, final: boolean): string | undefined => {
    pending += text;
    for (;;) {
      const nl = pending.indexOf('\n');
      if (nl < 0 && !final) return undefined;
      const line = (nl < 0 ? pending : pending.slice(0, nl)).replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('#')) {
        skipped++;
        pending = nl < 0 ? '' : pending.slice(nl + 1);
        if (nl < 0) return undefined;
        continue;
      }
      delimiter ??= csvDelimiter(line);
      scanner = new CsvScanner(delimiter, skipped + 1);
      const rest = pending;
      pending = '';
      return rest;
    }
  };
  let bytes = 0;
  let first = true;
  const decode = (chunk: Uint8Array, final: boolean): string => {
    if (first && chunk.length >= 2) {
      const [b0, b1] = chunk;
      if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
        throw new TakarError(
          issue(
            'io/encoding',
            ['records'],
            `"${shown}" is UTF-16 (${b0 === 0xff ? 'little' : 'big'}-endian, byte-order mark at byte 0); save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and try again.`,
          ),
        );
    }
    try {
      let text = decoder.decode(chunk, { stream: !final });
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      bytes += chunk.length;
      return text;
    } catch {
      // A sequence begun in the previous chunk continues at its start: skip those bytes.
      let from = 0;
      while (from < 3 && from < chunk.length && ((chunk[from] as number) & 0xc0) === 0x80) from++;
      const off = Math.min(from + firstInvalidUtf8(chunk.subarray(from)), chunk.length - 1);
      throw new TakarError(
        issue(
          'io/encoding',
          ['records'],
          `"${shown}" is not valid UTF-8: byte ${bytes + off} is 0x${(chunk[off] ?? 0).toString(16).padStart(2, '0')}. Save the file as UTF-8, or say its encoding with --encoding windows-1252 (or latin1).`,
        ),
      );
    }
  };
  const feed = async (text: string, final: boolean) => {
    let t: string | undefined = text;
    if (!scanner) t = start(text, final);
    if (t === undefined || !scanner) return;
    const s = scanner as CsvScanner;
    await take(s.feed(t));
    if (final) await take(s.end());
    if (problems.length + s.problems.length >= MAX_PROBLEMS) throw new TakarError(collected());
  };
  const collected = (): TakarIssue[] => {
    for (const p of scanner?.problems.splice(0) ?? []) at(Number(p.path[1]), p.message);
    return problems.sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
  };
  try {
    for await (const chunk of stream) await feed(decode(chunk as Uint8Array, false), false);
    await feed(decode(new Uint8Array(0), true), true);
  } catch (e) {
    stream.destroy();
    if (e instanceof TakarError) throw e;
    throw new TakarError(ioIssue(e, shown, 'records', 'read'));
  }
  options.onProgress?.(size, size);
  collected();
  if (!header)
    throw new TakarError(issue('data/csv', ['records'], `"${shown}" is empty; it needs a header.`));
  if (problems.length) throw new TakarError(problems);
  return header;
}
