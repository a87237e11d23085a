// Yearly results documents for trends are rescored with normalisation across their years by
// default (takar trend --results, takar publish with several --results). Hand-checkable: one
// indicator x; 2023: u1 2, u2 1, u3 3; 2024: u1 2.5, u2 2.4, u3 6. Every unit improves.
// Per year, min-max gives u1 50 then (2.5 − 2.4)/3.6 · 100 = 2.78: lower. Pooled over both years
// (min 1, max 6): u1 20 → 30, u2 0 → 28, u3 40 → 100.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, resultsView, score, type ResultsDocument } from '@takar/core';
import { acrossYearsDocuments } from '../src/commands/across-years-documents.js';
import { setLang } from '../src/locale/terms.js';
import { fakeBundle } from './helpers/fake-bundle.js';
import { workspace } from './helpers/takar.js';

const framework = {
  id: 'satu',
  version: '1',
  label: { id: 'Satu indikator' },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'x', parent: 'idx', type: 'indicator', label: { id: 'X' } },
    { code: 'y', parent: 'idx', type: 'indicator', label: { id: 'Y' } },
  ],
};
const VALUES: Record<number, Record<string, number>> = {
  2023: { u1: 2, u2: 1, u3: 3 },
  2024: { u1: 2.5, u2: 2.4, u3: 6 },
};
const dataOf = (year: number) => ({
  units: ['u1', 'u2', 'u3'].map((code) => ({ code, name: code.toUpperCase() })),
  values: Object.entries(VALUES[year] as Record<string, number>).flatMap(([unit, value]) => [
    { unit, indicator: 'x', year, value },
    { unit, indicator: 'y', year, value },
  ]),
});
const yearly = (pipeline = {}): ResultsDocument[] =>
  [2024, 2023].map((year) =>
    score(framework, dataOf(year), { year, pipeline, title: `T ${year}` }),
  );
const idx = (d: ResultsDocument, u: string): number =>
  resultsView(d).unit(u)?.scores['idx'] as number;

describe('acrossYearsDocuments', () => {
  it('rescores per-year documents on the pooled years, so no improving unit goes down', () => {
    const docs = yearly();
    const [d24] = docs;
    expect(idx(d24 as ResultsDocument, 'u1')).toBeCloseTo(25 / 9, 10); // per year: 2.78 < 50
    const r = acrossYearsDocuments(docs, undefined);
    expect(r.pooled).toBe(true);
    expect(r.docs.map((d) => d.year)).toEqual([2023, 2024]);
    const [a, b] = r.docs as [ResultsDocument, ResultsDocument];
    expect(['u1', 'u2', 'u3'].map((u) => idx(a, u))).toEqual([20, 0, 40]);
    expect(idx(b, 'u1')).toBeCloseTo(30, 10);
    expect(idx(b, 'u2')).toBeCloseTo(28, 10);
    expect(idx(b, 'u3')).toBeCloseTo(100, 10);
    for (const u of ['u1', 'u2', 'u3']) expect(idx(b, u)).toBeGreaterThan(idx(a, u));
    expect(b.pipeline.normalise).toMatchObject({ method: 'minmax', across: 'years' });
    expect(b.pipeline.normalise?.pooled?.['x']).toEqual([1, 6]);
    expect(b.title).toBe('T 2024');
  });

  it('keeps documents already pooled, and keeps everything with none', () => {
    const pooled = acrossYearsDocuments(yearly(), undefined).docs;
    const again = acrossYearsDocuments(pooled, undefined);
    expect(again.pooled).toBe(false);
    expect(again.docs).toEqual(pooled);
    const none = acrossYearsDocuments(yearly(), 'none');
    expect(none.pooled).toBe(false);
    expect(idx(none.docs[1] as ResultsDocument, 'u1')).toBeCloseTo(25 / 9, 10);
  });

  it('says why it cannot pool, and fails with the reason when years were asked for', () => {
    setLang('en');
    try {
      const ranked = yearly({ normalise: { method: 'rank' } });
      const r = acrossYearsDocuments(ranked, undefined);
      expect(r.pooled).toBe(false);
      expect(r.note).toMatch(/not normalised across years: .*"rank" ranks each year/);
      expect(() => acrossYearsDocuments(ranked, 'years')).toThrow(/"rank" ranks each year/);
      const sameYear = [yearly()[0], yearly()[0]] as ResultsDocument[];
      expect(acrossYearsDocuments(sameYear, undefined).note).toMatch(/each needs a year/);
      setLang('id');
      expect(acrossYearsDocuments(sameYear, undefined).note).toMatch(/tahun sendiri/);
    } finally {
      setLang('id');
    }
  });
});

