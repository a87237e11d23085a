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
