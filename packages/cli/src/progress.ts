import type { CliIo } from './io.js';

/** Reports progress on stderr; `done()` ends the line. */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const SILENT: Progress = { update: () => undefined, done: () => undefined };

/**
 * A progress bar on stderr, shown only when stderr is a terminal or `--progress` was given: on a
 * terminal one line redrawn in place (`\r`), elsewhere a line every 10 %. Never on stdout, so piped
 * output stays clean.
 *
 * `counts` renders the numbers after the percentage (default ` done/total`).
 *
 * @example
 * ```ts
 * const bar = progressBar(io, 'uncertainty', args.flags.get('progress') === true);
 * bar.update(500, 1000); bar.done();
 * ```
 */
export function progressBar(
  io: CliIo,
  label: string,
  forced: boolean,
  counts: (done: number, total: number) => string = (d, t) => (t > 0 ? ` ${d}/${t}` : ''),
): Progress {
  const tty = io.stderrIsTTY === true;
  if (!tty && !forced) return SILENT;
  let lastTenth = -1;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const pct = Math.floor(share * 100);
      const shown = counts(done, total);
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        const filled = Math.round(share * 30);
        io.stderr(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${String(pct).padStart(3)} %${shown}`,
        );
        drawn = true;
      } else {
        const tenth = Math.floor(pct / 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        io.stderr(`${label}: ${pct} %${shown}\n`);
      }
    },
    done() {
      if (tty && drawn) io.stderr('\n');
      drawn = false;
    },
  };
}
