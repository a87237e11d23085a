import { say } from '../locale/say.js';
import {
  IndicatorStageSchema,
  PipelineConfigSchema,
  STAGE_NAMES,
  TakarError,
  bandGaps,
  fromZodError,
  issue,
  parseCsv,
  parseFramework,
  parseNumber,
  quoteCell,
  resultsDocument,
  resultsJson,
  runPipeline,
  throwIfAny,
  type BandGap,
  type PipelineConfig,
  type StageName,
  safeParseKeepingProto,
} from '@takar/core';
import { parseArgs, type ParsedArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { readData } from '../load/read-data.js';
import { loadFramework } from '../load/load-framework.js';
import { extensionOf, parseJson, readText } from '../load/read-text.js';
import {
  aggregateFlag,
  imputeFlag,
  normaliseFlag,
  screenFlag,
  treatFlag,
} from '../pipeline-flags.js';
import { dataFlag, frameworkFlag } from './data-flag.js';
import { outputFormat } from '../output/output-format.js';
import { scoreSheets, scoreTables } from '../output/score-tables.js';
import { checkOut, csvText } from '../write-output.js';
import { workbookBytes } from '../xlsx/write-workbook.js';
import { dataReadOptions } from './data-options.js';
import { acrossYears } from './normalise-across.js';
import { withLevelAggregation } from './level-aggregation.js';
import {
  SCORING_SWITCHES,
  SCORING_VALUED,
  csvOptions,
  optional,
  yearFlag,
} from './shared-flags.js';

const VALUED = [...SCORING_VALUED, 'until', 'out', 'out-ranks', 'title'];
const SWITCHES = [...SCORING_SWITCHES, 'pretty', 'raw'];

/**
 * `takar score`: reads a framework and data, runs the pipeline and writes the results document
 * (JSON) or wide score and rank tables (CSV).
 *
 * @example
 * ```ts
 * await scoreCommand(['--framework', 'meta.csv', '--data', 'data.csv', '--out', 'scores.csv'], io);
 * ```
 */
export async function scoreCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, VALUED, SWITCHES);
  if (args.positional.length) {
    throw new TakarError(
      issue(
        'cli/usage',
        ['argv'],
        `Unexpected argument "${args.positional[0]}"; options start with --.`,
      ),
    );
  }
  const loaded = await loadFramework(io, frameworkFlag(args), csvOptions(args).delimiter);
  loaded.framework = withLevelAggregation(loaded.framework, optional(args, 'aggregate-level'));
  const tree = parseFramework(loaded.framework);
  const flags = await pipelineFromFlags(
    args,
    io,
    (tree.framework as { pipeline?: PipelineConfig }).pipeline,
  );
  const year = yearFlag(args);
  const data = await readData(io, dataFlag(args), tree, dataReadOptions(args, loaded));
  const pipeline = acrossYears(args, io, tree, data, flags);
  const until = untilFlag(args);
  // The tree is used as it is: the framework is not parsed again.
  const run = runPipeline(tree, data, {
    pipeline,
    ...(year !== undefined ? { year } : {}),
    ...(until ? { until } : {}),
  });
  const out = optional(args, 'out');
  const outRanks = optional(args, 'out-ranks');
  checkOut(out);
  if (outRanks && !run.ranks) {
    throw new TakarError(
      issue(
        'cli/usage',
        ['--out-ranks'],
        `--out-ranks needs ranks, but the run stops after "${until}"; drop --until or --out-ranks.`,
      ),
    );
  }
  const format = outputFormat(args);
  const tables = scoreTables(run);
  // Scores are shown with the decimals the framework publishes (default 2).
  const shown = tree.framework.digits ?? 2;
  const ext = out === undefined ? 'json' : extensionOf(out);
  const hasBands = tree.framework.nodes.some((n) => n.bands?.length) || !!tree.framework.bands;
  // The band-gap report reads the document (small for frameworks with bands).
  const raw = args.flags.get('raw') === true;
  const doc = hasBands ? resultsDocument(run, optional(args, 'title'), { raw }) : null;
  if (ext === 'json') {
    // Compact by default (--pretty indents), built and written column by column: 10^6 units are
    // never one string. Raw values are in the data file already; --raw also writes them.
    const pretty = args.flags.get('pretty') === true;
    const pieces = function* () {
      // The document built for the band-gap report is written as it is, not built again.
      yield* resultsJson(doc ?? run, optional(args, 'title'), { pretty, raw });
      yield '\n';
    };
    if (out === undefined) for (const piece of pieces()) io.stdout(piece);
    else await io.writeFile(pathIn(io, out), pieces());
  } else if (ext === 'csv') {
    await io.writeFile(pathIn(io, out as string), csvText(tables.scores, format, {}, shown));
  } else if (ext === 'xlsx') {
    // Sheets skor and peringkat (see scoreSheets), headers in --lang.
    await io.writeFile(
      pathIn(io, out as string),
      await workbookBytes(scoreSheets(run), format.lang),
    );
  } else {
    throw new TakarError(
      issue(
        'cli/usage',
        ['--out'],
        `--out must end in .json (results document), .csv (wide scores) or .xlsx (scores and ranks); got "${out}".`,
      ),
    );
  }
  if (outRanks && tables.ranks)
    await io.writeFile(pathIn(io, outRanks), csvText(tables.ranks, format));
  if (doc) for (const line of bandGapWarnings(bandGaps(doc), shown)) io.stderr(line);
  const kept = run.units.length;
  const note = run.until
    ? say(` (berhenti setelah ${run.until})`, ` (stopped after ${run.until})`)
    : '';
  io.stderr(
    say(
      `takar: ${kept} unit diskor pada ${tree.indicators.length} indikator${note}${out ? ` → ${out}` : ''}\n`,
      `takar: scored ${kept} units on ${tree.indicators.length} indicators${note}${out ? ` → ${out}` : ''}\n`,
    ),
  );
  return 0;
}