describe('takar trend --results', () => {
  const { dir, takar } = workspace('across-docs');
  writeFileSync(join(dir, 'f.json'), JSON.stringify(framework));
  for (const [year, doc] of yearly().map((d) => [d.year, d] as const))
    writeFileSync(join(dir, `r${year}.json`), JSON.stringify(doc));

  it('normalises the documents across their years by default, and as given with none', async () => {
    const r = await takar(
      'trend',
      '--results',
      'r2023.json',
      '--results',
      'r2024.json',
      '--out',
      't.csv',
    );
    expect(r.code, r.stderr).toBe(0);
    const t = parseCsv(readFileSync(join(dir, 't.csv'), 'utf8'));
    const col = (n: string) => t.columns[t.names.indexOf(n)] as string[];
    expect(col('unit')).toEqual(['u1', 'u2', 'u3']);
    expect(col('score_2023')).toEqual(['20', '0', '40']);
    expect(
      col('scoreChange')
        .map(Number)
        .every((c) => c > 0),
    ).toBe(true);
    const asGiven = await takar(
      'trend',
      '--results',
      'r2023.json,r2024.json',
      '--normalise-across',
      'none',
      '--out',
      'u.csv',
    );
    expect(asGiven.code, asGiven.stderr).toBe(0);
    const u = parseCsv(readFileSync(join(dir, 'u.csv'), 'utf8'));
    expect(u.columns[u.names.indexOf('score_2023')]).toEqual(['50', '0', '100']);
    const bad = await takar(
      'trend',
      '--results',
      'r2023.json,r2024.json',
      '--normalise-across',
      'year',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error cli\/usage at --normalise-across/);
  });
});

describe('takar publish with several --results', () => {
  const { dir, takar } = workspace('publish-series');
  const bundle = fakeBundle(dir);
  for (const [year, doc] of yearly().map((d) => [d.year, d] as const))
    writeFileSync(join(dir, `r${year}.json`), JSON.stringify(doc));

  it('writes every year for the trend, normalised across the years by default', async () => {
    const r = await takar(
      'publish',
      '--results',
      'r2024.json',
      '--results',
      'r2023.json',
      '--bundle',
      bundle,
      '--out',
      'site',
    );
    expect(r.code, r.stderr).toBe(0);
    const read = (f: string) =>
      JSON.parse(readFileSync(join(dir, 'site', 'data', f), 'utf8')) as ResultsDocument;
    const [a, b, latest] = [
      read('results-2023.json'),
      read('results-2024.json'),
      read('results.json'),
    ];
    expect(['u1', 'u2', 'u3'].map((u) => idx(a, u))).toEqual([20, 0, 40]);
    expect(idx(b, 'u1')).toBeCloseTo(30, 10);
    expect(latest).toEqual(b);
    expect(b.pipeline.normalise?.across).toBe('years');
    const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
    expect(html).toContain('<takar-trend src="data/regions/u3.json" region="u3">');
    // …whose document holds both years, rescored.
    const u3 = JSON.parse(readFileSync(join(dir, 'site', 'data', 'regions', 'u3.json'), 'utf8'));
    expect(u3.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
    // the other elements show the latest year
    expect(html).toContain('<takar-ranking src="data/results.json">');
  });

  it('keeps the documents as given with --normalise-across none', async () => {
    const r = await takar(
      'publish',
      '--results',
      'r2023.json,r2024.json',
      '--normalise-across',
      'none',
      '--bundle',
      bundle,
      '--out',
      'site-none',
    );
    expect(r.code, r.stderr).toBe(0);
    const b = JSON.parse(
      readFileSync(join(dir, 'site-none', 'data', 'results-2024.json'), 'utf8'),
    ) as ResultsDocument;
    expect(idx(b, 'u1')).toBeCloseTo(25 / 9, 10);
    expect(b.pipeline.normalise?.across).toBeUndefined();
  });

  it('says why when the documents cannot be pooled, and still publishes them', async () => {
    for (const d of yearly({ normalise: { method: 'rank' } }))
      writeFileSync(join(dir, `rank${d.year}.json`), JSON.stringify(d));
    const r = await takar(
      'publish',
      '--results',
      'rank2023.json,rank2024.json',
      '--bundle',
      bundle,
      '--out',
      'site-rank',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('takar publish: Dokumen tidak dinormalisasi lintas tahun');
    const strict = await takar(
      'publish',
      '--results',
      'rank2023.json,rank2024.json',
      '--normalise-across',
      'years',
      '--bundle',
      bundle,
      '--out',
      'site-strict',
    );
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/^error cli\/usage at --normalise-across/);
  });
});
