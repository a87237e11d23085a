import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, parseCsv, readSketchCsv } from '@takar/core';

const quote = (f: string) => (/[",\n\r]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
const rowsOf = (text: string, cuts: number[]) => {
  const s = new CsvScanner(',');
  const out = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...s.feed(text.slice(from, cut)));
    from = cut;
  }
  out.push(...s.feed(text.slice(from)), ...s.end());
  return { rows: out, problems: s.problems };
};

describe('CsvScanner, the one CSV reader', () => {
  it('reads the same rows and lines however the text is cut into chunks', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, cuts, eol) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
          const whole = rowsOf(text, []);
          const cut = rowsOf(
            text,
            cuts.map((c) => c % (text.length + 1)),
          );
          expect(whole.problems).toEqual([]);
          expect(whole.rows.map((r) => r.fields)).toEqual(rows);
          expect(cut).toEqual(whole);
          // Each row starts on the line after the previous row's last (quoted line ends count).
          let line = 1;
          for (const [k, r] of whole.rows.entries()) {
            expect(r.line).toBe(line);
            line += 1 + rows[k]!.join('').split('\n').length - 1;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every problem with its line instead of reading past it', () => {
    const s = new CsvScanner(';', 5);
    s.feed('a;b"c\nd;\u0000\n"open;');
    s.end();
    expect(s.problems.map((p) => p.path)).toEqual([
      ['line', 5],
      ['line', 6],
      ['line', 7],
    ]);
    const [quoteIn, nul, open] = s.problems.map((p) => p.message);
    expect(quoteIn).toMatch(
      /^Line 5, field 2 has a quote \("\) in the middle of an unquoted field/,
    );
    expect(nul).toMatch(/^Line 6, field 2 holds a NUL byte \(0x00\)/);
    expect(open).toMatch(/^A quoted field opened on line 7 is never closed/);
  });

  it('parseCsv gives each row its file line, multi-line quoted fields counted', () => {
    const t = parseCsv('unit,note\nu1,"two\nlines"\n\nu2,x\n');
    expect(t.columns[1]).toEqual(['two\nlines', 'x']);
    expect(t.lines).toEqual([2, 5]);
  });

  it('the sketch CSV is read by the same reader, with its strict rules and file lines', () => {
    expect(() => readSketchCsv('group,sketch\n32.73,\\x11"8b\n', 'bpjs.csv')).toThrow(
      /Line 2, field 2 has a quote/,
    );
    try {
      readSketchCsv('group,sketch\n\n32.73,\\xzz\n', 'bpjs.csv');
    } catch (e) {
      expect((e as { issues: { path: unknown[] }[] }).issues[0]!.path).toEqual([
        'bpjs.csv',
        'line',
        3,
        'sketch',
      ]);
      return;
    }
    expect.unreachable('a bad sketch must be refused');
  });
});
