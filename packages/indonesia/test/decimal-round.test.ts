import { describe, expect, it } from 'vitest';
import {
  assignBandDecimal,
  decimalCorrect,
  roundHalfUpDecimal,
  SPBE_PREDICATES,
  IPM_BANDS,
  INOVASI_DAERAH_BANDS,
} from '@takar/indonesia';

describe('roundHalfUpDecimal', () => {
  it('rounds the Kota Jambi 2024 final as the spreadsheet did (3.48, not 3.47)', () => {
    const stages = [3.84, 3.18, 3.53, 3.63, 3.35];
    const weights = [0.1, 0.2, 0.3, 0.2, 0.2];
    const sum = stages.reduce((s, x, i) => s + x * (weights[i] as number), 0);
    expect(sum).toBe(3.4749999999999996);
    expect(Math.round(sum * 100) / 100).toBe(3.47);
    expect(roundHalfUpDecimal(sum, 2)).toBe(3.48);
  });

  it('rounds halves away from zero, as spreadsheet ROUND does', () => {
    expect(roundHalfUpDecimal(1.005, 2)).toBe(1.01);
    expect(roundHalfUpDecimal(2.675, 2)).toBe(2.68);
    expect(roundHalfUpDecimal(1.0049999, 2)).toBe(1);
    expect(roundHalfUpDecimal(0.5, 0)).toBe(1);
    expect(roundHalfUpDecimal(2.5, 0)).toBe(3);
    expect(roundHalfUpDecimal(-2.5, 0)).toBe(-3);
    expect(roundHalfUpDecimal(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUpDecimal(0.004, 2)).toBe(0);
    expect(roundHalfUpDecimal(0.005, 2)).toBe(0.01);
    expect(roundHalfUpDecimal(0.0004, 2)).toBe(0);
    expect(roundHalfUpDecimal(123456.785, 2)).toBe(123456.79);
    expect(roundHalfUpDecimal(3, 2)).toBe(3);
    expect(roundHalfUpDecimal(0, 2)).toBe(0);
    expect(Object.is(roundHalfUpDecimal(-0.001, 2), 0)).toBe(true);
  });

  it('passes NaN and infinities through and refuses bad digit counts', () => {
    expect(roundHalfUpDecimal(NaN, 2)).toBeNaN();
    expect(roundHalfUpDecimal(Infinity, 2)).toBe(Infinity);
    expect(() => roundHalfUpDecimal(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUpDecimal(1, 1.5)).toThrow(RangeError);
  });

  it('reads values as the 15-digit decimal a spreadsheet shows', () => {
    expect(decimalCorrect(0.1 + 0.2)).toBe(0.3);
    expect(decimalCorrect(3.4749999999999996)).toBe(3.475);
  });
});

describe('assignBandDecimal at the band boundaries', () => {
  // Each pair: a float just below a boundary through representation error, and its predicate.
  it.each([
    [0.6 * 3, 'cukup'], // 1.7999999999999998 → 1.80
    [1.79, 'kurang'],
    [1.7949, 'kurang'],
    [1.795, 'cukup'],
    [2.6 - 1e-15, 'baik'],
    [2.594, 'cukup'],
    [3.4749999999999996 + 0.025, 'sangat-baik'], // 3.4999999999999996 → 3.50
    [3.494, 'baik'],
    [4.2 - 1e-14, 'memuaskan'],
    [4.19, 'sangat-baik'],
    [4.32, 'memuaskan'],
    [null, null],
  ])('gives %s the SPBE predicate %s', (score, band) => {
    expect(assignBandDecimal(score, SPBE_PREDICATES)).toBe(band);
  });

  it('applies the IPM and Indeks Inovasi Daerah bands on rounded values', () => {
    expect(assignBandDecimal(59.995, IPM_BANDS)).toBe('sedang');
    expect(assignBandDecimal(79.99, IPM_BANDS)).toBe('tinggi');
    expect(assignBandDecimal(80, IPM_BANDS)).toBe('sangat-tinggi');
    expect(assignBandDecimal(0, INOVASI_DAERAH_BANDS)).toBe('tidak-dapat-dinilai');
    expect(assignBandDecimal(0.01, INOVASI_DAERAH_BANDS)).toBe('kurang-inovatif');
    expect(assignBandDecimal(34.99, INOVASI_DAERAH_BANDS)).toBe('kurang-inovatif');
    expect(assignBandDecimal(35, INOVASI_DAERAH_BANDS)).toBe('inovatif');
    expect(assignBandDecimal(60, INOVASI_DAERAH_BANDS)).toBe('inovatif');
    expect(assignBandDecimal(60.005, INOVASI_DAERAH_BANDS)).toBe('sangat-inovatif');
    expect(assignBandDecimal(100, INOVASI_DAERAH_BANDS)).toBe('sangat-inovatif');
  });
});
