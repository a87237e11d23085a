import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseResults, resultsView, type ResultsDocument } from '@takar/core';
import { exampleDataset } from '@takar/indonesia';
import { workspace } from './helpers/takar.js';

const { dir, takar } = workspace('framework');
const EXAMPLE = join(import.meta.dirname, '../../indonesia/data/example');

describe('takar framework', () => {
  it('lists the shipped frameworks with their labels', async () => {
    const r = await takar('framework', '--list');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/smart-city\s+2022\.1\s+Evaluasi Smart City/);
    expect(r.stdout).toMatch(/spbe-2020\s+2020\s+Indeks SPBE/);
  });

  it('prints a shipped framework as JSON by default', async () => {
    const r = await takar('framework', 'spbe-2020');
    expect(r.code).toBe(0);
    const fw = JSON.parse(r.stdout) as { id: string; nodes: unknown[]; bands: unknown[] };
    expect(fw.id).toBe('spbe-2020');
    expect(fw.nodes).toHaveLength(1 + 4 + 8 + 47);
    expect(fw.bands).toHaveLength(5);
  });

  it('prints the COINr-style table with the stage axis, scale, bands and default pipeline', async () => {
    const sc = parseCsv((await takar('framework', 'smart-city', '--format', 'csv')).stdout);
    expect(sc.names.slice(0, 9)).toEqual([
      'Level',
      'iCode',
      'iName',
      'Direction',
      'Weight',
      'Parent',
      'Type',
      'Target',
      'Denominator',
    ]);
    expect(sc.names).toEqual(
      expect.arrayContaining(['Unit', 'ScaleMin', 'ScaleMax', 'Tag:stage', 'Normalise']),
    );
    const type = sc.columns[sc.names.indexOf('Type')] as string[];
    expect(type.filter((t) => t === 'Indicator')).toHaveLength(90);
    expect(type.filter((t) => t === 'AxisTag')).toHaveLength(5);
    const spbe = parseCsv((await takar('framework', 'spbe-2020', '--format', 'csv')).stdout);
    expect(
      (spbe.columns[spbe.names.indexOf('Type')] as string[]).filter((t) => t === 'Band'),
    ).toHaveLength(5);
  });

  it('round-trips smart-city through CSV: the same scores as the shipped id', async () => {
    expect((await takar('framework', 'smart-city', '--format', 'csv', '--out', 'f.csv')).code).toBe(
      0,
    );
    const data = join(EXAMPLE, 'smart-city-2024.csv');
    expect(
      (await takar('score', '--framework', 'f.csv', '--data', data, '--out', 'a.csv')).code,
    ).toBe(0);
    expect(
      (await takar('score', '--framework', 'smart-city', '--data', data, '--out', 'b.csv')).code,
    ).toBe(0);
    const a = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(a).toBe(readFileSync(join(dir, 'b.csv'), 'utf8'));
    expect(a.split('\n')[0]).toContain('stage:total');
  });

  it('round-trips spbe-2020 through CSV with its predicates', async () => {
    await takar('framework', 'spbe-2020', '--format', 'csv', '--out', 's.csv');
    const data = join(EXAMPLE, 'spbe-2020-2024.csv');
    const args = ['--data', data, '--year', '2024'];
    await takar('score', '--framework', 's.csv', ...args, '--out', 's1.json');
    await takar('score', '--framework', 'spbe-2020', ...args, '--out', 's2.json');
    const read = (f: string) =>
      resultsView(parseResults(JSON.parse(readFileSync(join(dir, f), 'utf8')))).rows;
    expect(read('s1.json')).toEqual(read('s2.json'));
  });

  it('refuses an unknown id and an unknown format with stable codes', async () => {
    const r = await takar('framework', 'smart-village');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error framework\/invalid .*smart-city, spbe-2020/);
    const f = await takar('framework', 'smart-city', '--format', 'xml');
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/^error cli\/usage at --format/);
  });
});

describe('takar score with shipped frameworks and the example data', () => {
  it('scores SPBE levels as they are (weighted mean) and carries the predicates', async () => {
    const r = await takar(
      'score',
      '--framework',
      'spbe-2020',
      '--data',
      join(EXAMPLE, 'spbe-2020-2024.csv'),
      '--year',
      '2024',
      '--out',
      'r.json',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as ResultsDocument;
    expect(doc.pipeline.normalise).toEqual({ method: 'none' });
    const u = resultsView(doc).rows[0]!;
    // The index is the weighted mean of the levels: it stays on the 1–5 scale.
    expect(u.scores['spbe']).toBeGreaterThanOrEqual(1);
    expect(u.scores['spbe']).toBeLessThanOrEqual(5);
    const predicates = new Set(resultsView(doc).rows.map((x) => x.bands?.['spbe']));
    expect(
      [...predicates].every((p) =>
        ['kurang', 'cukup', 'baik', 'sangat-baik', 'memuaskan'].includes(p as string),
      ),
    ).toBe(true);
    expect(predicates.size).toBeGreaterThan(1);
  });

  it('scores the embedded example data with --data example or --example, by year', async () => {
    const a = await takar(
      'score',
      '--framework',
      'smart-city',
      '--data',
      'example',
      '--year',
      '2023',
      '--out',
      'e1.json',
    );
    expect(a.code).toBe(0);
    expect(a.stderr).toContain('Illustrative data, not official results');
    const doc = JSON.parse(readFileSync(join(dir, 'e1.json'), 'utf8')) as ResultsDocument;
    expect(doc.year).toBe(2023);
    expect(doc.units.codes).toHaveLength(exampleDataset('smart-city', 2023).units.length);
    const b = await takar('score', '--framework', 'smart-city', '--example', '--out', 'e2.json');
    expect(b.code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'e2.json'), 'utf8')) as ResultsDocument).year).toBe(
      2024,
    );
  });

  it('refuses example data for a framework that has none', async () => {
    writeFileSync(join(dir, 'own.csv'), readFileSync(join(dir, 'f.csv')));
    const r = await takar('score', '--framework', 'own.csv', '--example');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error cli\/usage at --data: Baris perintah tidak sah\. — There is example data only/,
    );
  });

  it('tells an unknown framework id, listing the shipped ids, from a missing file', async () => {
    const r = await takar('score', '--framework', 'spbe-2019', '--example');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error framework\/unknown-id at framework: .* — "spbe-2019" is not a shipped framework \(smart-city, spbe-2020; see takar framework --list\)/,
    );
    // A value with an extension or a path separator is a file, whatever its name.
    for (const file of ['spbe-2020.json', './spbe-2020', 'sub/spbe-2020']) {
      const missing = await takar('score', '--framework', file, '--example');
      expect(missing.code, file).toBe(1);
      expect(missing.stderr, file).toMatch(/^error io\/not-found at framework: .* — Cannot read/);
    }
  });

  it('reads a file named like a shipped id when it exists, instead of the shipped framework', async () => {
    const shipped = await takar('framework', 'spbe-2020');
    const own = JSON.parse(shipped.stdout) as { label: { id: string } };
    own.label = { id: 'Salinan lokal' };
    writeFileSync(join(dir, 'spbe-2020'), JSON.stringify(own));
    try {
      const r = await takar('score', '--framework', 'spbe-2020', '--example');
      // Without an extension the file cannot be told JSON or CSV: the reader says so.
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^error io\/unknown-format at framework: .* — Cannot tell the format of "spbe-2020"/,
      );
    } finally {
      rmSync(join(dir, 'spbe-2020'));
    }
  });
});
