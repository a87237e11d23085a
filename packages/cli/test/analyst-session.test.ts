import { parseResults, resultsView } from '@takar/core';
// The Bappeda analyst's session, replayed on Indonesian-locale fixtures of our own
// (test/fixtures/analyst): a `;` CSV exported by Excel in the Indonesian locale (BOM, CRLF,
// decimal commas, `.` thousands, `-` for missing, extra `No` and `luas_km2` columns, `nama` /
// `provinsi` / `jenis` / `tahun` headers, region names instead of codes), the same data as `.xlsx`
// and as a composer workbook (iData + iMeta), and programme totals written `61.000`.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { frameworkToTable, parseCsv, type Table } from '@takar/core';
import { workspace } from './helpers/takar.js';

const fixtures = fileURLToPath(new URL('./fixtures/analyst/', import.meta.url));
const { dir, takar } = workspace('analyst');
for (const f of ['ikd.json', 'skor-2024.csv', 'programmes-2024.csv'])
  copyFileSync(join(fixtures, f), join(dir, f));

const ID_FORMAT = ['--decimal', ',', '--thousands', '.', '--missing', '-'];
const EXTRA = ['--ignore-columns', 'No,luas_km2'];
const SCORE = ['score', '--framework', 'ikd.json', ...ID_FORMAT, ...EXTRA, '--year', '2024'];

type Unit = {
  unit: string;
  name: string;
  groups?: Record<string, string>;
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
};
type Results = {
  units: Unit[];
  /** unit code → scores, and unit code → ranks, for comparing runs */
  scores: Record<string, Record<string, number | null>>;
  ranks: Record<string, Record<string, number | null>>;
};

let runs = 0;
async function scored(...argv: string[]): Promise<Results> {
  const out = `r-${runs++}.json`;
  const r = await takar(...argv, '--out', out);
  expect(r.code, r.stderr).toBe(0);
  const rows = resultsView(parseResults(JSON.parse(readFileSync(join(dir, out), 'utf8'))))
    .rows as unknown as Unit[];
  return {
    units: rows,
    scores: Object.fromEntries(rows.map((u) => [u.unit, u.scores])),
    ranks: Object.fromEntries(rows.map((u) => [u.unit, u.ranks])),
  };
}

/** The CSV fixture as typed cells: numbers read the Indonesian way, `-` missing, text as text. */
function typedRows(): (string | number | null)[][] {
  const t = parseCsv(readFileSync(join(fixtures, 'skor-2024.csv'), 'utf8'), { delimiter: ';' });
  const numeric = new Set([
    'No',
    'tahun',
    'luas_km2',
    'layanan_online',
    'pengguna_aplikasi',
    'waktu_respon',
    'cakupan_internet',
  ]);
  const rows: (string | number | null)[][] = [[...t.names]];
  for (let r = 0; r < t.rowCount; r++)
    rows.push(
      t.names.map((n, k) => {
        const v = String((t.columns[k] as ArrayLike<unknown>)[r]);
        if (!numeric.has(n)) return v;
        if (v === '-') return null;
        return Number(v.replaceAll('.', '').replace(',', '.'));
      }),
    );
  return rows;
}

const cell = (v: string | number | null) =>
  v === null
    ? null
    : typeof v === 'number'
      ? { value: v, type: Number }
      : { value: v, type: String };

async function writeBook(
  path: string,
  sheets: { sheet: string; rows: (string | number | null)[][] }[],
) {
  const buffer = await writeXlsxFile(
    sheets.map((s) => ({ sheet: s.sheet, data: s.rows.map((r) => r.map(cell)) })) as never,
  ).toBuffer();
  writeFileSync(join(dir, path), buffer);
}

function tableRows(t: Table): (string | number | null)[][] {
  return [
    [...t.names],
    ...Array.from({ length: t.rowCount }, (_v, r) =>
      t.columns.map((c) => {
        const v = c[r];
        return v === undefined || v === null || v === '' ? null : (v as string | number);
      }),
    ),
  ];
}

