import type { Table } from '@takar/core';
import { term, type Lang } from '../locale/terms.js';

/** One sheet to write: its name and its table. */
export interface SheetOut {
  readonly name: string;
  readonly table: Table;
  /** Column names written as they are (node codes, or every header of a sheet read back as data). */
  readonly keep?: readonly string[] | 'all';
}

/**
 * Writes tables as an `.xlsx` workbook, one sheet per table (with `write-excel-file`, loaded only
 * here so it stays out of every other command and of every browser bundle). Numbers are written as
 * number cells at full precision (Excel shows them in the reader's locale), text as text, missing
 * as empty cells; the header row is in `lang` and frozen.
 *
 * @example
 * ```ts
 * const bytes = await workbookBytes([{ name: 'skor', table }], 'id');
 * ```
 */
export async function workbookBytes(sheets: readonly SheetOut[], lang: Lang): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const used = new Set<string>();
  const out = sheets.map((s) => {
    const header = s.table.names.map((n) => ({
      value: term(n, lang),
      fontWeight: 'bold' as const,
    }));
    const rows = Array.from({ length: s.table.rowCount }, (_v, r) =>
      s.table.columns.map((c) => {
        const v = c[r];
        if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)))
          return null;
        if (typeof v === 'number') return { value: v, type: Number };
        if (typeof v === 'boolean') return { value: v, type: Boolean };
        return { value: String(v), type: String };
      }),
    );
    return {
      sheet: sheetName(s.name, used),
      data: [header, ...rows],
      stickyRowsCount: 1,
    };
  });
  const buffer = await writeXlsxFile(out as never).toBuffer();
  return new Uint8Array(buffer);
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Sheet';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`;
  used.add(n.toLowerCase());
  return n;
}
