/**
 * @takar/core: a generic composite-indicator engine.
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './schema/index.js';
export { parseFramework, type FrameworkTree } from './framework/parse-framework.js';
export { parseDataset, type DataMatrix } from './data/parse-dataset.js';
export { score, safeScore, type ScoreOptions } from './score.js';
export { minmax } from './normalise/minmax.js';
export { amean } from './aggregate/amean.js';
export { rankDescending } from './rank/rank.js';
export { assignBand } from './rank/band.js';
export { sha256Hex, canonicalJson } from './results/sha256.js';
export { ENGINE_NAME, ENGINE_VERSION } from './version.js';
