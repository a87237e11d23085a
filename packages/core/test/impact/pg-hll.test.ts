// postgresql-hll storage format: vectors built by hand from the published storage specification
// (schema version 1) and the register rule; the same checks against the running extension are in
// postgres-hll.test.ts.
import { describe, expect, it } from 'vitest';
import type { TakarError } from '../../src/errors/index.js';
import {
  PgHll,
  explicitThreshold,
  federatedHash,
  keyCheck,
  parsePgHll,
  pgHllHex,
  safeParsePgHll,
} from '../../src/impact/index.js';
import { xoshiro128 } from '../../bench/impact-prng.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { jsonSchema } from '../../src/schema/index.js';
import { readSketchDocument, sketchDocument } from '../../src/impact/index.js';

const hex = (s: PgHll) => pgHllHex(s);

describe('PgHll storage format', () => {
  it('writes the empty sketch as version 1 / EMPTY, parameters 0x8b (regwidth 5, log2m 11), cutoff 0x7f', () => {
    expect(hex(new PgHll())).toBe('\\x118b7f');
    expect(hex(new PgHll({ expthresh: 0 }))).toBe('\\x118b40');
    expect(hex(new PgHll({ expthresh: 16 }))).toBe('\\x118b45');
    expect(hex(new PgHll({ expthresh: 0, sparseon: false }))).toBe('\\x118b00');
    expect(hex(new PgHll({ log2m: 11, regwidth: 6 }))).toBe('\\x11ab7f');
  });

  it('keeps an EXPLICIT list of signed big-endian hashes in ascending signed order (the values of the spec example)', () => {
    const s = new PgHll().addBigInt(1n).addBigInt(-5451491901947305642n).addBigInt(1n);
    // The spec's example writes this value as 0xCBA79700677CDEAA, which is another number;
    // -5451491901947305642 is 0xB45868FF98832156 (and PostgreSQL prints exactly these bytes).
    expect(hex(s)).toBe('\\x128b7fb45868ff988321560000000000000001');
    expect(s.cardinality()).toBe(2);
    expect(parsePgHll(hex(s)).explicitValues()).toEqual([-5451491901947305642n, 1n]);
  });

  it('packs SPARSE index/value short words from the top bit down (the spec example, log2m 11, regwidth 6)', () => {
    // register 11 = 6: trailing zeros of h >>> 11 must be 5, so bit 16 is the lowest bit above the index
    const s = new PgHll({ log2m: 11, regwidth: 6, expthresh: 0 });
    s.addHash(0, (1 << 16) | 11).addHash(0, (1 << 29) | 1099);
    // The spec's worked example prints the fourth octet 0b10110100 as 0x5B; its bits say 0xB4.
    expect(hex(s)).toBe('\\x13ab40016344b4c0');
    const r = parsePgHll(hex(s)).registers();
    expect([r[11], r[1099], r.reduce((a, b) => a + b, 0)]).toEqual([6, 19, 25]);
  });

  it('packs FULL register values MSB first, with zero padding at the end', () => {
    const s = new PgHll({ log2m: 4, regwidth: 5, expthresh: 0, sparseon: false });
    // registers 1, 2, 3 get the values 1, 2, 3 (bits 4, 5, 6 above a 4-bit index)
    s.addHash(0, (1 << 4) | 1)
      .addHash(0, (1 << 5) | 2)
      .addHash(0, (1 << 6) | 3);
    // 0,1,2,3 then twelve zeros: 00000 00001 00010 00011 0… → 0x00 0x44 0x30 0x00…
    expect(hex(s)).toBe('\\x14840000443000000000000000');
    expect([...parsePgHll(hex(s)).registers().slice(0, 5)]).toEqual([0, 1, 2, 3, 0]);
  });

  it('sets the register of the low log2m bits to 1 + trailing zeros of the rest, capped at 2^regwidth − 1, and ignores a zero rest', () => {
    const s = new PgHll({ expthresh: 0 });
    s.addBigInt(2048n); // index 0, rest 1 → 1
    s.addBigInt(-1n); // index 2047, rest all ones → 1
    s.addBigInt(1n << 50n); // index 0, rest 2^39 → 40, capped to 31
    s.addBigInt(5n); // index 5, rest 0 → nothing
    const r = s.registers();
    expect([r[0], r[2047], r[5]]).toEqual([31, 1, 0]);
    expect(hex(s)).toBe('\\x138b40001fffe1');
  });

  it('promotes EXPLICIT after its threshold (160 hashes for 11/5) and writes SPARSE while smaller than FULL', () => {
    expect(explicitThreshold(new PgHll().params)).toBe(160);
    const s = new PgHll();
    for (let i = 1; i <= 160; i++) s.addHash(i, 2048 * i);
    expect(s.kind).toBe('EXPLICIT');
    s.addHash(161, 2048 * 161);
    expect(s.kind).toBe('SPARSE');
    const t = new PgHll({ expthresh: 0 });
    for (let i = 0; i < 639; i++) t.addHash(0, 2048 | i);
    expect(t.kind).toBe('SPARSE'); // 639 × 16 bits = 1278 bytes < 1280
    t.addHash(0, 2048 | 639);
    expect(t.kind).toBe('FULL'); // 1280 bytes is no longer smaller
    expect(hex(t).length).toBe(2 + 2 * (3 + 1280));
    expect(hex(parsePgHll(hex(t)))).toBe(hex(t));
  });

  it('unions losslessly: the union of two halves equals the sketch of the whole', () => {
    const a = new PgHll();
    const b = new PgHll();
    const all = new PgHll();
    for (let i = 0; i < 5000; i++) {
      const h = federatedHash(`beneficiary-${i}`, 'kunci-uji-federasi');
      (i % 3 ? a : b).addBigInt(h);
      all.addBigInt(h);
    }
    expect(hex(a.clone().union(b))).toBe(hex(all));
    expect(hex(b.clone().union(a))).toBe(hex(all));
  });

  it('refuses to union sketches with other parameters, as the extension does', () => {
    expect(() => new PgHll().union(new PgHll({ expthresh: 0 }))).toThrow(/expthresh/);
    try {
      new PgHll().union(new PgHll({ log2m: 12 }));
    } catch (e) {
      expect((e as TakarError).issues[0]?.code).toBe('impact/incompatible-sketch');
    }
  });

  it('refuses malformed bytes with impact/invalid-sketch and the place', () => {
    const cases = [
      '\\x',
      '\\x118b',
      '\\x218b7f',
      '\\x108b7f',
      '\\x128b7f00',
      '\\x148b7f00',
      'zz',
      '\\x128b7f00000000000000020000000000000001',
    ];
    for (const c of cases) {
      const r = safeParsePgHll(c, ['a.csv', 'line', 2, 'sketch']);
      expect(r.ok, c).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe('impact/invalid-sketch');
        expect(r.issues[0]?.path).toEqual(['a.csv', 'line', 2, 'sketch']);
      }
    }
  });

  it('estimates like the extension: linear counting while the raw estimate is below 5m/2', () => {
    const s = new PgHll({ expthresh: 0 });
    for (let i = 0; i < 640; i++) s.addHash(0, 2048 | i);
    expect(s.cardinality()).toBeCloseTo(2048 * Math.log(2048 / 1408), 9);
  });
});

