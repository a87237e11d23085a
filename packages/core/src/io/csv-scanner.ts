import { issue, type TakarIssue } from '../errors/index.js';

/** One row of CSV fields and the file line it starts on (a quoted field may span lines). */
export interface CsvRow {
  readonly fields: string[];
  readonly line: number;
}

/** At most this many problems are kept (the first ones, with their lines). */
const MAX_PROBLEMS = 20;

/**
 * Takar's one CSV reader, incremental: text goes in by chunks of any size ({@link CsvScanner.feed}),
 * complete rows come out with the line each starts on. RFC 4180: quoted fields (which may span
 * lines), `""` for a quote, CRLF, LF or CR line ends. Strict: a quote in the middle of an unquoted
 * field, a NUL byte and a quoted field never closed are problems, kept in
 * {@link CsvScanner.problems} with their line (up to 20) rather than read past. `parseCsv` reads a
 * whole text with it; the CLI streams files of any size through it.
 *
 * @example
 * ```ts
 * const s = new CsvScanner(',');
 * s.feed('unit,a\nu1,"1');
 * s.feed('5"\n'); // [{ fields: ['unit', 'a'], line: 1 }, …] come out as lines complete
 * s.end();
 * ```
 */
export class CsvScanner {
  /** Problems found so far (data/csv, path `['line', n]`). */
  readonly problems: TakarIssue[] = [];
  private readonly d: number;
  private rest = '';
  private row: string[] = [];
  private field = '';
  private quoted = false;
  private line: number;
  private rowLine: number;
  private openedAt = 0;

  /** `firstLine`: the file line the first text fed is on (after lines skipped before it). */
  constructor(delimiter: ',' | ';' | '\t', firstLine = 1) {
    this.d = delimiter.charCodeAt(0);
    this.line = firstLine;
    this.rowLine = firstLine;
  }

  /** Reads a chunk; returns the rows it completed. A row is held until its line end arrives. */
  feed(chunk: string): CsvRow[] {
    const text = this.rest + chunk;
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      this.rest = text;
      return [];
    }
    this.rest = text.slice(cut + 1);
    const out: CsvRow[] = [];
    this.scan(text, cut + 1, out);
    return out;
  }

  /** Reads what is left; returns the last rows. An unclosed quote becomes a problem. */
  end(): CsvRow[] {
    const out: CsvRow[] = [];
    const text = this.rest;
    this.rest = '';
    this.scan(text, text.length, out);
    if (this.quoted) {
      this.quoted = false;
      this.problems.push(
        issue(
          'data/csv',
          ['line', this.openedAt],
          `A quoted field opened on line ${this.openedAt} is never closed; add the closing quote (").`,
        ),
      );
    }
    if (this.field !== '' || this.row.length > 0) {
      this.row.push(this.field);
      out.push({ fields: this.row, line: this.rowLine });
    }
    this.row = [];
    this.field = '';
    return out;
  }

  private problem(message: string, line: number): void {
    if (this.problems.length < MAX_PROBLEMS)
      this.problems.push(issue('data/csv', ['line', line], message));
  }

  /** Scans `src[0, to)`; ordinary runs are sliced, not copied a character at a time. */
  private scan(src: string, to: number, out: CsvRow[]): void {
    const d = this.d;
    let i = 0;
    let start = 0;
    while (i < to) {
      const c = src.charCodeAt(i);
      if (this.quoted) {
        if (c === 34) {
          if (i + 1 < to && src.charCodeAt(i + 1) === 34) {
            this.field += src.slice(start, i + 1);
            i += 2;
          } else {
            this.field += src.slice(start, i);
            this.quoted = false;
            i++;
          }
          start = i;
          continue;
        }
        if (c === 10) this.line++;
        else if (c === 0)
          this.problem(
            `Line ${this.line} holds a NUL byte (0x00) in a quoted field; the file is binary or UTF-16, not a CSV text. Save it as CSV UTF-8.`,
            this.line,
          );
        i++;
        continue;
      }
      if (c === 34) {
        if (i === start && this.field === '') {
          this.quoted = true;
          this.openedAt = this.line;
          i++;
          start = i;
        } else {
          this.problem(
            `Line ${this.line}, field ${this.row.length + 1} has a quote (") in the middle of an unquoted field; quote the whole field ("…""…") or remove the quote.`,
            this.line,
          );
          i++;
        }
      } else if (c === 0) {
        this.problem(
          `Line ${this.line}, field ${this.row.length + 1} holds a NUL byte (0x00); the file is binary or UTF-16, not a CSV text. Save it as CSV UTF-8.`,
          this.line,
        );
        i++;
      } else if (c === d) {
        this.row.push(this.field + src.slice(start, i));
        this.field = '';
        i++;
        start = i;
      } else if (c === 10 || c === 13) {
        this.row.push(this.field + src.slice(start, i));
        this.field = '';
        out.push({ fields: this.row, line: this.rowLine });
        this.row = [];
        if (c === 13 && i + 1 < to && src.charCodeAt(i + 1) === 10) i++;
        i++;
        this.line++;
        this.rowLine = this.line;
        start = i;
      } else i++;
    }
    this.field += src.slice(start, to);
  }
}

/**
 * The field separator of CSV text: `;` when its first line has more `;` than `,` outside quotes, a
 * tab when it has more tabs than either, else `,`. A byte-order mark is skipped.
 *
 * @example
 * ```ts
 * csvDelimiter('kode;nama;a\n'); // ';'
 * ```
 */
export function csvDelimiter(text: string): ',' | ';' | '\t' {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let quoted = false;
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') comma++;
    else if (!quoted && ch === ';') semi++;
    else if (!quoted && ch === '\t') tab++;
  }
  if (tab > comma && tab > semi) return '\t';
  return semi > comma ? ';' : ',';
}

/**
 * The header's problems: a repeated name (`The header repeats column "a": columns 3 and 4`), the
 * empty name included. Names are compared trimmed.
 *
 * @example
 * ```ts
 * csvHeaderIssues(['unit', 'a', 'a']).length; // 1
 * ```
 */
export function csvHeaderIssues(names: readonly string[]): TakarIssue[] {
  const issues: TakarIssue[] = [];
  const firstAt = new Map<string, number>();
  names.forEach((raw, k) => {
    const n = raw.trim();
    const first = firstAt.get(n);
    if (first === undefined) firstAt.set(n, k);
    else
      issues.push(
        issue(
          'data/csv',
          ['header', k],
          `The header repeats column ${n === '' ? '(empty name)' : `"${n}"`}: columns ${first + 1} and ${k + 1} have the same name; rename or remove one.`,
        ),
      );
  });
  return issues;
}
