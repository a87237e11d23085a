import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Bytes, sha256Hex } from '@takar/core';

describe('sha256', () => {
  it('agrees with node:crypto on every padding case', () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_v, i) => (i * 7 + 3) & 255);
    for (const len of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 5000]) {
      const x = bytes.subarray(0, len);
      expect(sha256Bytes(x)).toBe(createHash('sha256').update(x).digest('hex'));
    }
    expect(sha256Hex('Kota Bandung ✓')).toBe(
      createHash('sha256').update('Kota Bandung ✓').digest('hex'),
    );
  });

  it('writes canonical JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
