// Types of find-chromium.mjs, for the tests that launch Chromium.
/** The path of a Chromium/Chrome binary, or `undefined` if none is installed. */
export function findChromium(): string | undefined;
/** Flags for headless Chromium on these machines. */
export const CHROMIUM_ARGS: string[];
