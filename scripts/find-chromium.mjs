// Finds a Chromium binary: CHROME_PATH first, then Debian's and other usual places.
import { existsSync } from 'node:fs';

/** Returns the path of a Chromium/Chrome binary, or `undefined` if none is installed. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  return candidates.find((p) => p && existsSync(p));
}

/**
 * Flags for headless Chromium here: no sandbox (we run as root), no GPU, no /dev/shm, and none of
 * the background connections that this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
