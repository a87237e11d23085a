import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { safely } from '../../src/errors/index.js';
import {
  countDistinct,
  MIN_SALT_BYTES,
  hashKey,
  hmacSha256,
  keyBits,
  looksLikeNik,
  normaliseIdentifier,
  pseudonymise,
  safeCountDistinct,
  safePseudonymise,
  stringHash64,
} from '../../src/impact/index.js';

const NIK = '3273010101900001';
const SALT = 'garam-rahasia-uji-16';

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
    const expected = createHmac('sha256', SALT).update(NIK).digest('hex');
    expect(await hashKey(NIK, SALT)).toBe(expected);
    expect(await hashKey('3273 0101 0190 0001', SALT)).toBe(expected);
    expect(normaliseIdentifier(' abc ')).toBe('abc');
  });

  it('matches the RFC 4231 HMAC-SHA-256 test case 2', () => {
    // RFC 4231 section 4.3: key "Jefe", data "what do ya want for nothing?" (the MAC itself; a
    // 4-byte salt is refused by hashKey).
    const enc = new TextEncoder();
    expect(hmacSha256(enc.encode('Jefe'))(enc.encode('what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('changes with the salt and refuses an empty one', async () => {
    expect(await hashKey(NIK, SALT + 'a')).not.toBe(await hashKey(NIK, SALT + 'b'));
    await expect(hashKey(NIK, '')).rejects.toMatchObject({ code: 'impact/missing-salt' });
  });

  it('refuses a salt shorter than 16 bytes, saying why, and accepts 16', async () => {
    const r = await hashKey(NIK, 'garam').catch((e: unknown) => e);
    expect(r).toMatchObject({ code: 'impact/weak-salt', path: ['salt'] });
    expect(String((r as Error).message)).toMatch(/5 bytes long; it needs at least 16/);
    // 15 bytes of UTF-8 (é is 2 bytes): still too short; 16 bytes pass.
    await expect(hashKey(NIK, 'é'.repeat(7) + 'x')).rejects.toMatchObject({
      code: 'impact/weak-salt',
    });
    expect(await hashKey(NIK, 'x'.repeat(MIN_SALT_BYTES))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('pseudonymise', () => {
  const raw = [
    { region: '32.73', programme: 'PKH', key: NIK },
    { region: '32.73', programme: 'KIS', key: '3273 0101 0190 0001' },
  ];

  it('replaces raw keys by their HMAC, so the same person gets the same pseudonym', async () => {
    const records = await pseudonymise(raw, { salt: SALT });
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
    expect(await pseudonymise(other, { alreadyHashed: true })).toEqual(other);
  });

  it('refuses NIK-shaped keys even when told they are already hashed', async () => {
    const r = await safePseudonymise(raw, { alreadyHashed: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual([
        'impact/raw-identifier',
        'impact/raw-identifier',
      ]);
      expect(JSON.stringify(r.issues)).not.toMatch(/0101/);
    }
  });

  it('refuses a NIK pasted into another field, naming the field, whatever the salt', async () => {
    const pasted = [{ region: '32.73', programme: '3273.0101.0190.0001', key: 'k1' }];
    const r = await safePseudonymise(pasted, { salt: SALT });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({
        code: 'impact/raw-identifier',
        path: ['records', 0, 'programme'],
      });
      expect(JSON.stringify(r.issues)).not.toMatch(/0101/);
    }
  });
});

describe('countDistinct guards against raw identifiers', () => {
  it('refuses a raw NIK, also when told the keys are already hashed', () => {
    const records = [{ region: '32.73', programme: 'PKH', key: NIK }];
    for (const options of [{}, { alreadyHashed: true }]) {
      const refused = safeCountDistinct(records, options);
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.issues[0]?.code).toBe('impact/raw-identifier');
        expect(refused.issues[0]?.message).not.toContain(NIK);
      }
    }
  });

  it('refuses a NIK-shaped region or dimension, naming the field only', () => {
    for (const field of ['region', 'dimension'] as const) {
      const records = [
        { region: '32.73', programme: 'PKH', key: 'k1', [field]: '3273 0101 0190 0001' },
      ];
      const r = safeCountDistinct(records, { alreadyHashed: true });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.path).toEqual(['records', 0, field]);
        expect(JSON.stringify(r.issues)).not.toMatch(/0101/);
      }
    }
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