describe('PgHll estimate', () => {
  const z95 = 1.959963984540054;
  const outside = (n: number, pick: (s: PgHll) => number): number => {
    let count = 0;
    for (let t = 0; t < 200; t++) {
      const next = xoshiro128(t * 977 + n);
      const s = new PgHll({ expthresh: 0 });
      for (let i = 0; i < n; i++) s.addHash(next(), next());
      if (Math.abs(pick(s) / n - 1) > z95 * s.standardError) count++;
    }
    return count / 200;
  };

  it("keeps its 95 % interval near the linear-counting switch, where the extension's estimator does not", () => {
    // 5,000 keys ≈ 2.4·m for m = 2048 (seeded: the same 200 sketches every run)
    expect(outside(5000, (s) => s.estimate())).toBeLessThan(0.08);
    expect(outside(5000, (s) => s.cardinality())).toBeGreaterThan(0.15);
    expect(outside(100_000, (s) => s.estimate())).toBeLessThan(0.09);
  });

  it('is exact while EXPLICIT and 0 when empty', () => {
    const s = new PgHll();
    expect(s.estimate()).toBe(0);
    for (let i = 1; i <= 100; i++) s.addHash(i, i);
    expect(s.estimate()).toBe(100);
  });
});

describe('sketch document', () => {
  it('validates against the published sketch.schema.json and reads back to the same sketches', () => {
    const a = new PgHll().addBigInt(7n);
    const b = new PgHll();
    for (let i = 0; i < 1000; i++) b.addHash(i * 2654435761, i);
    const doc = sketchDocument(
      [
        { group: '33.72', sketch: a, records: 1 },
        { group: '32.73', sketch: b, records: 1000 },
      ],
      { groupBy: 'region', source: 'dinsos', keyCheck: keyCheck('kunci-uji-federasi') },
    );
    expect(doc.groups.map((g) => g.group)).toEqual(['32.73', '33.72']);
    const validate = new Ajv2020({ strict: false }).compile(jsonSchema('sketch.schema.json'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...doc, version: 2 })).toBe(false);
    const back = readSketchDocument(JSON.parse(JSON.stringify(doc)), 'd.json');
    expect(back.groups.map((g) => pgHllHex(g.sketch))).toEqual([pgHllHex(b), pgHllHex(a)]);
    expect(back.source).toBe('dinsos');
  });
});

describe('federated hash', () => {
  it('is the first 8 bytes of HMAC-SHA-256(key, normalised NIK) as a signed big-endian int64', () => {
    // HMAC-SHA-256("kunci-uji-federasi", "3273010101900001") = ba154aaba47e4d1e… (Python's hmac;
    // the PostgreSQL test checks pgcrypto agrees): its first byte is ≥ 0x80, so the int64 is negative.
    // Keys are at least 16 bytes, as every salt (impact/weak-salt).
    expect(federatedHash('3273010101900001', 'kunci-uji-federasi')).toBe(
      BigInt.asIntN(64, 0xba154aaba47e4d1en),
    );
    expect(federatedHash('3273 0101.0190-0001', 'kunci-uji-federasi')).toBe(
      BigInt.asIntN(64, 0xba154aaba47e4d1en),
    );
    expect(federatedHash(' 3273010101900001 ', 'kunci-uji-federasi')).toBe(
      BigInt.asIntN(64, 0xba154aaba47e4d1en),
    );
    // a MAC whose first byte is ≥ 0x80 is negative
    const values = Array.from({ length: 50 }, (_, i) =>
      federatedHash(`32730101019${String(i).padStart(5, '0')}`, 'kunci-uji-federasi'),
    );
    expect(values.some((v) => v < 0n) && values.some((v) => v > 0n)).toBe(true);
    expect(federatedHash('3273010101900001', 'kunci-uji-lainnya-1')).not.toBe(
      BigInt.asIntN(64, 0xba154aaba47e4d1en),
    );
  });

  it('gives a key check of 16 hex digits that differs between keys', () => {
    expect(keyCheck('kunci-uji-federasi')).toMatch(/^[0-9a-f]{16}$/);
    expect(keyCheck('kunci-uji-federasi')).not.toBe(keyCheck('kunci-uji-federasj'));
  });
});
