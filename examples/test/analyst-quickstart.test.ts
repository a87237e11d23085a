import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the README analyst example', () => {
  it('runs and prints five ranked regions with scores on the 1–4 scale', () => {
    const out = execFileSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', '--conditions', 'source', 'examples/analyst/quickstart.ts'],
      { cwd: root, encoding: 'utf8' },
    );
    const lines = out.trim().split('\n');
    expect(lines[0]).toContain('data ilustratif');
    const rows = lines.slice(1).map((l) => l.match(/^(\d+) (.+) (\d\.\d+)$/));
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r).not.toBeNull();
      const s = Number(r![3]);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(4);
    }
    expect(Number(rows[0]![1])).toBe(1);
  });

  it('is the code the README shows', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const code = readFileSync(`${root}examples/analyst/quickstart.ts`, 'utf8');
    expect(readme).toContain('```ts\n' + code + '```');
  });
});
