import { describe, expect, it } from 'vitest';
import { TakarError, issue, safely, formatPath } from '@takar/core';

describe('TakarError', () => {
  it('keeps every issue and exposes the first one as code and path', () => {
    const e = new TakarError([
      issue('framework/unknown-parent', ['nodes', 2, 'parent'], 'Node `a` names parent `x`.'),
      issue('framework/cycle', ['nodes', 3], 'Cycle a → b → a.'),
    ]);
    expect(e.code).toBe('framework/unknown-parent');
    expect(e.path).toEqual(['nodes', 2, 'parent']);
    expect(e.issues).toHaveLength(2);
    expect(e.message).toContain('framework/unknown-parent at nodes[2].parent');
  });

  it('turns a thrown TakarError into issues in the safe form', () => {
    const r = safely(() => {
      throw new TakarError(issue('data/empty', [], 'No rows.'));
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('data/empty');
  });

  it('formats paths with dots and brackets', () => {
    expect(formatPath(['units', 3, 'code'])).toBe('units[3].code');
  });
});
