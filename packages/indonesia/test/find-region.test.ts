import { describe, expect, it } from 'vitest';
import { findProvince, findRegion, type FindRegionResult } from '@takar/indonesia';

const found = (r: FindRegionResult): string | undefined =>
  r.status === 'found' ? r.region.code : undefined;

describe('findRegion', () => {
  it.each([
    ['Kab. Bandung', '32.04'],
    ['Kabupaten Bandung', '32.04'],
    ['KABUPATEN BANDUNG', '32.04'],
    ['Kab Bandung', '32.04'],
    ['kab.bandung', '32.04'],
    ['Pemkab Bandung', '32.04'],
    ['KOTA BANDUNG', '32.73'],
    ['Kota Bandung', '32.73'],
    ['  kota   bandung  ', '32.73'],
    ['Kodya Bandung', '32.73'],
    ['Kab. Bandung Barat', '32.17'],
    ['Sleman', '34.04'],
    ['Jakarta Pusat', '31.71'],
    ['Kota Adm. Jakarta Pusat', '31.71'],
    ['Kota Administrasi Jakarta Timur', '31.75'],
    ['Kepulauan Seribu', '31.01'],
    ['Tanjungbalai', '12.74'],
    ['Kota Tanjung Balai', '12.74'],
    ['Toli-Toli', '72.04'],
    ['Padangsidimpuan', '12.77'],
    ['Kotabaru', '63.02'],
    ['Kota Baru', '63.02'],
    ['Kota Kotamobagu', '71.74'],
    ['32.73', '32.73'],
    ['3273', '32.73'],
  ])('finds %s', (query, code) => {
    expect(found(findRegion(query))).toBe(code);
  });

  it('reports "Bandung" as ambiguous, listing both, instead of guessing', () => {
    const r = findRegion('Bandung');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') {
      expect(r.candidates.map((c) => c.name).sort()).toEqual(['Kabupaten Bandung', 'Kota Bandung']);
    }
  });

  it('reports every name shared by a kota and a kabupaten as ambiguous', () => {
    for (const name of ['Bekasi', 'Bogor', 'Malang', 'Kediri', 'Semarang', 'Jayapura', 'Sorong']) {
      expect(findRegion(name).status).toBe('ambiguous');
    }
  });

  it('narrows by province after a comma', () => {
    expect(found(findRegion('Kab. Bandung, Jawa Barat'))).toBe('32.04');
    expect(findRegion('Kota Bandung, Jawa Tengah').status).toBe('not-found');
  });

  it('suggests close names when nothing matches', () => {
    const r = findRegion('Bandungg');
    expect(r.status).toBe('not-found');
    if (r.status === 'not-found')
      expect(r.suggestions.map((s) => s.code)).toEqual(expect.arrayContaining(['32.04', '32.73']));
    const s = findRegion('Kota Sleman');
    expect(s.status).toBe('not-found');
    if (s.status === 'not-found') expect(s.suggestions[0]?.name).toBe('Kabupaten Sleman');
    expect(findRegion('99.99')).toEqual({ status: 'not-found', query: '99.99', suggestions: [] });
    expect(findRegion('').status).toBe('not-found');
  });

  it('reads the BPS and Kemendagri spellings of provinces', () => {
    expect(found(findRegion('Sleman, DI Yogyakarta'))).toBe('34.04');
    expect(found(findRegion('Kab. Sleman, D.I. Yogyakarta'))).toBe('34.04');
    expect(found(findRegion('Kota Yogyakarta, Prov. DIY'))).toBe('34.71');
    expect(found(findRegion('Kota Batam, Kep. Riau'))).toBe('21.71');
    expect(found(findRegion('Kota Bandung', { province: 'Provinsi Jawa Barat' }))).toBe('32.73');
  });

  it('finds provinces by code and by every usual spelling', () => {
    expect(findProvince('DI Yogyakarta')?.code).toBe('34');
    expect(findProvince('D.I. Yogyakarta')?.code).toBe('34');
    expect(findProvince('Prov. Kep. Riau')?.code).toBe('21');
    expect(findProvince('32')?.name).toBe('Jawa Barat');
    expect(findProvince('Jawa Barat Daya')).toBeUndefined();
  });

  it('reads Kep. as Kepulauan in region names', () => {
    expect(found(findRegion('Kab. Kep. Seribu'))).toBe('31.01');
    expect(found(findRegion('Kab. Kep. Mentawai'))).toBe('13.09');
    expect(found(findRegion('Kabupaten Kepulauan Mentawai'))).toBe('13.09');
  });

  it('uses a type column to tell the kota from the kabupaten of a bare name', () => {
    expect(findRegion('Bogor', { province: 'Jawa Barat' }).status).toBe('ambiguous');
    expect(found(findRegion('Bogor', { province: 'Jawa Barat', type: 'Kab.' }))).toBe('32.01');
    expect(found(findRegion('Bogor', { province: 'Jawa Barat', type: 'Kota' }))).toBe('32.71');
    expect(found(findRegion('Bogor', { type: 'kabupaten' }))).toBe('32.01');
    // the type written in the name wins over the type column
    expect(found(findRegion('Kota Bogor', { type: 'Kab.' }))).toBe('32.71');
    // a province column narrows a name two provinces share
    expect(findRegion('Kab. Bandung', { province: 'Jawa Tengah' }).status).toBe('not-found');
  });
});
