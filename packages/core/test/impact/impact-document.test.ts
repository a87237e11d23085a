import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { TakarError } from '@takar/core';
import {
  countProgrammes,
  coverage,
  impactDocument,
  jsonSchema,
  parseImpactDocument,
} from '@takar/core';

const programmes = [
  { region: '32.73', programme: 'PKH', beneficiaries: 800, unit: 'persons' },
  { region: '32.73', programme: 'BPNT', beneficiaries: 500, unit: 'persons' },
  { region: '33.74', programme: 'PKH', beneficiaries: 300, unit: 'persons' },
];
const population: Record<string, number> = { '32.73': 2_500_000, '33.74': 1_650_000 };
const names: Record<string, string> = { '32.73': 'Kota Bandung', '33.74': 'Kota Semarang' };

describe('the impact document', () => {
  it('is written from the engine rows, one row per region, versioned, and valid for its JSON Schema', () => {
    const rows = coverage(
      countProgrammes(programmes, { by: [['region'], []], population }),
      population,
    ).rows;
    const doc = impactDocument(rows, {
      method: { id: 'Data program', en: 'Programme data' },
      nameOf: (c) => names[c],
      year: 2024,
    });
    expect(doc).toMatchObject({ format: 'takar-impact', formatVersion: 1, year: 2024 });
    // The nation's row is not a region: left out.
    expect(doc.rows.map((r) => [r.region, r.name, r.low, r.high])).toEqual([
      ['32.73', 'Kota Bandung', 800, 1300],
      ['33.74', 'Kota Semarang', 300, 300],
    ]);
    expect(parseImpactDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    expect(ajv.validate(jsonSchema('impact.schema.json'), doc)).toBe(true);
  });

  it('lists every region without a population or a name at once', () => {
    const rows = coverage(countProgrammes(programmes), { '33.74': 1_650_000 }).rows;
    try {
      impactDocument(rows, { method: 'x', nameOf: () => undefined });
      expect.unreachable();
    } catch (e) {
      expect((e as TakarError).issues.map((i) => i.code)).toEqual([
        'impact/missing-population',
        'impact/invalid',
        'impact/invalid',
      ]);
    }
  });

  it('refuses a newer version and a broken row, and still reads a document without a version', () => {
    expect(() => parseImpactDocument({ formatVersion: 2, method: 'x', rows: [] })).toThrow(
      /formatVersion 2, newer than 1/,
    );
    try {
      parseImpactDocument({ method: 'x', rows: [{ region: 'a', name: 'A', population: 0 }] });
      expect.unreachable();
    } catch (e) {
      expect((e as TakarError).issues.every((i) => i.code === 'impact/invalid')).toBe(true);
      expect((e as TakarError).issues.length).toBeGreaterThan(1);
    }
    expect(
      parseImpactDocument({
        method: 'x',
        rows: [{ region: 'a', name: 'A', affected: 1, population: 9 }],
      }).rows,
    ).toHaveLength(1);
  });
});
