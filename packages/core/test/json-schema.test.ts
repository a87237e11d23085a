import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { JSON_SCHEMA_FILES, jsonSchema, score, type JsonSchemaFile } from '@takar/core';
import { asem } from './helpers/reference.js';

const dir = new URL('../schema/', import.meta.url);

describe('published JSON Schemas', () => {
  for (const file of Object.keys(JSON_SCHEMA_FILES) as JsonSchemaFile[]) {
    it(`schema/${file} is up to date with the zod schema (run \`npm run schema -w @takar/core\` if not)`, () => {
      const onDisk = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
      expect(onDisk).toEqual(jsonSchema(file));
    });
  }

  it('accepts the ASEM framework, data and a full results document, and rejects a broken one', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const { meta, data } = asem();
    const results = score(meta.framework, data, {
      pipeline: {
        denominate: true,
        impute: { method: 'group-mean', group: 'EurAsia_group' },
        treat: { method: 'default' },
        groupRanks: ['EurAsia_group'],
      },
    });
    const validators = new Map<JsonSchemaFile, ReturnType<typeof ajv.compile>>();
    const check = (file: JsonSchemaFile, value: unknown): boolean => {
      if (!validators.has(file)) validators.set(file, ajv.compile(jsonSchema(file)));
      const v = validators.get(file) as ReturnType<typeof ajv.compile>;
      const ok = v(JSON.parse(JSON.stringify(value))) as boolean;
      return ok;
    };
    expect(check('framework.schema.json', meta.framework)).toBe(true);
    expect(check('dataset.schema.json', data)).toBe(true);
    expect(check('results.schema.json', results)).toBe(true);
    expect(check('results.schema.json', { ...results, formatVersion: 2 })).toBe(false);
  });
});
