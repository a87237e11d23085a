import {
  TakarError,
  issue,
  parseFramework,
  resultsDocument,
  runPipeline,
  type FrameworkTree,
  type PipelineConfig,
  type ResultsDocument,
} from '@takar/core';
import type { ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { loadFramework } from '../load/load-framework.js';
import { readData } from '../load/read-data.js';
import type { LoadedFramework } from '../load/read-framework.js';
import { dataFlag, frameworkFlag } from './data-flag.js';
import { pipelineFromFlags } from './score.js';
import { dataReadOptions } from './data-options.js';
import { acrossYears } from './normalise-across.js';
import { csvOptions, optional, yearFlag } from './shared-flags.js';
import { withLevelAggregation } from './level-aggregation.js';

export { SCORING_SWITCHES, SCORING_VALUED } from './shared-flags.js';

/** What a scoring command reads: the framework, the data, the pipeline and the year. */
export interface ScoringInputs {
  loaded: LoadedFramework;
  framework: unknown;
  tree: FrameworkTree;
  data: unknown;
  pipeline: PipelineConfig;
  year?: number;
}

/**
 * Reads `--framework`, `--data` / `--example`, the pipeline flags and `--year`, as `takar score`
 * does. With `allYears`, the example data keeps every year (for trends).
 *
 * @example
 * ```ts
 * const inputs = await scoringInputs(parseArgs(argv, [...SCORING_VALUED], [...SCORING_SWITCHES]), io);
 * ```
 */
export async function scoringInputs(
  args: ParsedArgs,
  io: CliIo,
  options: {
    allYears?: boolean;
    across?: { default?: 'years' | 'none'; years?: readonly number[] };
  } = {},
): Promise<ScoringInputs> {
  const csv = csvOptions(args);
  const loaded = await loadFramework(io, frameworkFlag(args), csv.delimiter);
  loaded.framework = withLevelAggregation(loaded.framework, optional(args, 'aggregate-level'));
  const tree = parseFramework(loaded.framework);
  // The command line is checked before the data is read, so a typo does not wait for it.
  const flags = await pipelineFromFlags(
    args,
    io,
    (tree.framework as { pipeline?: PipelineConfig }).pipeline,
  );
  const year = yearFlag(args);
  const data = await readData(io, dataFlag(args), tree, dataReadOptions(args, loaded, options));
  const pipeline = acrossYears(args, io, tree, data, flags, options.across);
  return {
    loaded,
    framework: loaded.framework,
    tree,
    data,
    pipeline,
    ...(year !== undefined ? { year } : {}),
  };
}

/**
 * Scores the inputs (for `year`, default the inputs' year) into a results document.
 *
 * @example
 * ```ts
 * const results = scoreInputs(inputs);
 * ```
 */
export function scoreInputs(inputs: ScoringInputs, year = inputs.year): ResultsDocument {
  return resultsDocument(
    runPipeline(inputs.tree, inputs.data, {
      pipeline: inputs.pipeline,
      ...(year !== undefined ? { year } : {}),
    }),
  );
}

/** Throws a usage error for stray positional words. */
export function noPositional(args: ParsedArgs): void {
  if (args.positional.length)
    throw new TakarError(
      issue(
        'cli/usage',
        ['argv'],
        `Unexpected argument "${args.positional[0]}"; options start with --.`,
      ),
    );
}
