import { describe, expect, it } from 'vitest';
import {
  POPULATION_CLASSES,
  populationClass,
  provinceByCode,
  provinces,
  regionByCode,
  regions,
  registrySources,
  toUnits,
} from '@takar/indonesia';

describe('region registry', () => {
  it('has the 38 provinces and 514 kabupaten/kota with unique codes', () => {
    expect(provinces()).toHaveLength(38);
    expect(regions()).toHaveLength(514);
    expect(new Set(provinces().map((p) => p.code)).size).toBe(38);
    expect(new Set(regions().map((r) => r.code)).size).toBe(514);
    for (const r of regions()) {
      expect(r.code).toMatch(/^\d{2}\.\d{2}$/);
      expect(provinceByCode(r.provinceCode)?.name).toBe(r.provinceName);
    }
  });

  it('gives names in proper case and the type of every region', () => {
    expect(regionByCode('32.73')).toMatchObject({
      name: 'Kota Bandung',
      type: 'kota',
      shortName: 'Bandung',
    });
    expect(regionByCode('32.04')).toMatchObject({ name: 'Kabupaten Bandung', type: 'kabupaten' });
    expect(regionByCode('73.10')?.name).toBe('Kabupaten Pangkajene dan Kepulauan');
    expect(provinceByCode('31')?.name).toBe('DKI Jakarta');
    expect(regions().filter((r) => r.type === 'kota')).toHaveLength(98);
    expect(regions().filter((r) => r.type === 'kabupaten')).toHaveLength(416);
  });

  it("counts Jakarta's administrative cities as kota and Kepulauan Seribu as kabupaten", () => {
    const jakarta = regions('31');
    expect(jakarta.filter((r) => r.type === 'kota').map((r) => r.shortName)).toEqual([
      'Jakarta Pusat',
      'Jakarta Utara',
      'Jakarta Barat',
      'Jakarta Selatan',
      'Jakarta Timur',
    ]);
    expect(jakarta.every((r) => r.administrative)).toBe(true);
    expect(regionByCode('31.01')).toMatchObject({
      type: 'kabupaten',
      shortName: 'Kepulauan Seribu',
    });
    expect(regionByCode('32.73')?.administrative).toBe(false);
  });

  it('carries the real 2024 population, area and IPM of every region', () => {
    const total = regions().reduce((s, r) => s + r.population2024, 0);
    expect(total).toBe(284_973_643); // the national Dukcapil total (SOURCES-population.md)
    const area = regions().reduce((s, r) => s + r.areaKm2, 0);
    expect(area).toBeCloseTo(1_890_179.784, 1);
    for (const r of regions()) {
      expect(r.population2024).toBeGreaterThan(0);
      expect(r.areaKm2).toBeGreaterThan(0);
      expect(r.ipm2024).toBeGreaterThan(30);
      expect(r.ipm2024).toBeLessThan(100);
    }
    expect(regionByCode('32.73')).toMatchObject({
      population2024: 2_591_763,
      areaKm2: 166.593,
      ipm2024: 83.75,
    });
  });

  it('names its sources, with the ODbL attribution of idn-area-data', () => {
    const s = registrySources();
    expect(s.regions.licence).toMatch(/Open Database License/);
    expect(s.population.title).toMatch(/Dukcapil/);
    expect(s.area.title).toMatch(/Badan Informasi Geospasial/);
    expect(s.ipm.title).toMatch(/BPS/);
  });
});

describe('population classes', () => {
  it('puts every boundary in the class below it', () => {
    expect(populationClass(1_000_001)).toBe('metropolitan');
    expect(populationClass(1_000_000)).toBe('besar');
    expect(populationClass(500_001)).toBe('besar');
    expect(populationClass(500_000)).toBe('sedang');
    expect(populationClass(100_001)).toBe('sedang');
    expect(populationClass(100_000)).toBe('kecil');
    expect(POPULATION_CLASSES.map((c) => c.code)).toEqual([
      'metropolitan',
      'besar',
      'sedang',
      'kecil',
    ]);
  });

  it('classes the real regions', () => {
    const count = (c: string): number => regions().filter((r) => r.populationClass === c).length;
    expect(count('metropolitan')).toBe(89);
    expect(count('kecil')).toBe(49);
    expect(count('metropolitan') + count('besar') + count('sedang') + count('kecil')).toBe(514);
  });
});

describe('toUnits', () => {
  it('gives engine units with groups and denominators', () => {
    const [u] = toUnits([regionByCode('32.73')!]);
    expect(u).toEqual({
      code: '32.73',
      name: 'Kota Bandung',
      groups: { province: 'Jawa Barat', type: 'kota', populationClass: 'metropolitan' },
      denominators: { population: 2_591_763, area: 166.593 },
    });
  });
});
