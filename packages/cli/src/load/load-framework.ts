import { existsSync } from 'node:fs';
import { TakarError, issue } from '@takar/core';
import { findFramework, listFrameworks } from '@takar/indonesia';
import { pathIn, type CliIo } from '../io.js';
import { readFramework, type LoadedFramework } from './read-framework.js';
import { extensionOf } from './read-text.js';

/**
 * What a `--framework` value names, decided before anything is read: a file when it contains a
 * path separator, has an extension (`f.json`, `meta.csv`) or names an existing file; otherwise the
 * id of a shipped framework.
 *
 * @example
 * ```ts
 * frameworkSource(io, 'spbe-2020'); // 'id'
 * frameworkSource(io, 'meta.csv'); // 'file'
 * ```
 */
export function frameworkSource(io: CliIo, value: string): 'file' | 'id' {
  if (/[/\\]/.test(value) || extensionOf(value) !== '') return 'file';
  return existsSync(pathIn(io, value)) ? 'file' : 'id';
}

/**
 * Reads `--framework`: a framework file (JSON, COINr-style CSV or a workbook's iMeta sheet) or the
 * id of a framework shipped with `@takar/indonesia` (`smart-city`, `spbe-2020`), scored with its
 * own default pipeline (see {@link frameworkSource}). A missing file is `io/not-found`; an id that
 * is not shipped is `framework/unknown-id`, listing the shipped ids.
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
  if (frameworkSource(io, value) === 'file') return readFramework(io, value, delimiter);
  const shipped = findFramework(value);
  if (shipped) return { framework: shipped };
  const ids = listFrameworks().map((f) => f.id);
  throw new TakarError(
    issue(
      'framework/unknown-id',
      ['framework'],
      `"${value}" is not a shipped framework (${ids.join(', ')}; see takar framework --list) and no file of that name exists; give one of those ids or a framework file (.json, .csv or .xlsx).`,
    ),
  );
}
