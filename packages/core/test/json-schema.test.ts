import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { JSON_SCHEMA_FILES, jsonSchema, score, type JsonSchemaFile } from '@takar/core';
import { asem } from './helpers/reference.js';
import {
  describedJsonSchema,
  descriptionKeys,
  type JsonSchemaObject,
} from '../scripts/json-schema-descriptions.js';

const dir = new URL('../schema/', import.meta.url);
const files = Object.keys(JSON_SCHEMA_FILES) as JsonSchemaFile[];
const onDisk = (file: JsonSchemaFile): JsonSchemaObject =>
  JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as JsonSchemaObject;

const isObject = (x: unknown): x is JsonSchemaObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * JSON pointers of the places that lack a non-empty `description`: the root, every object schema
 * (one with `properties`) and every property, at any depth.
 */
function undescribed(schema: JsonSchemaObject): string[] {
  const missing: string[] = [];
  const visit = (s: unknown, pointer: string, mustDescribe: boolean): void => {
    if (!isObject(s)) return;
    const described = typeof s.description === 'string' && s.description.trim() !== '';
    if ((mustDescribe || isObject(s.properties)) && !described) missing.push(pointer || '/');
    for (const key of ['properties', '$defs']) {
      const map = s[key];
      if (isObject(map))
        for (const [name, sub] of Object.entries(map))
          visit(sub, `${pointer}/${key}/${name}`, key === 'properties');
    }
    for (const key of ['items', 'additionalProperties', 'not'])
      visit(s[key], `${pointer}/${key}`, false);
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
      const list = s[key];
      if (Array.isArray(list))
        list.forEach((sub, i) => visit(sub, `${pointer}/${key}/${i}`, false));
    }
  };
  visit(schema, '', true);
  return missing;
}

/** A schema without its descriptions (a property *named* `description` is a schema, so it stays). */
function withoutDescriptions(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutDescriptions);
  if (!isObject(x)) return x;
  return Object.fromEntries(
    Object.entries(x)
      .filter(([key, value]) => !(key === 'description' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDescriptions(value)]),
  );
}

describe('published JSON Schemas', () => {
  for (const file of files) {
    it(`schema/${file} is up to date with the zod schema and the descriptions (run \`npm run schema -w @takar/core\` if not)`, () => {
      expect(onDisk(file)).toEqual(describedJsonSchema(file));
    });

    it(`schema/${file} adds only descriptions to the zod schema's JSON Schema`, () => {
      expect(withoutDescriptions(onDisk(file))).toEqual(jsonSchema(file));
    });

    it(`schema/${file} describes the document, every object and every property`, () => {
      expect({
        onDisk: undescribed(onDisk(file)),
        generated: undescribed(describedJsonSchema(file)),
      }).toEqual({ onDisk: [], generated: [] });
    });
  }

  it('uses every entry of the descriptions table (remove or rename entries that match nothing)', () => {
    const used = new Set<string>();
    for (const file of files) describedJsonSchema(file, used);
    expect(descriptionKeys().filter((key) => !used.has(key))).toEqual([]);
  });

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
      if (!validators.has(file)) validators.set(file, ajv.compile(onDisk(file)));
      const v = validators.get(file) as ReturnType<typeof ajv.compile>;
      const ok = v(JSON.parse(JSON.stringify(value))) as boolean;
      return ok;
    };
    expect(check('framework.schema.json', meta.framework)).toBe(true);
    expect(check('dataset.schema.json', data)).toBe(true);
    expect(check('results.schema.json', results)).toBe(true);
    expect(check('results.schema.json', { ...results, formatVersion: 3 })).toBe(false);
  });
});
