import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  type TakarError,
  datasetFromTable,
  formatCsv,
  parseCsv,
  parseFramework,
  parseNumber,
  score,
  tableFromRecords,
  resultsView,
} from '@takar/core';
import { datasetFromArquero, datasetFromArrow } from '@takar/core/arquero';

const framework = {
  id: 'ingest',
  version: '1',
  label: { id: 'Contoh' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'ipm', parent: 'idx', type: 'indicator', label: { id: 'IPM' } },
    {
      code: 'miskin',
      parent: 'idx',
      type: 'indicator',
      label: { id: 'Kemiskinan' },
      direction: -1,
      denominator: 'penduduk',
    },
  ],
};
const tree = parseFramework(framework);

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, quotes and line breaks inside, CRLF and a BOM', () => {
    const t = parseCsv(
      '\uFEFFunit,name,note\r\n32.73,"Kota Bandung, Jawa Barat","say ""halo""\nlagi"\r\n',
    );
    expect(t.names).toEqual(['unit', 'name', 'note']);
    expect(t.columns[1]).toEqual(['Kota Bandung, Jawa Barat']);
    expect(t.columns[2]).toEqual(['say "halo"\nlagi']);
  });

  it('uses ; when the header is semicolon-separated, or the delimiter given', () => {
    expect(parseCsv('unit;ipm\nu1;70,5\n').columns[1]).toEqual(['70,5']);
    expect(parseCsv('unit\tipm\nu1\t70.5\n', { delimiter: '\t' }).columns[1]).toEqual(['70.5']);
  });
});

describe('parseNumber: formats are explicit, never guessed', () => {
  it.each([
    ['1234.5', {}, 1234.5],
    ['1.234,5', { decimal: ',', thousands: '.' }, 1234.5],
    ['1,234.5', { thousands: ',' }, 1234.5],
    ['72,84', { decimal: ',' }, 72.84],
    ['-3e2', {}, -300],
    ['', {}, null],
    ['NA', {}, null],
    ['1,5', {}, undefined],
    ['1.234,5', {}, undefined],
    ['1.23.4', { thousands: '.', decimal: ',' }, undefined],
    ['12.34', { decimal: ',' }, undefined],
    ['NaN', {}, undefined],
    ['Inf', {}, undefined],
    ['tinggi', {}, undefined],
  ] as const)('%s with %o → %s', (text, format, expected) => {
    expect(parseNumber(text, format)).toBe(expected);
  });
});

describe('datasetFromTable', () => {
  const units =
    'unit;name;provinsi;penduduk;ipm;miskin\n32.73;Kota Bandung;Jawa Barat;2.506.603;82,50;3,96\n33.74;Kota Semarang;Jawa Tengah;1.694.743;84,08;4,23\n';

  it('reads a wide Indonesian CSV with decimal comma and thousands dots, groups and denominators', () => {
    const d = datasetFromTable(parseCsv(units), tree, { decimal: ',', thousands: '.' });
    expect(d.units[0]).toEqual({
      code: '32.73',
      name: 'Kota Bandung',
      groups: { provinsi: 'Jawa Barat' },
      denominators: { penduduk: 2506603 },
    });
    expect(d.values).toContainEqual({ unit: '33.74', indicator: 'ipm', value: 84.08 });
    const r = score(framework, d, { pipeline: { denominate: true }, until: 'denominate' });
    expect(resultsView(r).rows[0]?.scores.miskin).toBeCloseTo(3.96 / 2506603, 18);
  });

  it('refuses the same file when the format is not given, saying which option to set', () => {
    const e = (() => {
      try {
        datasetFromTable(parseCsv(units), tree);
      } catch (x) {
        return x as TakarError;
      }
    })();
    const says = (e?.issues ?? []).map((i) => i.message);
    expect(says).toContain(
      'Cell "2.506.603" in row 1, column "penduduk" (unit "32.73") is not a finite number. As written, it reads as 2506603 with "." grouping thousands and "," as the decimal mark: give --thousands . --decimal , (API: thousands: ".", decimal: ",").',
    );
    expect(says).toContain(
      'Cell "82,50" in row 1, column "ipm" (unit "32.73") is not a finite number. As written, it reads as 82.5 with "," as the decimal mark: give --decimal , (API: decimal: ",").',
    );
  });

  it('reads long tables with several years', () => {
    const csv =
      'unit,year,indicator,value\nu1,2023,ipm,70\nu1,2024,ipm,71\nu2,2023,ipm,60\nu2,2024,ipm,\nu1,2023,miskin,5\nu2,2023,miskin,9\nu1,2024,miskin,4\nu2,2024,miskin,8\n';
    const d = datasetFromTable(parseCsv(csv), tree);
    expect(d.units.map((u) => u.code)).toEqual(['u1', 'u2']);
    expect(d.values).toContainEqual({ unit: 'u2', indicator: 'ipm', year: 2024, value: null });
    const r = score(framework, d, { year: 2024, pipeline: { impute: { method: 'latest' } } });
    expect(resultsView(r).rows[1]?.raw?.ipm).toBeNull();
    expect(resultsView(r).rows[1]?.coverage.ipm).toBe(0);
    const linear = score(framework, d, {
      year: 2024,
      pipeline: { impute: { method: 'linear' }, normalise: { method: 'none' } },
    });
    expect(resultsView(linear).rows[1]?.scores.ipm).toBe(60);
  });

  it('reads JSON records', () => {
    const d = datasetFromTable(
      tableFromRecords([
        { unit: 'u1', ipm: 70, miskin: 5 },
        { unit: 'u2', ipm: 60, miskin: null },
      ]),
      tree,
    );
    expect(d.values).toHaveLength(4);
  });

  it('writes CSV that reads back to the same numbers', () => {
    const t = {
      names: ['unit', 'x'],
      columns: [
        ['a', 'b'],
        [0.1 + 0.2, Infinity],
      ],
      rowCount: 2,
    };
    expect(formatCsv(t)).toBe('unit,x\na,0.30000000000000004\nb,Inf\n');
  });
});

describe('@takar/core/arquero', () => {
  const table = aq.table({
    unit: ['u1', 'u2', 'u3'],
    name: ['Satu', 'Dua', 'Tiga'],
    ipm: [70, 65.5, 80],
    miskin: [5, null, 3],
  });

  it('reads an arquero table', () => {
    const d = datasetFromArquero(table, tree);
    expect(d.units.map((u) => u.name)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(d.values).toContainEqual({ unit: 'u2', indicator: 'miskin', value: null });
  });

  it('reads Apache Arrow IPC bytes', () => {
    const d = datasetFromArrow(aq.toArrowIPC(table), tree);
    expect(resultsView(score(framework, d)).column('idx')?.ranks).toEqual([2, 3, 1]);
  });

  it('reports bytes that are not Arrow', () => {
    expect(() => datasetFromArrow(new Uint8Array([1, 2, 3]), tree)).toThrow(/Apache Arrow/);
  });
});
