import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { dotsChart, dotsLayout, tickStep, type DotRow } from '@takar/charts';

const row = (category: string, order: number, series: string, value: number): DotRow => ({
  category,
  order,
  series,
  value,
  color: '#c2410c',
  shape: 'circle',
  tip: `${category} · ${series}: ${value}`,
});

/** The x scale's domain and ticks of the same rows drawn by Vega (the chart the layout replaces). */
async function vegaScale(rows: DotRow[]): Promise<{ domain: number[]; ticks: number[] }> {
  const chart = dotsChart(rows, { xTitle: 'Skor', textColor: '#000', gridColor: '#ccc' });
  const view = new View(parse(chart.spec as never, undefined, { ast: true }), {
    renderer: 'none',
    expr: expressionInterpreter,
  });
  for (const [name, data] of Object.entries(chart.data)) view.data(name, data as object[]);
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);
  await view.runAsync();
  const scale = view.scale('x') as { domain(): number[]; ticks(n: number): number[] };
  const out = { domain: scale.domain(), ticks: scale.ticks(5) };
  view.finalize();
  return out;
}

describe('dotsLayout (the dot plot without Vega)', () => {
  const rows = [
    row('Indeks', 0, 'Kota Bandung', 3.56),
    row('Indeks', 0, 'Median', 3.2),
    row('Indeks', 0, 'Nasional', 2.96),
    row('Tata kelola', 1, 'Kota Bandung', 3.59),
    row('Tata kelola', 1, 'Nasional', 2.97),
  ];

  it('rounds the x domain to ticks as Vega does for the same rows', async () => {
    const layout = dotsLayout(rows, { width: 600 });
    const vega = await vegaScale(rows);
    expect(layout.domain).toEqual(vega.domain);
    expect(layout.ticks.map((t) => t.value)).toEqual(vega.ticks);
    expect(layout.tickDigits).toBe(1);
  });

  it('matches Vega on random values too', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.integer({ min: -50_000, max: 120_000 }).map((v) => v / 1000),
          {
            minLength: 2,
            maxLength: 8,
          },
        ),
        async (values) => {
          if (Math.max(...values) === Math.min(...values)) return;
          const rs = values.map((v, i) => row(`c${i % 3}`, i % 3, `s${i}`, v));
          const vega = await vegaScale(rs);
          const layout = dotsLayout(rs, { width: 500 });
          expect(layout.domain[0]).toBeCloseTo(vega.domain[0]!, 9);
          expect(layout.domain[1]).toBeCloseTo(vega.domain[1]!, 9);
          expect(layout.ticks.map((t) => t.value)).toEqual(vega.ticks);
        },
      ),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it('puts rows in their order, a rule from the lowest to the highest value, dots inside the plot', () => {
    const layout = dotsLayout(rows, { width: 600 });
    expect(layout.rows.map((r) => r.category)).toEqual(['Indeks', 'Tata kelola']);
    expect(layout.rows[1]!.y - layout.rows[0]!.y).toBe(30);
    const [first] = layout.rows;
    const own = layout.dots.filter((d) => d.y === first!.y).map((d) => d.x);
    expect(first!.rule).toEqual({ x1: Math.min(...own), x2: Math.max(...own) });
    for (const d of layout.dots) {
      expect(d.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(d.x).toBeLessThanOrEqual(layout.plot.right);
    }
    expect(layout.height).toBeGreaterThan(layout.plot.bottom);
  });

  it('shortens long labels with "…" on a narrow screen and keeps the full one', () => {
    const long = [row('Smart Environment and Sustainability', 0, 'A', 1), row('B', 1, 'A', 2)];
    const narrow = dotsLayout(long, { width: 260 });
    expect(narrow.rows[0]!.label).toMatch(/…$/);
    expect(narrow.rows[0]!.category).toBe('Smart Environment and Sustainability');
    expect(narrow.plot.right - narrow.plot.left).toBeGreaterThan(100);
    const wide = dotsLayout(long, { width: 900 });
    expect(wide.rows[0]!.label).toBe('Smart Environment and Sustainability');
  });

  it('gives one value a domain around it, and no rule', () => {
    const layout = dotsLayout([row('A', 0, 'x', 2)], { width: 400 });
    expect(layout.domain[0]).toBeLessThan(2);
    expect(layout.domain[1]).toBeGreaterThan(2);
    expect(layout.rows[0]!.rule).toBeUndefined();
  });

  it('tick steps are 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(2.96, 3.59, 5)).toBeCloseTo(0.1, 12);
    expect(tickStep(0, 100, 5)).toBe(20);
    expect(tickStep(0, 7, 5)).toBe(1);
  });
});
