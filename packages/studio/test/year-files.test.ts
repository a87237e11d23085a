// Several files, one per year, read as one (year-files.ts, workbook-in.ts), and scored as the same
// data in one file with a year column, or the year's file alone, would be.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFramework } from '@takar/indonesia';
import { workspace } from '../../cli/test/helpers/takar.js';
import { exampleCsv } from './example-csv.js';
import { filledTemplate } from './filled-template.js';
import { combineYearFiles, combineYearTables, yearInName } from '../src/year-files.js';
import { dataFromCsv, dataFromJson } from '../src/data-in.js';
import { readWorkbook, recordsOf, yearFilesInput, type Sheet } from '../src/workbook-in.js';
import { templateBytes, workbookBytes } from '../src/workbook-out.js';
import { yearSlice, yearsOf } from '../src/pipeline-options.js';
import { scoreData } from '../src/scoring.js';

const framework = getFramework('smart-city');

/** The example data of one year as an Indonesian Excel export (`;`, decimal comma); synthetic. */
const yearCsv = (year: number, yearColumn = false) =>
  exampleCsv([year], { locale: 'id', yearColumn });

describe('several files, one per year', () => {
  it('finds a year in a file name, not inside a longer number', () => {
    expect(yearInName('skor-2024.csv')).toBe(2024);
    expect(yearInName('2023_smart_city.csv')).toBe(2023);
    expect(yearInName('data-120245.csv')).toBeUndefined();
    expect(yearInName('skor.csv')).toBeUndefined();
  });

  it('reads the years from the names and gives the data of one file with a year column', () => {
    const out = combineYearFiles([
      // One file with Windows line ends, as Excel writes them.
      { name: 'skor-2024.csv', text: yearCsv(2024).replace(/\n/g, '\r\n') },
      { name: 'skor-2023.csv', text: yearCsv(2023) },
    ]);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.years).toEqual([2023, 2024]);
    expect(out.name).toBe('skor-2024.csv + skor-2023.csv');
    expect(out.locale).toEqual({ delimiter: ';', decimal: ',', comments: 0 });
    const combined = dataFromCsv(out.text, framework);
    const header = yearCsv(2024, true).split('\n')[0];
    const body = (y: number) => yearCsv(y, true).split('\n').slice(1).filter(Boolean);
    const oneFile = dataFromCsv([header, ...body(2024), ...body(2023)].join('\n'), framework);
    if (!combined.ok || !oneFile.ok) throw new Error('not read');
    expect(combined.data.dataset).toEqual(oneFile.data.dataset);
    const years = new Set(combined.data.dataset.values.map((v) => v.year));
    expect([...years].sort()).toEqual([2023, 2024]);
  });

  it('keeps a year column the files have', () => {
    const out = combineYearFiles([
      { name: 'a.csv', text: yearCsv(2023, true) },
      { name: 'b.csv', text: yearCsv(2024, true) },
    ]);
    expect(out.ok && out.text.split('\n')[0]!.startsWith('kode;nama;tahun;')).toBe(true);
  });

  it('lists every problem at once, each with its file', () => {
    const out = combineYearFiles([
      { name: 'skor-2023.csv', text: yearCsv(2023) },
      { name: 'lagi-2023.csv', text: yearCsv(2023) },
      { name: 'skor.csv', text: yearCsv(2024) },
      { name: 'lain-2022.csv', text: 'kode;nama;x\n32.73;Kota Bandung;1\n' },
      { name: 'koma-2021.csv', text: 'kode,nama,x\n32.73,Kota Bandung,1\n' },
      { name: 'baris-2020.csv', text: 'kode;nama\n"32.73";"Kota\nBandung"\n' },
    ]);
    if (out.ok) throw new Error('accepted');
    const byFile = new Map(out.issues.map((i) => [i.path[1], i.message]));
    expect([...byFile.keys()].sort()).toEqual([
      'baris-2020.csv',
      'koma-2021.csv',
      'lagi-2023.csv',
      'lain-2022.csv',
      'skor.csv',
    ]);
    expect(byFile.get('lagi-2023.csv')).toContain('both for 2023');
    expect(byFile.get('skor.csv')).toContain('no year column');
    expect(byFile.get('lain-2022.csv')).toContain('other columns');
    expect(byFile.get('koma-2021.csv')).toContain('decimal mark');
    expect(byFile.get('baris-2020.csv')).toContain('several lines');
    expect(out.issues.every((i) => i.code === 'data/invalid')).toBe(true);
  });
});

