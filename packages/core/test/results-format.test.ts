// Results format 2: the columnar document, its reader, and format 1 read through migration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  TakarError,
  decimalCorrect,
  parseResults,
  resultsDocument,
  resultsJson,
  resultsView,
  runPipeline,
  safeParseResults,
  score,
  type ResultsDocument,
} from '@takar/core';
import { exampleDataset, getFramework } from '@takar/indonesia';

// Written by Takar 0.1.0 (format 1, one object per unit): ten regions of the illustrative 2024
// Smart City data, in-group ranks by province and type.
const v1 = JSON.parse(
  readFileSync(new URL('./fixtures/results-format-1.json', import.meta.url), 'utf8'),
) as {
  formatVersion: number;
  units: {
    unit: string;
    name: string;
    groups?: Record<string, string>;
    scores: Record<string, number | null>;
    ranks: Record<string, number | null>;
    groupRanks?: Record<string, Record<string, number | null>>;
    bands?: Record<string, string | null>;
    coverage: Record<string, number>;
    raw?: Record<string, number | null>;
  }[];
};

function sameInputs(): { framework: unknown; data: unknown } {
  const ds = exampleDataset('smart-city', 2024);
  const keep = new Set(v1.units.map((u) => u.unit));
  return {
    framework: getFramework('smart-city'),
    data: {
      ...ds,
      units: ds.units.filter((u) => keep.has(u.code)),
      values: ds.values.filter((v) => keep.has(v.unit)),
    },
  };
}

describe('format 1 is read and migrated', () => {
  it('gives back every unit, score, rank, band, coverage, raw value and in-group rank', () => {
    expect(v1.formatVersion).toBe(1);
    const doc = parseResults(v1);
    expect(doc.formatVersion).toBe(2);
    const view = resultsView(doc);
    expect(view.size).toBe(v1.units.length);
    // In-group ranks are not stored in format 2: the view derives them, and they match.
    expect(view.rows.map((r) => ({ ...r }))).toEqual(v1.units.map((u) => ({ ...u })));
  });

  it('agrees with a fresh format-2 run on the same inputs', () => {
    const { framework, data } = sameInputs();
    const fresh = resultsView(
      score(framework, data, { year: 2024, pipeline: { groupRanks: ['province', 'type'] } }),
    );
    const old = resultsView(parseResults(v1));
    expect(fresh.keys).toEqual(old.keys);
    for (const key of fresh.keys) {
      const a = fresh.column(key);
      const b = old.column(key);
      expect(a?.ranks, key).toEqual(b?.ranks);
      expect(a?.bands, key).toEqual(b?.bands);
      // Format 2 writes aggregate scores as the decimals a spreadsheet shows (15 significant digits).
      const indicator = fresh.nodes.get(key)?.type === 'indicator';
      expect(a?.scores, key).toEqual(
        b?.scores.map((s) => (s === null || indicator ? s : decimalCorrect(s))),
      );
      expect(fresh.groupRanks('province', key), key).toEqual(old.groupRanks('province', key));
    }
  });
});

describe('format 2', () => {
  const { framework, data } = sameInputs();
  const options = { year: 2024, pipeline: { groupRanks: ['province'] } };

  it('is columnar: one array per unit field and one column per score key', () => {
    const doc = score(framework, data, options);
    expect(doc.formatVersion).toBe(2);
    expect(doc.units.codes).toHaveLength(10);
    expect(doc.units.groups?.province).toHaveLength(10);
    for (const c of doc.columns) expect(c.scores).toHaveLength(10);
    expect(doc.columns.find((c) => c.key === 'smart-city')?.ranks).toHaveLength(10);
    expect(JSON.stringify(doc)).not.toContain('groupRanks":{');
  });

  it('streams the same bytes as it builds, compact by default and indented with pretty', () => {
    const run = runPipeline(framework, data, options);
    const built = resultsDocument(run, 'T');
    expect([...resultsJson(run, 'T')].join('')).toBe(JSON.stringify(built));
    expect([...resultsJson(run, 'T', { pretty: true })].join('')).toBe(
      JSON.stringify(built, null, 2),
    );
    // A document already built streams the same bytes (takar score does this after its checks).
    expect([...resultsJson(built)].join('')).toBe(JSON.stringify(built));
    expect([...resultsJson(built, undefined, { pretty: true })].join('')).toBe(
      JSON.stringify(built, null, 2),
    );
    // Deterministic: a second run gives the same bytes.
    expect([...resultsJson(runPipeline(framework, data, options), 'T')].join('')).toBe(
      JSON.stringify(built),
    );
  });

  it('refuses a newer format, naming both versions', () => {
    const doc = score(framework, data, options);
    const r = safeParseResults({ ...doc, formatVersion: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('results/unsupported-version');
    expect(r.issues[0]?.message).toMatch(/formatVersion 3, newer than 2/);
  });

  it('lists every broken column, unit listed twice and key listed twice at once', () => {
    const doc = score(framework, data, options) as ResultsDocument;
    const broken = structuredClone(doc);
    broken.units.codes[1] = broken.units.codes[0] as string;
    (broken.columns[0]?.scores as unknown[]).pop();
    (broken.columns[2] as { key: string }).key = broken.columns[1]?.key as string;
    try {
      parseResults(broken);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TakarError);
      const issues = (e as TakarError).issues.map((i) => `${i.code} ${i.path.join('.')}`);
      expect(issues).toEqual([
        'results/invalid columns.0.scores',
        'results/invalid units.codes.1',
        'results/invalid columns.2.key',
      ]);
    }
  });

  it('reads columns, ranks and rows through the view without copying the document', () => {
    const doc = score(framework, data, options);
    const view = resultsView(doc);
    expect(resultsView(doc)).toBe(view);
    const i = view.indexOf(doc.units.codes[3] as string);
    expect(i).toBe(3);
    expect(view.scoreAt(view.root, i)).toBe(
      doc.columns.find((c) => c.key === view.root)?.scores[3],
    );
    expect(view.unit(doc.units.codes[3] as string)?.ranks[view.root]).toBe(
      view.rankAt(view.root, 3),
    );
    expect(view.indexOf('no-such-unit')).toBe(-1);
  });
});
