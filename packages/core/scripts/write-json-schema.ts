// Writes packages/core/schema/*.json from the zod schemas (npm run schema -w @takar/core), with the
// property descriptions of json-schema-descriptions.ts (kept out of the zod schemas, which the
// browser bundles). test/json-schema.test.ts fails when these files are out of date.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILES, type JsonSchemaFile } from '../src/schema/json-schema.js';
import { describedJsonSchema } from './json-schema-descriptions.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const file of Object.keys(JSON_SCHEMA_FILES) as JsonSchemaFile[]) {
  // Formatted as the repository's prettier would, so `npm run lint` stays clean.
  const text = await format(JSON.stringify(describedJsonSchema(file)), { parser: 'json' });
  writeFileSync(dir + file, text);
  console.log(`wrote schema/${file}`);
}
