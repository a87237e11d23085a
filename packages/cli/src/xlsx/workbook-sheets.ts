import type { Table } from '@takar/core';
import { term, type Lang } from '../locale/terms.js';

/** One sheet to write: its name and its table. */
export interface SheetOut {
  readonly name: string;
  readonly table: Table;
  /** Column names written as they are (node codes, or every header of a sheet read back as data). */
  readonly keep?: readonly string[] | 'all';
}

/** A cell as `write-excel-file` takes it. */
export type SheetCell = {
  value: string | number | boolean;
  type?: unknown;
  fontWeight?: 'bold';
} | null;

/** A sheet as `write-excel-file` takes it. */
export interface SheetData {
  sheet: string;
  data: SheetCell[][];
  stickyRowsCount: number;
}

/**
 * The sheets of an `.xlsx` workbook as `write-excel-file` takes them, with no file system or
 * writer involved (so `takar` and the studio in a browser write the same workbook). Numbers are
 * number cells at full precision (Excel shows them in the reader's locale), text is text, missing
 * is an empty cell; the header row is in `lang` and frozen.
 *
 * @example
 * ```ts
 * const sheets = workbookSheets([{ name: 'skor', table }], 'id');
 * ```
 */
export function workbookSheets(sheets: readonly SheetOut[], lang: Lang): SheetData[] {
  const used = new Set<string>();
  return sheets.map((s) => {
    const header = s.table.names.map((n) => ({
      value: term(n, lang),
      fontWeight: 'bold' as const,
    }));
    const rows = Array.from({ length: s.table.rowCount }, (_v, r) =>
      s.table.columns.map((c): SheetCell => {
        const v = c[r];
        if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)))
          return null;
        if (typeof v === 'number') return { value: v, type: Number };
        if (typeof v === 'boolean') return { value: v, type: Boolean };
        return { value: String(v), type: String };
      }),
    );
    return { sheet: sheetName(s.name, used), data: [header, ...rows], stickyRowsCount: 1 };
  });
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`;
  used.add(n.toLowerCase());
  return n;
}
