// Several CSV files, one per year, read as one (year-files.ts), and scored as the same data in one
// file with a year column would be.
import { describe, expect, it } from 'vitest';
import { getFramework } from '@takar/indonesia';
import { exampleCsv } from './example-csv.js';
import { combineYearFiles, yearInName } from '../src/year-files.js';
import { dataFromCsv } from '../src/data-in.js';

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
