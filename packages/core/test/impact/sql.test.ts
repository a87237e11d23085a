import { describe, expect, it } from 'vitest';
import {
  distinctCountSql,
  parseGroupings,
  quoteIdentifier,
  quoteString,
} from '../../src/impact/index.js';

describe('quoting', () => {
  it('doubles quotes so a name or path cannot end the literal', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteIdentifier('a`b', 'spark')).toBe('`a``b`');
    expect(quoteString("x'); DROP TABLE t; --")).toBe("'x''); DROP TABLE t; --'");
    expect(quoteString('C:\\data\\a.csv', 'spark')).toBe("'C:\\\\data\\\\a.csv'");
    expect(() => quoteString('a\u0000b')).toThrow(/NUL/);
  });
});

describe('distinctCountSql', () => {
  it('writes one GROUP BY per grouping, joined by UNION ALL', () => {
    const sql = distinctCountSql({
      source: { path: "/tmp/o'brien/records.csv" },
      by: parseGroupings('region,province+dimension,national'),
    });
    expect(sql).toContain(
      "read_csv('/tmp/o''brien/records.csv', header = true, all_varchar = true)",
    );
    expect(sql.split('UNION ALL')).toHaveLength(3);
    expect(sql).toContain('GROUP BY "province", "dimension"');
    expect(sql).toContain('count(DISTINCT "key")');
    expect(sql).toContain('split_part(');
  });

  it('speaks each dialect', () => {
    const spark = distinctCountSql({
      source: { table: 'dw.records' },
      by: [['province']],
      dialect: 'spark',
      approx: true,
    });
    expect(spark).toContain('FROM `dw`.`records`');
    expect(spark).toContain('approx_count_distinct(`key`, 0.01)');
    expect(spark).toContain('substring_index(');
    const trino = distinctCountSql({
      source: { table: ['hive', 'dw', 'records'] },
      dialect: 'trino',
      approx: true,
      approxError: 0.001,
    });
    expect(trino).toContain('FROM "hive"."dw"."records"');
    expect(trino).toContain('approx_distinct("key", 0.0040625)');
    expect(distinctCountSql({ source: { table: 't' }, hash64: true })).toContain(
      'count(DISTINCT hash("key"))',
    );
    expect(distinctCountSql({ source: { table: 't' }, hash64: true, dialect: 'spark' })).toContain(
      'count(DISTINCT xxhash64(`key`))',
    );
    expect(distinctCountSql({ source: { table: 't' }, hash64: true, dialect: 'trino' })).toContain(
      'count(DISTINCT xxhash64(to_utf8("key")))',
    );
    expect(() => distinctCountSql({ source: { path: 'a.csv' }, dialect: 'trino' })).toThrow(
      /register the file as a table/,
    );
    expect(() => distinctCountSql({ source: { path: 'a.xlsx' } })).toThrow(/\.csv or \.parquet/);
  });

  it('maps renamed columns and quotes them', () => {
    const sql = distinctCountSql({
      source: { path: 'r.parquet' },
      columns: { key: 'nik_hash', region: 'kode "wilayah"' },
    });
    expect(sql).toContain('CAST("nik_hash" AS VARCHAR) AS "key"');
    expect(sql).toContain('CAST("kode ""wilayah""" AS VARCHAR) AS "region"');
  });
});
