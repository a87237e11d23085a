/** The engine's version, recorded in every results document. Keep in step with package.json. */
export const ENGINE_VERSION = '0.1.0';
/** The engine's package name. */
export const ENGINE_NAME = '@takar/core';
