/**
 * @takar/cli: the `takar` command line (`takar score`, `takar stats`), callable in-process.
 * @packageDocumentation
 */
export { main, CLI_VERSION } from './main.js';
export { nodeIo, type CliIo } from './io.js';
export { HELP } from './help.js';
export { parseArgs, type ParsedArgs } from './args.js';
export {
  aggregateFlag,
  imputeFlag,
  normaliseFlag,
  screenFlag,
  treatFlag,
} from './pipeline-flags.js';

/** The package name. */
export const PACKAGE_NAME = '@takar/cli';
