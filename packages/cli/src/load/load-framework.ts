import { TakarError, issue } from '@takar/core';
import { findFramework, listFrameworks } from '@takar/indonesia';
import type { CliIo } from '../io.js';
import { readFramework, type LoadedFramework } from './read-framework.js';
import { extensionOf } from './read-text.js';

/**
 * Reads `--framework`: a framework file (JSON or COINr-style CSV) or, when no such file exists, the
 * id of a framework shipped with `@takar/indonesia` (`smart-city`, `spbe-2020`), scored with its
 * own default pipeline.
 *
 * @example
 * ```ts
 * const { framework } = await loadFramework(io, 'spbe-2020');
 * ```
 */
export async function loadFramework(
  io: CliIo,
  value: string,
  delimiter?: ',' | ';' | '\t',
): Promise<LoadedFramework> {
  try {
    return await readFramework(io, value, delimiter);
  } catch (e) {
    if (!(e instanceof TakarError) || e.issues[0]?.code !== 'io/not-found') throw e;
    const shipped = findFramework(value);
    if (shipped) return { framework: shipped };
    if (extensionOf(value) !== '') throw e;
    const ids = listFrameworks().map((f) => f.id);
    throw new TakarError(
      issue(
        'io/not-found',
        ['framework'],
        `"${value}" is neither a framework file nor a shipped framework; give a .json or .csv file, or one of ${ids.join(', ')} (see takar framework --list).`,
      ),
    );
  }
}