/**
 * One warning line per node whose bands leave units out (in a gap, or beyond the first or last
 * band), naming the first ten units with their scores (to `digits` decimals) and the bands around
 * them.
 */
export function bandGapWarnings(gaps: readonly BandGap[], digits = 2): string[] {
  const byNode = new Map<string, BandGap[]>();
  for (const g of gaps) byNode.set(g.node, [...(byNode.get(g.node) ?? []), g]);
  return [...byNode].map(([node, list]) => {
    const shown = list.slice(0, 10).map((g) => {
      const below = g.below ? `"${g.below.code}" ends at ${g.below.max}` : 'no band below';
      const above = g.above ? `"${g.above.code}" starts at ${g.above.min}` : 'no band above';
      // The score as published (the framework's decimals), e.g. 3.17 for 3.1666…
      return `${g.unit} (${Number(g.score.toFixed(digits))}: ${below}, ${above})`;
    });
    const more = list.length > 10 ? ` and ${list.length - 10} more` : '';
    return `warning framework/band-gap at ${node}: ${list.length} unit${list.length === 1 ? ' has a score' : 's have scores'} in no band, so ${list.length === 1 ? 'its' : 'their'} band is empty (null): ${shown.join('; ')}${more}. Close the gap (each band's min = the previous max) or add a band.\n`;
  });
}

/** The pipeline of `--config` and the pipeline flags (shared by every scoring command). */
export async function pipelineFromFlags(
  args: ParsedArgs,
  io: CliIo,
  frameworkPipeline?: PipelineConfig,
): Promise<PipelineConfig> {
  let base: PipelineConfig = {};
  const config = optional(args, 'config');
  if (config) {
    const json = parseJson(await readText(io, config, 'config'), config, 'pipeline/invalid');
    const inner =
      json && typeof json === 'object' && 'pipeline' in json && !('nodes' in json)
        ? (json as { pipeline: unknown }).pipeline
        : json;
    const parsed = safeParseKeepingProto(PipelineConfigSchema, inner);
    if (!parsed.success) throwIfAny(fromZodError(parsed.error, 'pipeline/invalid', ['config']));
    base = parsed.data as PipelineConfig;
  }
  const p: PipelineConfig = { ...base };
  const v = (n: string): string | undefined => optional(args, n);
  if (args.flags.get('denominate') === true) p.denominate = true;
  if (v('screen') !== undefined) p.screen = screenFlag(v('screen') as string);
  if (v('impute') !== undefined) p.impute = imputeFlag(v('impute') as string);
  if (v('treat') !== undefined)
    p.treat = {
      ...treatFlag(v('treat') as string),
      ...(base.treat?.overrides ? { overrides: base.treat.overrides } : {}),
    };
  if (v('normalise') !== undefined) p.normalise = normaliseFlag(v('normalise') as string);
  if (v('aggregate') !== undefined) p.aggregate = aggregateFlag(v('aggregate') as string);
  if (v('min-available') !== undefined) {
    // COINr's dat_thresh per aggregate: a node with fewer children present is missing.
    const share = shareOf(v('min-available') as string, 'min-available');
    p.aggregate = {
      ...(p.aggregate ?? frameworkPipeline?.aggregate ?? { method: 'amean' }),
      minAvailable: share,
    };
  }
  if (v('screen-zeros') !== undefined) {
    // Units with fewer non-zero values than the share are screened out (with --screen: either rule).
    const share = shareOf(v('screen-zeros') as string, 'screen-zeros');
    const screen = p.screen ?? frameworkPipeline?.screen;
    p.screen = {
      minAvailability: screen?.minAvailability ?? 0,
      minNonZero: share,
      by: screen ? 'both' : 'zeros',
    };
  }
  if (v('group-ranks') !== undefined)
    p.groupRanks = (v('group-ranks') as string)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (v('order') !== undefined) {
    const stages = (v('order') as string).split(',').map((s) => s.trim());
    const bad = stages.find((s) => !IndicatorStageSchema.safeParse(s).success);
    if (bad)
      throw new TakarError(
        issue(
          'cli/usage',
          ['--order'],
          `Unknown stage "${bad}" in --order; use denominate, screen, impute, treat, normalise.`,
        ),
      );
    p.order = stages as PipelineConfig['order'];
  }
  const w = v('weights');
  if (w !== undefined) p.weights = await weightsFlag(io, w);
  return p;
}

