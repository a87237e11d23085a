import { say } from '../locale/say.js';
import { TakarError, issue, reachTarget, whatIf, type ReachTargetResult } from '@takar/core';
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
          say(
            `Mengisi ${indicator} ${unit} dengan ${value ?? 'kosong'}: ${w.moves.length} unit berpindah pada ${w.node}\n\n`,
            `Setting ${indicator} of ${unit} to ${value ?? 'missing'}: ${w.moves.length} unit(s) move at ${w.node}\n\n`,
          ) +
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
            : say('Tidak ada yang berubah.\n', 'Nothing changes.\n')),
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
      text: () =>
        say(
          statementId(r, {
            unit,
            indicator,
            target:
              rankText !== undefined
                ? `peringkat ${rankText}`
                : `predikat ${optional(args, 'target-band') as string}`,
            byRank: rankText !== undefined,
            scale: inputs.tree.byCode.get(indicator)?.scale !== undefined,
          }),
          r.statement,
        ) + '\n',
    },
    outputFormat(args),
  );
  return 0;
}

/**
 * The statement of `reachTarget` (English in core) in Indonesian, from the same numbers: what it
 * takes, that the unit is there already, or that nothing within the range does.
 */
function statementId(
  r: ReachTargetResult,
  o: { unit: string; indicator: string; target: string; byRank: boolean; scale: boolean },
): string {
  const show = (x: number): string => String(Number(x.toPrecision(6)));
  const text = (x: number): string => (r.decimals <= 14 ? x.toFixed(r.decimals) : show(x));
  const state = (s: ReachTargetResult['current']): string =>
    o.byRank ? `peringkat ${s.rank ?? '–'}` : `predikat ${s.band ?? '–'}`;
  const x0 = r.current.value;
  if (!r.reachable)
    return `Tidak ada nilai ${o.indicator} dalam ${o.scale ? 'skalanya' : 'rentang yang teramati'} [${show(r.range[0])}, ${show(r.range[1])}] yang membawa ${o.unit} ke ${o.target}: pada ${show(r.reached.value as number)} ${o.unit} mencapai ${state(r.reached)}.`;
  if (r.change === 0) return `${o.unit} sudah mencapai ${o.target} (${state(r.current)}).`;
  const value = r.reached.value as number;
  if (x0 === null && r.statement.includes(' with any value '))
    return `${o.unit} mencapai ${o.target} dengan nilai ${o.indicator} berapa pun dalam rentang, mis. ${show(value)}.`;
  const per =
    r.per && r.per.value !== null
      ? ` (${text(r.per.value)} per ${r.per.denominator}; dicari dalam satuan itu)`
      : '';
  const fromTo =
    x0 === null
      ? `${o.indicator} (kini kosong) menjadi ${text(value)}${per}`
      : `${o.indicator} dari ${show(x0)} menjadi ${text(value)}${per} (${value > x0 ? '+' : ''}${text(r.change as number)})`;
  const verb = x0 === null ? 'Mengisi' : value > x0 ? 'Menaikkan' : 'Menurunkan';
  return `${verb} ${fromTo} memindahkan ${o.unit} dari ${state(r.current)} ke ${state(r.reached)}.`;
}

function fmt(x: number | null): string {
  return x === null ? '–' : x.toFixed(3);
}
