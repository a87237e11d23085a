/**
 * @takar/cli: the `takar` command line (`takar score`, `takar stats`), callable in-process.
 * @packageDocumentation
 */
export { main, CLI_VERSION } from './main.js';
export { nodeIo, type CliIo } from './io.js';
export { HELP, HELP_COMMANDS, helpText, methodHelp } from './help.js';
export { parseArgs, type ParsedArgs } from './args.js';
export {
  aggregateFlag,
  imputeFlag,
  methodFlag,
  methodSyntaxes,
  normaliseFlag,
  screenFlag,
  treatFlag,
} from './pipeline-flags.js';