describe('the analyst session on Indonesian Excel exports', () => {
  it('refuses 61.000 in a ; file until the number format is given, naming every cell', async () => {
    const r = await takar('score', '--framework', 'ikd.json', '--data', 'skor-2024.csv', ...EXTRA);
    expect(r.code).toBe(1);
    const ambiguous = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('error data/ambiguous-number'));
    // 61.000, 145.250, 1.234.567, 88.900, 102.000, 75.500, 2.300, 99.999 and 1.767,96 is not
    // ambiguous (it has a comma), 2.991,78 neither: eight cells of pengguna_aplikasi.
    expect(ambiguous).toHaveLength(8);
    expect(ambiguous[0]).toContain('"61.000"');
    expect(ambiguous[0]).toContain('--thousands .');
  });

  it('scores the file with --decimal , --thousands . --missing -, names becoming codes', async () => {
    const res = await scored(...SCORE, '--data', 'skor-2024.csv');
    expect(res.units.map((u) => u.unit)).toEqual([
      '32.73',
      '32.04',
      '32.01',
      '32.71',
      '34.04',
      '34.71',
      '31.01',
      '33.74',
    ]);
    expect(res.units[2]?.name).toBe('Kabupaten Bogor');
    expect(res.units[6]?.name).toBe('Kabupaten Administrasi Kepulauan Seribu');
    // registry attributes joined: province, type and population class for peers
    expect(res.units[0]?.groups).toMatchObject({
      province: 'Jawa Barat',
      type: 'kota',
      populationClass: 'metropolitan',
      provinsi: 'Jawa Barat',
    });
    // Hand-checked min-max on 0–100: layanan_online of Kota Bandung (85.5 - 40.5) / (90.1 - 40.5).
    const bandung = res.scores['32.73'] ?? {};
    expect(bandung['layanan_online']).toBeCloseTo((100 * (85.5 - 40.5)) / (90.1 - 40.5), 10);
    // pengguna_aplikasi read as 61 000 (not 61): (61000 - 2300) / (1234567 - 2300)
    expect(bandung['pengguna_aplikasi']).toBeCloseTo((100 * (61000 - 2300)) / (1234567 - 2300), 10);
    // waktu_respon of Kepulauan Seribu is missing ("-"), not zero
    expect(res.scores['31.01']?.['waktu_respon']).toBeNull();
  });

  it('refuses extra numeric columns unless they are declared, naming the flags', async () => {
    const r = await takar(
      'score',
      '--framework',
      'ikd.json',
      '--data',
      'skor-2024.csv',
      ...ID_FORMAT,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error data\/unknown-indicator at data\.columns\.No/);
    expect(r.stderr).toMatch(/error data\/unknown-indicator at data\.columns\.luas_km2/);
    expect(r.stderr).toContain('--ignore-columns luas_km2');
  });

  it('gives identical scores from the ; CSV, the .xlsx and a composer workbook', async () => {
    const rows = typedRows();
    await writeBook('skor-2024.xlsx', [{ sheet: 'Data 2024', rows }]);
    const framework = JSON.parse(readFileSync(join(fixtures, 'ikd.json'), 'utf8'));
    await writeBook('komposer.xlsx', [
      { sheet: 'Catatan', rows: [['Contoh buku kerja komposer']] },
      { sheet: 'iData', rows },
      { sheet: 'iMeta', rows: tableRows(frameworkToTable(framework)) },
    ]);
    const csv = await scored(...SCORE, '--data', 'skor-2024.csv');
    const xlsx = await scored(...SCORE, '--data', 'skor-2024.xlsx');
    const book = await scored('score', ...EXTRA, '--year', '2024', '--data', 'komposer.xlsx');
    expect(xlsx.scores).toEqual(csv.scores);
    expect(xlsx.ranks).toEqual(csv.ranks);
    expect(book.scores).toEqual(csv.scores);
    expect(book.ranks).toEqual(csv.ranks);
    expect(Object.keys(csv.scores)).toHaveLength(8);
  });

  it('reads text cells of a workbook by the same strict rules, and picks --sheet', async () => {
    const rows = typedRows().map((r, i) =>
      i === 0 ? r : r.map((v, k) => (k === 7 ? String(v).replace(/\B(?=(\d{3})+$)/g, '.') : v)),
    );
    await writeBook('teks.xlsx', [
      { sheet: 'Kosong', rows: [['catatan']] },
      { sheet: 'Data', rows },
    ]);
    const bad = await takar(
      'score',
      '--framework',
      'ikd.json',
      '--data',
      'teks.xlsx',
      '--sheet',
      'Data',
      ...EXTRA,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error data/ambiguous-number');
    const unknown = await takar(
      'score',
      '--framework',
      'ikd.json',
      '--data',
      'teks.xlsx',
      '--sheet',
      'Nope',
      ...EXTRA,
    );
    expect(unknown.stderr).toContain('its sheets are "Kosong", "Data"');
    const good = await scored(...SCORE, '--data', 'teks.xlsx', '--sheet', 'Data');
    const csv = await scored(...SCORE, '--data', 'skor-2024.csv');
    expect(good.scores).toEqual(csv.scores);
  });

  it('lists every unknown or ambiguous region name at once, with candidates', async () => {
    const text = readFileSync(join(fixtures, 'skor-2024.csv'), 'utf8')
      .replace('Kota Semarang', 'Kota Semarangg')
      .replace('4;Bogor;Jawa Barat;Kota', '4;Bogor;Jawa Barat;');
    writeFileSync(join(dir, 'salah.csv'), text);
    const r = await takar(
      'score',
      '--framework',
      'ikd.json',
      '--data',
      'salah.csv',
      ...ID_FORMAT,
      ...EXTRA,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error data\/ambiguous-region at rows\[3\]\.nama: .*32\.01 Kabupaten Bogor.*32\.71 Kota Bogor/,
    );
    expect(r.stderr).toMatch(
      /error data\/unknown-region at rows\[7\]\.nama: .*did you mean .*33\.74 Kota Semarang/,
    );
  });

  it('writes CSV for Indonesian Excel with --csv-locale id: BOM, ;, decimal comma, CRLF, names, in-group ranks', async () => {
    const r = await takar(
      ...SCORE,
      '--data',
      'skor-2024.csv',
      '--group-ranks',
      'province',
      '--csv-locale',
      'id',
      '--out',
      'skor.csv',
      '--out-ranks',
      'peringkat.csv',
    );
    expect(r.code, r.stderr).toBe(0);
    const scores = readFileSync(join(dir, 'skor.csv'), 'utf8');
    expect(scores.charCodeAt(0)).toBe(0xfeff);
    expect(scores.split('\r\n')[0]).toBe(
      '\uFEFFunit;name;layanan_online;pengguna_aplikasi;waktu_respon;cakupan_internet;layanan;infrastruktur;ikd',
    );
    const bandung = scores.split('\r\n')[1] as string;
    expect(bandung.startsWith('32.73;Kota Bandung;90,73;4,76;90,65;95,74;47,74;93,2;70,47')).toBe(
      true,
    );
    const ranks = parseCsv(readFileSync(join(dir, 'peringkat.csv'), 'utf8'), { delimiter: ';' });
    expect(ranks.names).toContain('province');
    expect(ranks.names).toContain('ikd_rank_in_province');
    const col = (n: string) => ranks.columns[ranks.names.indexOf(n)] as string[];
    // Jawa Barat has four regions: their in-group ranks are 1–4.
    const jabar = col('province')
      .map((p, i) => (p === 'Jawa Barat' ? Number(col('ikd_rank_in_province')[i]) : 0))
      .filter(Boolean)
      .sort();
    expect(jabar).toEqual([1, 2, 3, 4]);
    const full = await takar(
      ...SCORE,
      '--data',
      'skor-2024.csv',
      '--csv-locale',
      'id',
      '--full-precision',
      '--out',
      'penuh.csv',
    );
    expect(full.code).toBe(0);
    expect(readFileSync(join(dir, 'penuh.csv'), 'utf8')).toContain(
      '32.73;Kota Bandung;90,72580645161291;',
    );
  });

  it('compares peers by population class on the analyst file (registry joined)', async () => {
    const r = await takar(
      'compare',
      '--framework',
      'ikd.json',
      '--data',
      'skor-2024.csv',
      ...ID_FORMAT,
      ...EXTRA,
      '--peers',
      'populationClass',
      '--lang',
      'en',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Peer groups by populationClass');
    // Kota Bandung, both Bogors, Kab. Bandung, Sleman and Semarang have more than a million people.
    expect(r.stdout).toMatch(/metropolitan\s+6/);
    expect(r.stdout).toMatch(/sedang\s+1\s+76\.49/);
  });

  it('writes an .xlsx of scores and ranks that reads back: sheet names, headers, numbers', async () => {
    const r = await takar(...SCORE, '--data', 'skor-2024.csv', '--out', 'skor.xlsx');
    expect(r.code, r.stderr).toBe(0);
    const sheets = await readXlsxFile(join(dir, 'skor.xlsx'));
    expect(sheets.map((s) => s.sheet)).toEqual(['skor', 'peringkat']);
    const [header, first] = sheets[0]?.data ?? [];
    expect(header?.slice(0, 3)).toEqual(['kode', 'nama', 'layanan_online']);
    expect(first?.slice(0, 2)).toEqual(['32.73', 'Kota Bandung']);
    expect(first?.[2]).toBeCloseTo((100 * (85.5 - 40.5)) / (90.1 - 40.5), 10);
    const en = await takar(
      ...SCORE,
      '--data',
      'skor-2024.csv',
      '--out',
      'scores.xlsx',
      '--lang',
      'en',
    );
    expect(en.code).toBe(0);
    const back = await readXlsxFile(join(dir, 'scores.xlsx'));
    // Sheet names are Indonesian whatever --lang; only the header row follows it.
    expect(back.map((s) => s.sheet)).toEqual(['skor', 'peringkat']);
    expect(back[1]?.data[0]?.slice(0, 2)).toEqual(['unit', 'name']);
    expect(typeof back[1]?.data[1]?.[2]).toBe('number');
  });

  it('terminal tables speak Indonesian by default and English with --lang en', async () => {
    const args = [
      'compare',
      '--framework',
      'ikd.json',
      '--data',
      'skor-2024.csv',
      ...ID_FORMAT,
      ...EXTRA,
      '--peers',
      'province',
    ];
    const id = await takar(...args);
    expect(id.stdout).toMatch(/kelompok\s+n\s+min\s+k1\s+median/);
    const en = await takar(...args, '--lang', 'en');
    expect(en.stdout).toMatch(/group\s+n\s+min\s+q1\s+median/);
    const bad = await takar(...args, '--lang', 'jv');
    expect(bad.code).toBe(2);
  });
});

describe('trends across years', () => {
  // Kota Bandung improves two indicators and holds the third; the others improve far more, so
  // per-year min-max shows Bandung lower in 2024. Pooled across the years it is higher.
  const PANEL = `kode,tahun,a,b,c
32.73,2023,5,5,5
32.73,2024,6,6,5
32.04,2023,1,1,9
32.04,2024,9,9,1
32.01,2023,9,9,1
32.01,2024,10,10,0
`;
  const FRAMEWORK = {
    id: 'panel',
    version: '1',
    label: { id: 'Panel' },
    nodes: [
      { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
      { code: 'a', parent: 'idx', type: 'indicator', label: { id: 'A' } },
      { code: 'b', parent: 'idx', type: 'indicator', label: { id: 'B' }, weight: 2 },
      { code: 'c', parent: 'idx', type: 'indicator', label: { id: 'C' }, direction: -1 },
    ],
  };
  it('normalises across years by default in takar trend, and records it', async () => {
    writeFileSync(join(dir, 'panel.csv'), PANEL);
    writeFileSync(join(dir, 'panel.json'), JSON.stringify(FRAMEWORK));
    const base = [
      'trend',
      '--framework',
      'panel.json',
      '--data',
      'panel.csv',
      '--years',
      '2023-2024',
    ];
    const pooled = await takar(...base, '--out', 'trend.json');
    expect(pooled.code, pooled.stderr).toBe(0);
    const change = (file: string) => {
      const t = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        units: { unit: string; change: Record<string, { score: number }> }[];
      };
      return t.units.find((u) => u.unit === '32.73')?.change['idx']?.score as number;
    };
    expect(change('trend.json')).toBeGreaterThan(0);
    const perYear = await takar(...base, '--normalise-across', 'none', '--out', 'trend-none.json');
    expect(perYear.code).toBe(0);
    expect(change('trend-none.json')).toBeLessThan(0);
    const score = await scored(
      'score',
      '--framework',
      'panel.json',
      '--data',
      'panel.csv',
      '--year',
      '2024',
      '--normalise-across',
      'years',
    );
    expect(score.scores['32.73']?.['a']).toBeCloseTo((100 * (6 - 1)) / (10 - 1), 10);
    const doc = JSON.parse(readFileSync(join(dir, `r-${runs - 1}.json`), 'utf8')) as {
      stages: { stage: string; params: Record<string, unknown> }[];
    };
    expect(doc.stages.find((s) => s.stage === 'normalise')?.params).toMatchObject({
      method: 'minmax',
      across: 'years',
      pooled: { a: [1, 10] },
    });
  });
});

describe('takar template', () => {
  it('writes a workbook whose filled-in copy scores as it is', async () => {
    const r = await takar(
      'template',
      '--framework',
      'ikd.json',
      '--out',
      'template.xlsx',
      '--year',
      '2024',
      '--province',
      '32,DI Yogyakarta',
    );
    expect(r.code, r.stderr).toBe(0);
    const sheets = await readXlsxFile(join(dir, 'template.xlsx'));
    expect(sheets.map((s) => s.sheet)).toEqual(['iData', 'indikator', 'iMeta']);
    const data = sheets[0]?.data ?? [];
    expect(data[0]).toEqual([
      'kode',
      'nama',
      'provinsi',
      'tahun',
      'layanan_online',
      'pengguna_aplikasi',
      'waktu_respon',
      'cakupan_internet',
    ]);
    // Jawa Barat has 27 kabupaten/kota, DI Yogyakarta 5.
    expect(data).toHaveLength(1 + 27 + 5);
    expect(data[1]?.slice(0, 4)).toEqual(['32.01', 'Kabupaten Bogor', 'Jawa Barat', 2024]);
    expect(data[1]?.slice(4)).toEqual([null, null, null, null]);
    const described = sheets[1]?.data ?? [];
    expect(described[0]?.slice(0, 5)).toEqual(['kode', 'label', 'satuan', 'arah', 'skala']);
    expect(described[3]?.slice(0, 5)).toEqual([
      'waktu_respon',
      'Waktu respons pengaduan',
      'jam',
      -1,
      null,
    ]);
    // Fill it in as the analyst would (leaving the last region empty), and score the copy as it is.
    const filled = data.map((row, i) =>
      i === 0 || i === data.length - 1
        ? row
        : [...row.slice(0, 4), 40 + ((i * 7) % 50), 1000 * i, 5 + (i % 9), 60 + ((i * 3) % 40)],
    );
    await writeBook('terisi.xlsx', [
      { sheet: 'iData', rows: filled as (string | number | null)[][] },
      { sheet: 'indikator', rows: described as (string | number | null)[][] },
      { sheet: 'iMeta', rows: (sheets[2]?.data ?? []) as (string | number | null)[][] },
    ]);
    const book = await scored('score', '--data', 'terisi.xlsx', '--year', '2024');
    expect(book.units).toHaveLength(32);
    expect(book.scores['34.71']?.['ikd']).toBeNull();
    // The same numbers as a plain CSV with the framework file give the same scores.
    const csv = filled.map((r) => r.map((v) => (v === null ? '' : String(v))).join(',')).join('\n');
    writeFileSync(join(dir, 'terisi.csv'), csv + '\n');
    const plain = await scored(
      'score',
      '--framework',
      'ikd.json',
      '--data',
      'terisi.csv',
      '--year',
      '2024',
    );
    expect(book.scores).toEqual(plain.scores);
  });
});

describe('impact on Indonesian programme totals', () => {
  it('reads 61.000 as 61 000 with --thousands . and refuses it without', async () => {
    const refused = await takar('impact', '--programmes', 'programmes-2024.csv');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('error data/ambiguous-number');
    const r = await takar(
      'impact',
      '--programmes',
      'programmes-2024.csv',
      '--thousands',
      '.',
      '--decimal',
      ',',
      '--household-size',
      '3,6',
      '--out',
      'terdampak.csv',
    );
    expect(r.code, r.stderr).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'terdampak.csv'), 'utf8'));
    const row = (code: string) => {
      const i = (t.columns[0] as string[]).indexOf(code);
      return Object.fromEntries(t.names.map((n, k) => [n, (t.columns[k] as string[])[i]]));
    };
    // Kota Bandung: largest programme 410 000, sum 544 800 (below its population).
    expect(row('32.73')).toMatchObject({ name: 'Kota Bandung', low: '410000', high: '544800' });
    // Kab. Sleman: 25 300 households × 3.6 persons = 91 080 persons.
    expect(row('34.04')).toMatchObject({ name: 'Kabupaten Sleman', low: '91080', high: '91080' });
  });

  it('refuses --household-size 3,6 without --decimal , saying so', async () => {
    const r = await takar(
      'impact',
      '--programmes',
      'programmes-2024.csv',
      '--thousands',
      '.',
      '--household-size',
      '3,6',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--decimal ,');
  });

  it('checks regions against the registry and shows a programme larger than the population', async () => {
    writeFileSync(
      join(dir, 'besar.csv'),
      'region,programme,beneficiaries,unit\nKab. Kep. Seribu,Wifi Pulau,40000,persons\n99.99,Salah,10,persons\nKota Bandungg,Salah,10,persons\n',
    );
    const bad = await takar('impact', '--programmes', 'besar.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error data\/unknown-region at rows\[1\]\.region/);
    expect(bad.stderr).toMatch(
      /error data\/unknown-region at rows\[2\]\.region: .*32\.73 Kota Bandung/,
    );
    writeFileSync(
      join(dir, 'besar.csv'),
      'region,programme,beneficiaries,unit\nKab. Kep. Seribu,Wifi Pulau,40000,persons\n',
    );
    const r = await takar('impact', '--programmes', 'besar.csv', '--lang', 'en');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning impact/exceeds-population');
    expect(r.stdout).toContain('exceedsPopulation');
    const c = await takar('impact', '--programmes', 'besar.csv', '--out', 'besar-out.csv');
    expect(c.code).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 'besar-out.csv'), 'utf8'));
    expect(t.columns[t.names.indexOf('exceedsPopulation')]).toEqual(['true']);
    expect(t.columns[0]).toEqual(['31.01']);
  });

  it('refuses a count of persons that is not whole', async () => {
    writeFileSync(
      join(dir, 'pecahan.csv'),
      'region,programme,beneficiaries,unit\n32.73,A,61.5,persons\n',
    );
    const r = await takar('impact', '--programmes', 'pecahan.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('whole number');
  });
});
