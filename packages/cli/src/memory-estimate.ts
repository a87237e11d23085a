import { TakarError, issue } from '@takar/core';
import type { CliIo } from './io.js';

/** What a size flag costs: `fixed` bytes plus `perUnit` bytes for each unit of its value. */
export interface SizeCost {
  /** The flag, without `--` (e.g. `runs`). */
  flag: string;
  value: number;
  perUnit: number;
  fixed?: number;
  /** What is held, for the message (e.g. `ranks of 491 units in each run`). */
  what: string;
}

/** Estimates from this size up are printed before the run. */
const PRINT_FROM = 64 * 2 ** 20;

/** The share of the available memory a run may plan to use. */
const SHARE = 0.75;

/**
 * The memory a run may use: `TAKAR_MEMORY_LIMIT` when set (bytes, or with KB, MB, GB, KiB, MiB,
 * GiB), else what the system has available now (`process.availableMemory()`, which respects a
 * container's limit).
 *
 * @example
 * ```ts
 * availableMemory(); // 8_375_123_968
 * ```
 */
export function availableMemory(): number {
  const set = process.env['TAKAR_MEMORY_LIMIT'];
  if (set === undefined || set.trim() === '') return process.availableMemory();
  const m = /^\s*(\d+(?:\.\d+)?)\s*(|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$/i.exec(set);
  if (!m)
    throw new TakarError(
      issue(
        'cli/usage',
        ['TAKAR_MEMORY_LIMIT'],
        `TAKAR_MEMORY_LIMIT must be a size such as 4GB or 512MiB; got "${set}".`,
      ),
    );
  const unit = (m[2] ?? '').toLowerCase();
  const scale: Record<string, number> = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
  };
  return Math.floor(Number(m[1]) * (scale[unit] as number));
}

/** A byte count for people: `3.7 MiB`, `1.2 GiB`. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let x = n;
  let k = 0;
  while (x >= 1024 && k < units.length - 1) {
    x /= 1024;
    k++;
  }
  return k === 0 ? `${Math.round(x)} bytes` : `${x.toFixed(1)} ${units[k]}`;
}

/**
 * Checks a size flag against the memory before anything is allocated: prints the estimate on
 * stderr (from 64 MiB up) and refuses (`cli/too-large`, exit 1) a value whose estimate is above three quarters of
 * the available memory, naming the largest value that fits. Above a third it warns.
 *
 * @example
 * ```ts
 * checkMemory(io, { flag: 'runs', value: 1000, perUnit: 491 * 8, what: 'ranks of 491 units per run' });
 * ```
 */
export function checkMemory(io: CliIo, cost: SizeCost, available = availableMemory()): void {
  const fixed = cost.fixed ?? 0;
  const need = fixed + cost.value * cost.perUnit;
  const budget = Math.floor(available * SHARE);
  const largest = Math.max(0, Math.floor((budget - fixed) / cost.perUnit));
  if (need > budget)
    throw new TakarError(
      issue(
        'cli/too-large',
        [`--${cost.flag}`],
        `--${cost.flag} ${cost.value} needs about ${formatBytes(need)} (${cost.what}), more than the ${formatBytes(budget)} takar may use (3/4 of the ${formatBytes(available)} available); the largest --${cost.flag} that fits is ${largest}.`,
      ),
    );
  // Small runs stay quiet; a run that needs real memory says how much before it starts.
  if (need >= PRINT_FROM || need > available / 3)
    io.stderr(
      `takar: memory estimate for --${cost.flag} ${cost.value}: about ${formatBytes(need)} (${cost.what}) of ${formatBytes(available)} available\n`,
    );
  if (need > available / 3)
    io.stderr(
      `warning cli/too-large at --${cost.flag}: the run will use over a third of the available memory; --${cost.flag} ${largest} is the most that fits.\n`,
    );
}
