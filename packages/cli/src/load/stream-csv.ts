import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { TakarError, issue } from '@takar/core';
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
  /** Called with bytes read and the file size, about every 64 k lines. */
  onProgress?: (bytes: number, size: number) => void;
}

/**
 * Reads a CSV file line by line without holding it in memory: leading `#` comment lines are
 * skipped, the first line is the header, and each data line is passed to `onRecord`. Quoted fields
 * are read as RFC 4180 says, but may not span lines (keyed-record files never need that); blank
 * lines are skipped. Returns the header.
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
  let size = 0;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new TakarError(ioIssue(e, options.shown ?? path, 'records', 'read'));
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let header: string[] | undefined;
  let index = new Map<string, number>();
  let delimiter = options.delimiter;
  let lineNo = 0;
  let cells: string[] = [];
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
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') continue;
    if (!header) {
      if (line.startsWith('#')) continue;
      delimiter ??= sniff(line);
      header = splitCsvLine(line, delimiter, lineNo).map((h) => h.trim());
      index = new Map(header.map((h, k) => [h, k]));
      continue;
    }
    cells = splitCsvLine(line, delimiter as string, lineNo);
    await onRecord(record);
    if (options.onProgress && lineNo % 65536 === 0) options.onProgress(stream.bytesRead, size);
  }
  options.onProgress?.(size, size);
  if (!header)
    throw new TakarError(issue('data/csv', ['records'], `"${path}" is empty; it needs a header.`));
  return header;
}

function sniff(header: string): ',' | ';' | '\t' {
  const count = (c: string): number => header.split(c).length - 1;
  if (count('\t') > count(',') && count('\t') > count(';')) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Splits one CSV line into fields (quotes and `""` escapes as in RFC 4180).
 *
 * @example
 * ```ts
 * splitCsvLine('a,"b,c",d', ',', 1); // ['a', 'b,c', 'd']
 * ```
 */
export function splitCsvLine(line: string, delimiter: string, lineNo: number): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      out.push(field);
      field = '';
    } else field += c;
  }
  if (quoted)
    throw new TakarError(
      issue(
        'data/csv',
        ['rows', lineNo],
        `Line ${lineNo} has an unclosed quote; fields of a streamed CSV may not span lines.`,
      ),
    );
  out.push(field);
  return out;
}
