// Writes packages/core/schema/*.json from the zod schemas (npm run schema -w @takar/core).
// test/json-schema.test.ts fails when these files are out of date.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILES, jsonSchema, type JsonSchemaFile } from '../src/schema/json-schema.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const file of Object.keys(JSON_SCHEMA_FILES) as JsonSchemaFile[]) {
  // Formatted as the repository's prettier would, so `npm run lint` stays clean.
  writeFileSync(dir + file, await format(JSON.stringify(jsonSchema(file)), { parser: 'json' }));
  console.log(`wrote schema/${file}`);
}
