// Types of build.mjs, for the tests that call it.
/** Where the studio's bundle is written (packages/studio/dist). */
export const OUT: string;
/** The element bundle the published site carries (packages/elements/dist/cdn). */
export const CDN_BUNDLE: string;
/** The studio's copy of it, one zip (dist/site-bundle.zip). */
export const SITE_BUNDLE: string;
/** True when dist/studio.js or the bundle's copy is missing or older than their sources. */
export function isStale(): boolean;
/** Packs the element bundle (source maps left out) into one zip; returns the files packed. */
export function packSiteBundle(from?: string, to?: string): { path: string; bytes: number }[];
/** Bundles the studio into `folder`/dist (default packages/studio) with the element bundle's copy and the manifest. */
export function buildStudio(folder?: string): Promise<Record<string, number>>;
/** dist/studio-manifest.json: the files of a hosted studio folder. */
export const STUDIO_MANIFEST: string;
