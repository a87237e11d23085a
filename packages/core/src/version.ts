/**
 * The engine's version, recorded in every results document and printed by `takar --version`.
 * Written by `scripts/set-version.mjs` from the root package.json; never edit it by hand.
 *
 * @category Score
 */
export const ENGINE_VERSION = '0.1.0';
/**
 * The engine's package name.
 *
 * @category Score
 */
export const ENGINE_NAME = '@takar/core';
