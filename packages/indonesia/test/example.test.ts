import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { score, resultsView } from '@takar/core';
import {
  exampleDataset,
  examplePrograms,
  exampleData,
  generateExample,
  exampleFiles,
  datasetFromExampleFile,
  programmesFromExampleFile,
  getFramework,
  regionByCode,
  findRegion,
  COHORT_2017,
  EXAMPLE_NOTE,
  type ExampleValuesFile,
  type ExampleProgrammesFile,
} from '@takar/indonesia';

const dir = fileURLToPath(new URL('../data/example/', import.meta.url));

describe('example data generator', () => {
  it('gives the same bytes for the same seed and different bytes for another seed', () => {
    const a = exampleFiles(generateExample({ seed: 7 }));
    const b = exampleFiles(generateExample({ seed: 7 }));
    const c = exampleFiles(generateExample({ seed: 8 }));
    expect(a).toEqual(b);
    for (const name of Object.keys(a)) expect(c[name]).not.toBe(a[name]);
  });

  it('matches the committed files in data/example (run scripts/build-example.ts after a change)', () => {
    const files = exampleFiles(exampleData());
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(`${dir}${name}`, 'utf8')).toBe(text);
  });

  it('marks every file as illustrative', () => {
    for (const name of readdirSync(dir)) {
      const text = readFileSync(`${dir}${name}`, 'utf8');
      expect(text).toContain(EXAMPLE_NOTE);
      if (name.endsWith('.json'))
        expect((JSON.parse(text) as { source: { synthetic: boolean } }).source.synthetic).toBe(
          true,
        );
    }
  });

  it('starts with the real 2017 cohort and grows in waves to 241', () => {
    const waves = exampleData().waves;
    for (const name of COHORT_2017) {
      const f = findRegion(name);
      expect(f.status).toBe('found');
      if (f.status === 'found') expect(waves[f.region.code]).toBe(2017);
    }
    const count = (y: number): number => Object.values(waves).filter((w) => w <= y).length;
    expect([2017, 2018, 2019, 2021, 2022, 2023].map(count)).toEqual([25, 75, 100, 141, 191, 241]);
  });

  it('evaluates not every region every year: 141 in 2022 and 191 in 2024, as published', () => {
    const perYear = (y: number): number =>
      exampleData().smartCity.rows.filter((r) => r[1] === y).length;
    expect(perYear(2022)).toBe(141);
    expect(perYear(2024)).toBe(191);
    expect(perYear(2020)).toBeLessThan(100);
    const spbe2024 = exampleData().spbe.rows.filter((r) => r[1] === 2024).length;
    expect(spbe2024).toBeGreaterThan(450);
    expect(spbe2024).toBeLessThan(514);
  });

  it('keeps values in range: Smart City 1–4 in hundredths, SPBE integer levels 1–5', () => {
    const sc = exampleData().smartCity.rows;
    expect(sc.every(([, , vals]) => vals.length === 90)).toBe(true);
    const badSc = sc.flatMap(([, , vals]) =>
      vals.filter(
        (v) => v === null || v < 1 || v > 4 || Math.abs(v * 100 - Math.round(v * 100)) > 1e-9,
      ),
    );
    expect(badSc).toEqual([]);
    const spbe = exampleData().spbe.rows;
    expect(spbe.every(([, , vals]) => vals.length === 47)).toBe(true);
    expect(
      spbe.flatMap(([, , vals]) =>
        vals.filter((v) => v === null || !Number.isInteger(v) || v < 1 || v > 5),
      ),
    ).toEqual([]);
  });

  it('bounds beneficiaries by the real population', () => {
    const programmes = examplePrograms();
    expect(programmes.length).toBeGreaterThan(1000);
    const bad = programmes.filter((p) => {
      const pop = regionByCode(p.region)?.population2024 ?? 0;
      const base = p.unit === 'persons' ? pop : p.unit === 'households' ? pop / 3.6 : pop / 25;
      return (
        !Number.isInteger(p.beneficiaries) ||
        p.beneficiaries < 1 ||
        p.beneficiaries > Math.ceil(base * 0.6)
      );
    });
    expect(bad).toEqual([]);
    const file = JSON.parse(readFileSync(`${dir}programmes.json`, 'utf8')) as ExampleProgrammesFile;
    expect(programmesFromExampleFile(file)).toEqual(programmes);
  });
});

describe('example datasets scored with the default pipelines', () => {
  it('scores smart-city 2024 with finals mostly 2.0–3.9 (tree view)', () => {
    const r = score(getFramework('smart-city'), exampleDataset('smart-city', 2024), { year: 2024 });
    expect(r.units.codes).toHaveLength(191);
    expect(r.source).toMatchObject({ synthetic: true, note: EXAMPLE_NOTE });
    const finals = resultsView(r).rows.map((u) => u.scores['smart-city'] as number);
    const inside = finals.filter((x) => x >= 2 && x <= 3.9).length;
    expect(inside / finals.length).toBeGreaterThan(0.9);
    expect(Math.min(...finals)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...finals)).toBeLessThanOrEqual(4);
    expect(resultsView(r).rows[0]?.groups).toHaveProperty('populationClass');
  });

  it("gives the stage view (the engine's second axis) and the same total as the tree view", () => {
    const fw = getFramework('smart-city');
    const r = score(fw, exampleDataset('smart-city', 2023), { year: 2023 });
    const stages = fw.axes![0]!.tags;
    for (const unit of resultsView(r).rows.slice(0, 20)) {
      const stageMean = (tag: string): number => {
        const codes = fw.nodes.filter((n) => n.tags?.stage === tag).map((n) => n.code);
        return codes.reduce((s, c) => s + (unit.raw?.[c] as number), 0) / codes.length;
      };
      for (const t of stages)
        expect(unit.scores[`stage:${t.code}`]).toBeCloseTo(stageMean(t.code), 12);
      const total = stages.reduce((s, t) => s + (t.weight ?? 0) * stageMean(t.code), 0) / 100;
      expect(unit.scores['stage:total']).toBeCloseTo(total, 12);
      expect(unit.scores['smart-city']).toBeCloseTo(total, 12);
    }
  });

  it('scores spbe-2020 as Σ wᵢ·levelᵢ / 100 with predicates', () => {
    const fw = getFramework('spbe-2020');
    const data = exampleDataset('spbe-2020', 2024);
    const r = score(fw, data, { year: 2024 });
    const u = resultsView(r).rows[0]!;
    const leaves = fw.nodes.filter((n) => n.type === 'indicator');
    const expected =
      leaves.reduce((s, n) => s + (n.weight as number) * (u.raw?.[n.code] as number), 0) / 100;
    expect(u.scores.spbe).toBeCloseTo(expected, 12);
    expect(resultsView(r).rows.every((x) => typeof x.bands?.spbe === 'string')).toBe(true);
  });

  it('reads the committed JSON back into the same datasets', () => {
    for (const id of ['smart-city', 'spbe-2020'] as const) {
      const file = JSON.parse(readFileSync(`${dir}${id}.json`, 'utf8')) as ExampleValuesFile;
      expect(datasetFromExampleFile(file, 2022)).toEqual(exampleDataset(id, 2022));
    }
    const all = exampleDataset('spbe-2020');
    expect(new Set(all.values.map((v) => v.year))).toEqual(new Set([2020, 2021, 2022, 2023, 2024]));
    expect(() => exampleDataset('spbe-2020', 2019)).toThrow(/no rows for 2019/);
  });
});
