import { describe, expect, it } from 'vitest';
import { safely } from '../../src/errors/index.js';
import { defaultProvinceOf, groupingLabel, parseGroupings } from '../../src/impact/index.js';

describe('parseGroupings', () => {
  it('reads the CLI form: commas separate groupings, plus combines fields', () => {
    expect(parseGroupings('region, province ,national')).toEqual([['region'], ['province'], []]);
    expect(parseGroupings('dimension+region+region')).toEqual([['region', 'dimension']]);
    expect(parseGroupings('year+province').map(groupingLabel)).toEqual(['province+year']);
  });

  it('names every unknown field at once', () => {
    const r = safely(() => parseGroupings('regency,region+kecamatan'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]?.message).toMatch(/`regency`, `kecamatan`/);
    }
    expect(() => parseGroupings(' , ')).toThrow(/No grouping/);
  });
});

describe('defaultProvinceOf', () => {
  it('takes the province from dotted and undotted Kemendagri codes', () => {
    expect(defaultProvinceOf('32.73')).toBe('32');
    expect(defaultProvinceOf('32.73.01')).toBe('32');
    expect(defaultProvinceOf('3273')).toBe('32');
    expect(defaultProvinceOf('32')).toBe('32');
    expect(defaultProvinceOf('KOTA-X')).toBe('KOTA-X');
  });
});
