import { z } from 'zod';
import { FrameworkSchema } from './framework.js';
import { DatasetSchema } from './data.js';
import { PipelineConfigSchema } from './pipeline.js';
import { ResultsDocumentSchema } from './results.js';
import { ImpactDocumentSchema } from './impact-document.js';
import { RegionDocumentSchema } from './region.js';
import { SketchDocumentSchema } from '../impact/sketch-document.js';
import { methodNameJsonSchema } from '../methods/method-schema.js';

/**
 * The published JSON Schemas, by file name under `@takar/core/schema/`.
 *
 * @category I/O
 */
export const JSON_SCHEMA_FILES = {
  'framework.schema.json': { schema: FrameworkSchema, title: 'Takar framework' },
  'dataset.schema.json': { schema: DatasetSchema, title: 'Takar dataset' },
  'pipeline.schema.json': { schema: PipelineConfigSchema, title: 'Takar pipeline configuration' },
  'results.schema.json': {
    schema: ResultsDocumentSchema,
    title: 'Takar results document (format 2)',
  },
  'region.schema.json': {
    schema: RegionDocumentSchema,
    title: "Takar region document (format 1): one region's results across the published years",
  },
  'impact.schema.json': {
    schema: ImpactDocumentSchema,
    title: 'Takar impact document (format 1): positively-affected citizens per region',
  },
  'sketch.schema.json': {
    schema: SketchDocumentSchema,
    title: "Takar sketch document (version 1): one agency's HyperLogLog sketches per group",
  },
} as const;

/**
 * The name of a published JSON Schema file.
 *
 * @category I/O
 */
export type JsonSchemaFile = keyof typeof JSON_SCHEMA_FILES;

/**
 * The JSON Schema (draft 2020-12) of one of Takar's documents, generated from its zod schema with
 * `z.toJSONSchema`, so the two can never drift apart. Written to `packages/core/schema/*.json` by
 * `npm run schema -w @takar/core`; a test regenerates and compares.
 *
 * @example
 * ```ts
 * const schema = jsonSchema('framework.schema.json');
 * schema.$id; // 'https://takar.dev/schema/framework.schema.json'
 * ```
 *
 * @category I/O
 */
export function jsonSchema(file: JsonSchemaFile): Record<string, unknown> {
  const { schema, title } = JSON_SCHEMA_FILES[file];
  // Method names are checked against the method tables; the JSON Schema lists them as an enum.
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: methodNameJsonSchema,
  }) as Record<string, unknown>;
  return { ...generated, $id: `https://takar.dev/schema/${file}`, title };
}
