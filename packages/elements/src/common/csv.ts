import {
  resultsView,
  shownNumber,
  type RegionDocument,
  type ResultsDocument,
} from '@takar/core/results';
// The zod-free CSV module of core: the one CSV writer of Takar (injection-safe cells).
import { formatCsv } from '@takar/core/csv';
import type { Texts } from '../i18n/texts.js';

/** A table for CSV export: a header and rows of cells. */
export interface CsvTable {
  header: string[];
  rows: (string | number | null | undefined)[][];
  /** Decimals each column shows on screen (by machine column name); other numbers show 2. */
  digits?: Record<string, number>;
  /** A line before the header (the "all data" file says it is not rounded). */
  note?: string;
}

/**
 * A CSV table as the reader downloads it: column names in the element's language (`score:gov`
 * becomes `skor:gov` in Indonesian), and, for the visible rows, numbers rounded exactly as the
 * screen shows them (`shownNumber`, the value the one number formatter shows, so the file and
 * the table never disagree). The "all data" file keeps full precision and says so in its first
 * row.
 *
 * @example
 * ```ts
 * localiseCsv({ header: ['score'], rows: [[3.6512345]] }, textsFor('id'), { full: false });
 * // { header: ['skor'], rows: [[3.65]] }
 * ```
 */
export function localiseCsv(table: CsvTable, t: Texts, options: { full: boolean }): CsvTable {
  const name = (key: string) => {
    const [head, ...rest] = key.split(':');
    const local = t.csvColumns[head!] ?? head!;
    return rest.length ? `${local}:${rest.join(':')}` : local;
  };
  const header = table.header.map(name);
  if (options.full) return { header, rows: table.rows, note: t.csvFullNote };
  const digits = table.header.map((key) => table.digits?.[key] ?? 2);
  return {
    header,
    rows: table.rows.map((row) =>
      row.map((v, i) =>
        typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)
          ? shownNumber(v, digits[i]!)
          : v,
      ),
    ),
  };
}

/**
 * CSV text through core's `formatCsv` (RFC 4180, comma-separated, `.` decimals for machines,
 * CRLF) with a byte-order mark so spreadsheet programs read UTF-8. Text cells starting with `=`,
 * `+`, `-`, `@`, TAB or CR get a leading `'` so a spreadsheet does not run them as formulas; text
 * that is a plain number is left alone. Missing stays an empty cell.
 *
 * @example
 * ```ts
 * toCsv({ header: ['a'], rows: [['x,y']] }); // '\uFEFFa\r\n"x,y"\r\n'
 * ```
 */
export function toCsv(table: CsvTable): string {
  const options = { newline: '\r\n', bom: true } as const;
  const body = formatCsv(
    {
      names: table.header,
      columns: table.header.map((_, c) => table.rows.map((r) => r[c] ?? null)),
      rowCount: table.rows.length,
    },
    ',',
    options,
  );
  if (table.note === undefined) return body;
  const note = formatCsv({ names: [table.note], columns: [], rowCount: 0 }, ',', options);
  return note + body.slice(1); // one byte-order mark, at the start
}

/**
 * Every unit of a results document with its groups, and its score and rank at every node.
 *
 * @example
 * ```ts
 * resultsCsv(results).header.slice(0, 2); // ['unit', 'name']
 * ```
 */
export function resultsCsv(results: ResultsDocument): CsvTable {
  const view = resultsView(results);
  const groups = Object.keys(results.units.groups ?? {});
  const nodes = results.framework.nodes.map((n) => n.code);
  return {
    header: ['unit', 'name', ...groups, ...nodes.flatMap((n) => [`score:${n}`, `rank:${n}`])],
    rows: view.codes.map((unit, i) => [
      unit,
      view.names[i],
      ...groups.map((g) => view.groupAt(g, i) ?? null),
      ...nodes.flatMap((n) => [view.scoreAt(n, i), view.rankAt(n, i)]),
    ]),
  };
}

/**
 * Every year of a region document: the region's score and rank at every node it keeps.
 *
 * @example
 * ```ts
 * regionCsv(region).header.slice(0, 3); // ['year', 'unit', 'name']
 * ```
 */
export function regionCsv(doc: RegionDocument): CsvTable {
  return {
    header: ['year', 'unit', 'name', ...doc.keys.flatMap((k) => [`score:${k}`, `rank:${k}`])],
    rows: doc.years.flatMap((y) =>
      y.region
        ? [
            [
              y.year,
              doc.region.code,
              y.region.name,
              ...doc.keys.flatMap((_, k) => [
                y.region!.scores[k] ?? null,
                y.region!.ranks[k] ?? null,
              ]),
            ],
          ]
        : [],
    ),
  };
}

/**
 * Saves a blob as a file: a Blob URL on an `<a download>` clicked inside `root` (works under a
 * strict CSP: nothing is evaluated and no style is injected).
 */
export function download(root: ShadowRoot | HTMLElement, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
