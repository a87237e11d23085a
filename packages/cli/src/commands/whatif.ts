import { TakarError, issue, reachTarget, whatIf } from '@takar/core';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { textTable } from '../text-table.js';
import { checkOut, tableOf, writeOutput } from '../write-output.js';
import { outputFormat } from '../output/output-format.js';
import { SCORING_SWITCHES, SCORING_VALUED, noPositional, scoringInputs } from './scoring-inputs.js';
import { csvOptions, flagNumber, optional, required } from './shared-flags.js';

/**
 * `takar whatif --unit U --indicator I`: with `--set <value>`, rescores with the unit's raw value
 * changed and lists who moved; with `--target-rank R` or `--target-band B`, finds the smallest
 * change of that indicator that reaches the rank or band (or says none can).
 *
 * @example
 * ```ts
 * await whatifCommand(['--framework', 'spbe-2020', '--example', '--unit', '32.73', '--indicator', 'i01', '--target-band', 'sangat-baik'], io);
 * ```
 */
export async function whatifCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    [...SCORING_VALUED, 'unit', 'indicator', 'set', 'target-rank', 'target-band', 'node', 'out'],
    [...SCORING_SWITCHES],
  );
  noPositional(args);
  const out = optional(args, 'out');
  checkOut(out);
  const unit = required(args, 'unit');
  const indicator = required(args, 'indicator');
  const modes = ['set', 'target-rank', 'target-band'].filter((m) => args.flags.has(m));
  if (modes.length !== 1)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--set'],
        'Give exactly one of --set <value>, --target-rank <rank> or --target-band <band code>.',
      ),
    );
  const setText = optional(args, 'set');
  // --set is read with the data's number format: --decimal , --set 3,97; a --missing token (or NA) is missing.
  const format = csvOptions(args);
  const missing = setText !== undefined && (format.missing ?? ['NA']).includes(setText.trim());
  const value =
    setText === undefined
      ? undefined
      : missing || setText === 'NA'
        ? null
        : flagNumber(setText, format);
  if (value === undefined && setText !== undefined)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--set'],
        `--set expects a number in the data's format${format.decimal === ',' ? ' (decimal comma)' : ''} (or NA for missing); got "${setText}".`,
      ),
    );
  const rankText = optional(args, 'target-rank');
  if (rankText !== undefined && !/^\d+$/.test(rankText))
    throw new TakarError(
      issue('cli/usage', ['--target-rank'], `--target-rank expects a rank ≥ 1; got "${rankText}".`),
    );
  const inputs = await scoringInputs(args, io);
  const node = optional(args, 'node');
  const common = {
    pipeline: inputs.pipeline,
    ...(inputs.year !== undefined ? { year: inputs.year } : {}),
    ...(node !== undefined ? { node } : {}),
  };
  if (value !== undefined) {
    const w = whatIf(inputs.framework, inputs.data, [{ unit, indicator, value }], common);
    const names = [
      'unit',
      'name',
      'scoreBefore',
      'scoreAfter',
      'rankBefore',
      'rankAfter',
      'bandBefore',
      'bandAfter',
    ];
    await writeOutput(
      io,
      out,
      {
        sheet: 'simulasi',
        json: () => ({ node: w.node, change: { unit, indicator, value }, moves: w.moves }),
        csv: () => tableOf(names, w.moves),
        text: () =>
          `Setting ${indicator} of ${unit} to ${value ?? 'missing'}: ${w.moves.length} unit(s) move at ${w.node}\n\n` +
          (w.moves.length
            ? textTable(
                ['unit', 'name', 'score', 'rank', 'band'],
                w.moves.map((m) => [
                  m.unit,
                  m.name,
                  `${fmt(m.scoreBefore)} → ${fmt(m.scoreAfter)}`,
                  `${m.rankBefore ?? '–'} → ${m.rankAfter ?? '–'}`,
                  m.bandBefore === m.bandAfter
                    ? (m.bandAfter ?? '–')
                    : `${m.bandBefore ?? '–'} → ${m.bandAfter ?? '–'}`,
                ]),
              )
            : 'Nothing changes.\n'),
      },
      outputFormat(args),
    );
    return 0;
  }
  const r = reachTarget(inputs.framework, inputs.data, {
    unit,
    indicator,
    target:
      rankText !== undefined
        ? { rank: Number(rankText) }
        : { band: optional(args, 'target-band') as string },
    ...common,
  });
  const unitName = (inputs.data as { units?: { code: string; name?: string }[] }).units?.find(
    (u) => u.code === unit,
  )?.name;
  const row = {
    unit,
    name: unitName ?? unit,
    indicator,
    reachable: r.reachable,
    change: r.change,
    valueNow: r.current.value,
    valueNeeded: r.reached.value,
    rankNow: r.current.rank,
    rankThen: r.reached.rank,
    bandNow: r.current.band,
    bandThen: r.reached.band,
    rangeLow: r.range[0],
    rangeHigh: r.range[1],
    statement: r.statement,
  };
  await writeOutput(
    io,
    out,
    {
      sheet: 'simulasi',
      json: () => r,
      csv: () => tableOf(Object.keys(row), [row]),
      text: () => `${r.statement}\n`,
    },
    outputFormat(args),
  );
  return 0;
}

function fmt(x: number | null): string {
  return x === null ? '–' : x.toFixed(3);
}
