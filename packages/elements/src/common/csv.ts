import type { ResultsDocument } from '@takar/core';
// The zod-free CSV module of core: the element chunk must not pull in core's main entry.
import { spreadsheetSafe } from '@takar/core/csv';
import { formatNumber } from '@takar/charts';
import type { Texts } from '../i18n/texts.js';

/** A table for CSV export: a header and rows of cells. */
export interface CsvTable {
  header: string[];
  rows: (string | number | null | undefined)[][];
  /** Decimals each column shows on screen (by machine column name); other numbers show 2. */
  digits?: Record<string, number>;
}

/**
 * A CSV table as the reader downloads it: column names in the element's language (`score:gov`
 * becomes `skor:gov` in Indonesian), and, for the visible rows, numbers rounded exactly as the
 * screen shows them (through the same formatter, so the file and the table never disagree). The
 * "all data" file keeps full precision and says so in its first row.
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
  if (options.full) return { header: [t.csvFullNote], rows: [header, ...table.rows] };
  const digits = table.header.map((key) => table.digits?.[key] ?? 2);
  return {
    header,
    rows: table.rows.map((row) =>
      row.map((v, i) =>
        typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)
          ? shown(v, digits[i]!)
          : v,
      ),
    ),
  };
}

/**
 * CSV text (RFC 4180, comma-separated, `.` decimals for machines) with a byte-order mark so
 * spreadsheet programs read UTF-8. Text cells starting with `=`, `+`, `-`, `@`, TAB or CR get a
 * leading `'` so a spreadsheet does not run them as formulas (core's `spreadsheetSafe`, shared by
 * every CSV writer of Takar); text that is a plain number is left alone.
 *
 * @example
 * ```ts
 * toCsv({ header: ['a'], rows: [['x,y']] }); // '\uFEFFa\r\n"x,y"\r\n'
 * ```
 */
export function toCsv(table: CsvTable): string {
  const cell = (v: string | number | null | undefined): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
    const safe = spreadsheetSafe(v);
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [table.header, ...table.rows].map((r) => r.map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A number as the screen shows it with `digits` decimals, back as a number. */
function shown(v: number, digits: number): number {
  return Number(formatNumber(v, 'en', digits).replace(/,/g, ''));
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
  const groups = [...new Set(results.units.flatMap((u) => Object.keys(u.groups ?? {})))];
  const nodes = results.framework.nodes.map((n) => n.code);
  return {
    header: ['unit', 'name', ...groups, ...nodes.flatMap((n) => [`score:${n}`, `rank:${n}`])],
    rows: results.units.map((u) => [
      u.unit,
      u.name,
      ...groups.map((g) => u.groups?.[g] ?? null),
      ...nodes.flatMap((n) => [u.scores[n] ?? null, u.ranks[n] ?? null]),
    ]),
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
