import type { Lang } from '../locale/terms.js';
import { workbookSheets, type SheetOut } from './workbook-sheets.js';

export type { SheetOut } from './workbook-sheets.js';

/**
 * Writes tables as an `.xlsx` workbook, one sheet per table (the sheets of `workbookSheets`,
 * written with `write-excel-file`, loaded only here so it stays out of every other command).
 * Numbers are written as number cells at full precision (Excel shows them in the reader's
 * locale), text as text, missing as empty cells; the header row is in `lang` and frozen.
 *
 * @example
 * ```ts
 * const bytes = await workbookBytes([{ name: 'skor', table }], 'id');
 * ```
 */
export async function workbookBytes(sheets: readonly SheetOut[], lang: Lang): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const buffer = await writeXlsxFile(workbookSheets(sheets, lang) as never).toBuffer();
  return new Uint8Array(buffer);
}
