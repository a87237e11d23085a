/**
 * @takar/core/arquero: reading arquero tables and Apache Arrow into Takar datasets.
 *
 * Kept apart from the main entry because arquero compiles expressions with `Function()` and must
 * not be loaded by code that runs under a strict Content-Security-Policy (the elements).
 * @packageDocumentation
 */
export { datasetFromArquero, tableFromArquero, type ArqueroLike } from './data/from-arquero.js';
export { datasetFromArrow } from './data/from-arrow.js';
