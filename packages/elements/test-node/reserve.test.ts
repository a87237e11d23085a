import { describe, expect, it } from 'vitest';
import { MEASURED_HEIGHTS, heightAt } from '../src/common/reserve.js';
import { ELEMENT_TAGS } from '../src/catalogue.js';

describe('heightAt (the height kept free before data arrives)', () => {
  const points = [
    [270, 1300],
    [510, 1000],
    [599, 1290],
    [600, 720],
    [910, 800],
  ] as const;

  it('is the measured height at a measured width, and linear between two', () => {
    expect(heightAt(points, 270)).toBe(1300);
    expect(heightAt(points, 390)).toBe(1150);
    expect(heightAt(points, 910)).toBe(800);
  });

  it('keeps the nearer end outside the measured widths, and jumps where the layout changes', () => {
    expect(heightAt(points, 100)).toBe(1300);
    expect(heightAt(points, 2000)).toBe(800);
    expect(heightAt(points, 599)).toBe(1290);
    expect(heightAt(points, 600)).toBe(720);
  });

  it('is 0 with nothing measured', () => {
    expect(heightAt([], 500)).toBe(0);
  });
});

describe('MEASURED_HEIGHTS', () => {
  it('names catalogued elements only, each with widths in increasing order', () => {
    for (const [tag, points] of Object.entries(MEASURED_HEIGHTS)) {
      expect(ELEMENT_TAGS as readonly string[], tag).toContain(tag);
      const widths = points.map(([w]) => w);
      expect(widths, tag).toEqual([...widths].sort((a, b) => a - b));
      expect(points.length, tag).toBeGreaterThan(1);
    }
  });
});
