import type { ParsedArgs } from '../args.js';
import type { DataReadOptions } from '../load/read-data.js';
import type { LoadedFramework } from '../load/read-framework.js';
import { listFlag } from './list-flag.js';
import { csvOptions, optional, yearFlag } from './shared-flags.js';

/**
 * How to read `--data`, from the command line and the framework: number format (`--decimal`,
 * `--thousands`, `--missing`), columns (`--region-column`, `--name-column`, `--ignore-columns`,
 * `--group-columns`, plus the groups and denominators a COINr table declares), `--sheet` and the
 * year whose rows give the unit attributes.
 *
 * @example
 * ```ts
 * const options = dataReadOptions(args, loaded);
 * ```
 */
export function dataReadOptions(
  args: ParsedArgs,
  loaded: LoadedFramework,
  extra: { allYears?: boolean } = {},
): DataReadOptions {
  const year = yearFlag(args);
  const groups = [...(loaded.groups ?? []), ...listFlag(optional(args, 'group-columns'))];
  const ignore = listFlag(optional(args, 'ignore-columns'));
  const v = (name: string): string | undefined => optional(args, name);
  return {
    ...csvOptions(args),
    ...(groups.length ? { groups: [...new Set(groups)] } : {}),
    ...(ignore.length ? { ignore } : {}),
    ...(loaded.denominators ? { denominators: loaded.denominators } : {}),
    ...(loaded.others?.length ? { others: loaded.others } : {}),
    ...(year !== undefined ? { attributesYear: year } : {}),
    ...(extra.allYears ? { allYears: true } : {}),
    ...(v('region-column') !== undefined ? { regionColumn: v('region-column') as string } : {}),
    ...(v('name-column') !== undefined ? { nameColumn: v('name-column') as string } : {}),
    ...(v('sheet') !== undefined ? { sheet: v('sheet') as string } : {}),
  };
}