/** The Smart City template of `year` filled in with that year's example data (synthetic). */
async function filledSheets(year: number): Promise<Sheet[]> {
  const book = await readWorkbook(
    await templateBytes(framework, { lang: 'id', year }),
    `template-${year}.xlsx`,
  );
  if (!book.ok) throw new Error('template');
  return filledTemplate(book.sheets, year);
}

/** Sheets saved as a spreadsheet program would: as they are. */
const saved = (sheets: readonly Sheet[]) =>
  workbookBytes(
    sheets.map((sh) => ({ name: sh.name, table: sh.table, keep: 'all' as const })),
    'id',
  );

/** A sheet's table without one column. */
const without = (sheet: Sheet, column: string): Sheet => {
  const k = sheet.table.names.indexOf(column);
  return {
    name: sheet.name,
    table: {
      ...sheet.table,
      names: sheet.table.names.filter((_n, i) => i !== k),
      columns: sheet.table.columns.filter((_c, i) => i !== k),
    },
  };
};

describe('several workbooks or JSON files, one per year', () => {
  it('read two filled-in templates as two years, scored as `takar score --year` scores both in one workbook, byte for byte', async () => {
    const { dir, takar } = workspace('studio-year-books');
    const files = [];
    const books: Sheet[][] = [];
    for (const year of [2024, 2023]) {
      const name = `smart-city-${year}.xlsx`;
      const sheets = await filledSheets(year);
      books.push(sheets);
      files.push({ name, bytes: await saved(sheets) });
    }
    // The same rows in one workbook (the templates' columns are the same), for the CLI.
    const both = books[0]!.map((sh) => {
      if (sh.name !== 'iData') return sh;
      const other = books[1]!.find((o) => o.name === 'iData')!.table;
      return {
        name: sh.name,
        table: {
          names: sh.table.names,
          columns: sh.table.columns.map((c, k) => [
            ...Array.from(c),
            ...Array.from(other.columns[k]!),
          ]),
          rowCount: sh.table.rowCount + other.rowCount,
        },
      };
    });
    writeFileSync(join(dir, 'smart-city-2024.xlsx'), await saved(both));
    const input = await yearFilesInput(files, getFramework('spbe-2020'));
    if (!input.ok || !input.outcome.ok) throw new Error(JSON.stringify(input));
    // The framework comes from the first workbook's iMeta, named after it as `takar score` does.
    expect(input.framework?.id).toBe('smart-city-2024');
    expect(input.source.name).toBe('smart-city-2024.xlsx + smart-city-2023.xlsx');
    const data = input.outcome.data.dataset;
    expect(yearsOf(data)).toEqual([2023, 2024]);
    for (const year of [2023, 2024]) {
      const scored = scoreData(input.framework!, yearSlice(data, year), null);
      const cli = await takar(
        'score',
        '--data',
        'smart-city-2024.xlsx',
        '--year',
        `${year}`,
        '--raw',
      );
      expect(cli.code, cli.stderr).toBe(0);
      expect(scored.ok && JSON.stringify(scored.results) + '\n', `${year}`).toBe(cli.stdout);
    }
    // The session keeps the rows as JSON, with iMeta's columns, and reads back the same data.
    const again = dataFromJson(input.source.text, input.framework, {
      ...(input.source.groups ? { groups: input.source.groups } : {}),
      ...(input.source.denominators ? { denominators: input.source.denominators } : {}),
    });
    expect(again.ok && again.data.dataset).toEqual(input.outcome.data.dataset);
  });

  it('take the year from the file name when the rows have no year column, JSON and workbooks alike', async () => {
    const rows = async (year: number) =>
      without(
        (await filledSheets(year)).find((sh) => sh.name === 'iData')!,
        'tahun',
      );
    const a = await rows(2023);
    const b = await rows(2024);
    const input = await yearFilesInput(
      [
        { name: 'skor-2023.json', text: JSON.stringify(recordsOf(a.table)) },
        { name: 'skor-2024.xlsx', bytes: await saved([b]) },
      ],
      framework,
    );
    if (!input.ok || !input.outcome.ok) throw new Error(JSON.stringify(input));
    expect(input.framework).toBeNull();
    expect(yearsOf(input.outcome.data.dataset)).toEqual([2023, 2024]);
    // The same as one CSV file with the year column (the example data of both years).
    const csv = dataFromCsv(
      exampleCsv([2023, 2024], { locale: 'id', yearColumn: true }),
      framework,
    );
    if (!csv.ok) throw new Error('csv');
    const values = (d: typeof csv.data.dataset) =>
      d.values
        .filter((v) => v.value !== null)
        .map((v) => `${v.year}|${v.unit}|${v.indicator}|${v.value}`)
        .sort();
    expect(values(input.outcome.data.dataset)).toEqual(values(csv.data.dataset));
  });

  it('list every problem at once, each with its file', async () => {
    const sheets = await filledSheets(2024);
    const data = sheets.find((sh) => sh.name === 'iData')!;
    const meta = sheets.find((sh) => sh.name === 'iMeta')!;
    const otherMeta: Sheet = {
      name: 'iMeta',
      table: { ...meta.table, columns: meta.table.columns.map((c) => Array.from(c).reverse()) },
    };
    const input = await yearFilesInput(
      [
        { name: 'a-2023.xlsx', bytes: await saved([data, meta]) },
        { name: 'b-2024.xlsx', bytes: await saved([data, otherMeta]) },
        { name: 'c.xlsx', bytes: new Uint8Array([1, 2, 3]) },
        { name: 'd-2022.json', text: '{"units": [], "values": []}' },
        { name: 'e-2021.json', text: '[{"kode": "32.73"' },
        { name: 'f-2020.json', text: JSON.stringify([{ kode: '32.73', x: 1 }]) },
      ],
      framework,
    );
    if (input.ok) throw new Error('accepted');
    expect(input.issues.map((i) => [i.code, i.path.slice(0, 2).join(' ')])).toEqual([
      ['framework/invalid', 'files b-2024.xlsx'],
      ['io/unreadable', 'c.xlsx'],
      ['data/invalid', 'files d-2022.json'],
      ['data/invalid', 'files e-2021.json'],
      ['data/invalid', 'files f-2020.json'],
    ]);
    expect(input.issues[4]!.message).toMatch(/lacks "nama".*has "x"/);
  });

  it('combine tables whose columns are in another order, and refuse two of one year', () => {
    const t = (names: string[], row: unknown[]) => ({
      names,
      columns: row.map((v) => [v]),
      rowCount: 1,
    });
    const out = combineYearTables([
      { name: 'skor-2023.xlsx', table: t(['kode', 'a'], ['32.73', 1.5]) },
      { name: 'skor-2024.xlsx', table: t(['a', 'kode'], [1.7, '32.73']) },
    ]);
    expect(out.ok && [out.table.names, out.table.columns, out.years]).toEqual([
      ['tahun', 'kode', 'a'],
      [
        [2023, 2024],
        ['32.73', '32.73'],
        [1.5, 1.7],
      ],
      [2023, 2024],
    ]);
    const twice = combineYearTables([
      { name: 'skor-2023.xlsx', table: t(['kode'], ['32.73']) },
      { name: 'ulang-2023.json', table: t(['kode'], ['32.73']) },
    ]);
    expect(!twice.ok && twice.issues.map((i) => i.message)).toEqual([
      'ulang-2023.json and skor-2023.xlsx are both for 2023 (from their names); give one file per year.',
    ]);
  });
});
