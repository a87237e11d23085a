// fflate for write-excel-file in the studio: its `zip` compresses files of 160 KB or more in
// workers started from `blob:` URLs, which `script-src 'self'` forbids (a results workbook's
// score sheet is larger). This module is fflate with `zip` done on the page's thread by
// `zipSync`; the studio's bundle (scripts/build.mjs) and the browser tests
// (web-test-runner.config.js) give it to write-excel-file in place of fflate, and to nothing else.
import { zipSync, type AsyncZipOptions, type AsyncZippable, type FlateCallback } from 'fflate';

export * from 'fflate';

/** fflate's `zip`, on this thread: the callback gets the archive, or the error. */
export function zip(
  data: AsyncZippable,
  opts: AsyncZipOptions | FlateCallback,
  cb?: FlateCallback,
): () => void {
  const done = (typeof opts === 'function' ? opts : cb) as FlateCallback;
  const options = typeof opts === 'function' ? {} : opts;
  let out: Parameters<FlateCallback>[1];
  try {
    out = zipSync(data as Parameters<typeof zipSync>[0], options) as Parameters<FlateCallback>[1];
  } catch (e) {
    queueMicrotask(() =>
      done(e as Parameters<FlateCallback>[0], null as unknown as Parameters<FlateCallback>[1]),
    );
    return () => {};
  }
  const archive = out;
  queueMicrotask(() => done(null, archive));
  return () => {};
}
