/**
 * `@takar/cli/workbook`: the browser-safe parts of the workbooks `takar` writes, for the studio:
 * the sheets of `takar template`, `takar score --out x.xlsx` and `takar audit --out x.xlsx`, and the sheet data every `.xlsx` is written from. No file system,
 * no writer: the caller writes the sheets with `write-excel-file`.
 */
export { templateSheets, type TemplateOptions } from './template-sheets.js';
export { scoreSheets, scoreTables } from './output/score-tables.js';
export { auditSheets } from './output/audit-sheets.js';
export {
  workbookSheets,
  type SheetCell,
  type SheetData,
  type SheetOut,
} from './xlsx/workbook-sheets.js';
