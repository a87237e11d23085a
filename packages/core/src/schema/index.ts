export { LabelSchema, labelText, type Label, type Lang } from './label.js';
export * from './pipeline.js';
export * from './framework.js';
export * from './data.js';
export * from './results.js';
export * from './impact-document.js';
export {
  RegionDocumentSchema,
  RegionNodeSchema,
  RegionPeersSchema,
  RegionScoresSchema,
  RegionYearSchema,
} from './region.js';
export { jsonSchema, JSON_SCHEMA_FILES, type JsonSchemaFile } from './json-schema.js';
export { safeParseKeepingProto } from './keep-proto.js';
