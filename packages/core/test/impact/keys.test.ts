import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { safely } from '../../src/errors/index.js';
import {
  countDistinct,
  hashKey,
  keyBits,
  looksLikeNik,
  normaliseIdentifier,
  pseudonymise,
  safeCountDistinct,
  safePseudonymise,
  stringHash64,
} from '../../src/impact/index.js';

const NIK = '3273010101900001';

describe('looksLikeNik', () => {
  it('spots 16 digits with or without separators', () => {
    expect(looksLikeNik(NIK)).toBe(true);
    expect(looksLikeNik('3273 0101 0190 0001')).toBe(true);
    expect(looksLikeNik(' 3273-0101-0190-0001 ')).toBe(true);
    expect(looksLikeNik('3273.0101.0190.0001')).toBe(true);
  });
  it('lets other keys through', () => {
    expect(looksLikeNik('327301010190000')).toBe(false); // 15 digits
    expect(looksLikeNik('32730101019000012')).toBe(false); // 17 digits
    expect(looksLikeNik('a273010101900001')).toBe(false);
    expect(looksLikeNik('c0ffee'.repeat(10) + 'abcd')).toBe(false);
  });
});

describe('hashKey', () => {
  it("equals Node's own HMAC-SHA-256 of the normalised identifier", async () => {
    const expected = createHmac('sha256', 'garam').update(NIK).digest('hex');
    expect(await hashKey(NIK, 'garam')).toBe(expected);
    expect(await hashKey('3273 0101 0190 0001', 'garam')).toBe(expected);
    expect(normaliseIdentifier(' abc ')).toBe('abc');
  });

  it('matches the RFC 4231 HMAC-SHA-256 test case 2', async () => {
    // RFC 4231 section 4.3: key "Jefe", data "what do ya want for nothing?"
    expect(await hashKey('what do ya want for nothing?', 'Jefe')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('changes with the salt and refuses an empty one', async () => {
    expect(await hashKey(NIK, 'a')).not.toBe(await hashKey(NIK, 'b'));
    await expect(hashKey(NIK, '')).rejects.toMatchObject({ code: 'impact/missing-salt' });
  });
});

describe('pseudonymise', () => {
  const raw = [
    { region: '32.73', programme: 'PKH', key: NIK },
    { region: '32.73', programme: 'KIS', key: '3273 0101 0190 0001' },
  ];

  it('replaces raw keys by their HMAC, so the same person gets the same pseudonym', async () => {
    const records = await pseudonymise(raw, { salt: 'garam' });
    expect(records[0]?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(records[0]?.key).toBe(records[1]?.key);
    expect(JSON.stringify(records)).not.toContain('3273');
    expect(countDistinct(records)[0]?.affected).toBe(1);
  });

  it('refuses raw NIKs without a salt, naming rows but never echoing keys', async () => {
    const r = await safePseudonymise(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path[1]])).toEqual([
        ['impact/raw-identifier', 0],
        ['impact/raw-identifier', 1],
      ]);
      expect(JSON.stringify(r.issues)).not.toContain('0101');
    }
  });

  it('asks for a salt when keys are not known to be pseudonyms, and keeps them when told they are', async () => {
    const other = [{ region: '32.73', programme: 'PKH', key: 'person-17' }];
    await expect(pseudonymise(other)).rejects.toMatchObject({ code: 'impact/missing-salt' });
    expect(await pseudonymise(raw, { alreadyHashed: true })).toEqual(raw);
  });
});

describe('countDistinct guards against raw identifiers', () => {
  it('refuses a raw NIK and accepts it when told the keys are already hashed', () => {
    const records = [{ region: '32.73', programme: 'PKH', key: NIK }];
    const refused = safeCountDistinct(records);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues[0]?.code).toBe('impact/raw-identifier');
      expect(refused.issues[0]?.message).not.toContain(NIK);
    }
    expect(countDistinct(records, { alreadyHashed: true })[0]?.affected).toBe(1);
  });
});

describe('keyBits', () => {
  it('takes the first 64 bits of a 64-hex key and hashes anything else', () => {
    expect(keyBits('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toEqual([
      0x9f86d081, 0x884c7d65,
    ]);
    expect(keyBits('person-17')).toEqual(stringHash64('person-17'));
    expect(keyBits('person-17')).not.toEqual(keyBits('person-18'));
    const r = safely(() => keyBits(''));
    expect(r.ok).toBe(true);
  });
});