async function weightsFlag(
  io: CliIo,
  value: string,
): Promise<NonNullable<PipelineConfig['weights']>> {
  const ext = extensionOf(value);
  if (ext === 'json') {
    const json = parseJson(await readText(io, value, 'weights'), value, 'pipeline/invalid');
    if (
      !json ||
      typeof json !== 'object' ||
      Array.isArray(json) ||
      Object.values(json).some((x) => typeof x !== 'number' || !Number.isFinite(x))
    ) {
      throw new TakarError(
        issue(
          'pipeline/invalid',
          ['--weights'],
          `"${value}" must hold an object of node code → weight.`,
        ),
      );
    }
    return json as Record<string, number>;
  }
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const t = parseCsv(await readText(io, value, 'weights'));
    const codeCol = ['code', 'iCode', 'node'].map((n) => t.names.indexOf(n)).find((k) => k >= 0);
    const wCol = ['weight', 'Weight'].map((n) => t.names.indexOf(n)).find((k) => k >= 0);
    if (codeCol === undefined || wCol === undefined) {
      throw new TakarError(
        issue(
          'pipeline/invalid',
          ['--weights'],
          `"${value}" needs columns "code" and "weight" (or COINr's iCode and Weight).`,
        ),
      );
    }
    // A null-prototype object, so a node coded "__proto__" is a weight like any other.
    const out: Record<string, number> = Object.create(null) as Record<string, number>;
    const bad = [];
    for (let r = 0; r < t.rowCount; r++) {
      const code = String((t.columns[codeCol] as ArrayLike<unknown>)[r]);
      const cell = String((t.columns[wCol] as ArrayLike<unknown>)[r] ?? '');
      // The same strict number rules as data cells: an empty cell is not 0, "0x10" is not 16.
      const w = cell.trim() === '' ? null : parseNumber(cell, { missing: [] });
      if (typeof w !== 'number' || !Number.isFinite(w)) {
        bad.push(
          issue(
            'pipeline/invalid',
            ['--weights', 'rows', r, t.names[wCol] as string],
            `${value}: row ${r + 1}, weight of "${code}" is ${cell.trim() === '' ? 'empty' : quoteCell(cell)}, not a number; write a decimal number with "." (e.g. 0.25).`,
          ),
        );
        continue;
      }
      out[code] = w;
    }
    throwIfAny(bad);
    return out;
  }
  return value; // the name of a weight set of the framework
}

function shareOf(text: string, flag: string): number {
  const x = Number(text);
  if (!(text.trim() !== '' && x >= 0 && x <= 1))
    throw new TakarError(
      issue(
        'cli/usage',
        [`--${flag}`],
        `--${flag} expects a share between 0 and 1; got "${text}".`,
      ),
    );
  return x;
}

function untilFlag(args: ParsedArgs): StageName | undefined {
  const u = optional(args, 'until');
  if (u === undefined) return undefined;
  if (!(STAGE_NAMES as readonly string[]).includes(u) || u === 'rank') {
    throw new TakarError(
      issue(
        'cli/usage',
        ['--until'],
        `--until must be denominate, screen, impute, treat, normalise or aggregate; got "${u}".`,
      ),
    );
  }
  return u as StageName;
}
