import { say } from '../locale/say.js';
import { TakarError, awards, issue, labelText, resultsView, type UnitResult } from '@takar/core';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { textTable } from '../text-table.js';
import { checkOut, tableOf, writeOutput } from '../write-output.js';
import { outputFormat } from '../output/output-format.js';
import { listFlag } from './compare.js';
import {
  SCORING_SWITCHES,
  SCORING_VALUED,
  noPositional,
  scoreInputs,
  scoringInputs,
} from './scoring-inputs.js';
import { optional } from './shared-flags.js';

/**
 * `takar awards`: the winner of each category (a node; default the index's children) among the
 * eligible units, with ties, the runner-up, the margin and why; `--one-per-unit` gives each unit
 * at most one award, `--min-coverage` requires data coverage, `--eligible <column>=<value>`
 * restricts to a group.
 *
 * @example
 * ```ts
 * await awardsCommand(['--framework', 'smart-city', '--example', '--one-per-unit'], io);
 * ```
 */
export async function awardsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    [...SCORING_VALUED, 'categories', 'min-coverage', 'eligible', 'out'],
    [...SCORING_SWITCHES, 'one-per-unit'],
  );
  noPositional(args);
  const out = optional(args, 'out');
  checkOut(out);
  const minText = optional(args, 'min-coverage');
  const minCoverage = minText === undefined ? undefined : Number(minText);
  if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 1))
    throw new TakarError(
      issue(
        'cli/usage',
        ['--min-coverage'],
        `--min-coverage must be a share between 0 and 1; got "${minText}".`,
      ),
    );
  const eligible = eligibleFlag(optional(args, 'eligible'));
  const results = scoreInputs(await scoringInputs(args, io));
  const root = resultsView(results).root;
  const categories = listFlag(optional(args, 'categories'));
  const a = awards(results, {
    categories: categories.length
      ? categories
      : results.framework.nodes.filter((n) => n.parent === root).map((n) => n.code),
    onePerUnit: args.flags.get('one-per-unit') === true,
    ...(minCoverage !== undefined ? { minCoverage } : {}),
    ...(eligible ? { eligible } : {}),
  });
  const names = new Map(results.units.codes.map((c, i) => [c, results.units.names[i] ?? c]));
  const rows = a.awards.map((w) => ({
    category: w.category,
    label: labelText(w.label, 'en'),
    winners: w.winners.join(' '),
    winnerNames: w.winners.map((u) => names.get(u) ?? u).join('; '),
    tie: w.tie,
    score: w.why?.score ?? null,
    runnerUp: w.why?.runnerUp?.units.join(' ') ?? '',
    runnerUpScore: w.why?.runnerUp?.score ?? null,
    margin: w.why?.margin ?? null,
    eligible: a.eligibleCount[w.category] ?? 0,
    why: w.why?.text ?? 'No eligible unit.',
  }));
  await writeOutput(
    io,
    out,
    {
      sheet: 'penghargaan',
      json: () => a,
      csv: () =>
        tableOf(
          [
            'category',
            'label',
            'winners',
            'winnerNames',
            'tie',
            'score',
            'runnerUp',
            'runnerUpScore',
            'margin',
            'eligible',
            'why',
          ],
          rows,
        ),
      text: () =>
        say(
          `Penghargaan${a.onePerUnit ? ' (paling banyak satu per unit)' : ''}\n\n`,
          `Awards${a.onePerUnit ? ' (at most one per unit)' : ''}\n\n`,
        ) +
        textTable(
          ['category', 'winner', 'score', 'runner-up', 'margin', 'eligible'],
          rows.map((r) => [
            r.category,
            r.winners
              ? `${r.winnerNames} (${r.winners})${r.tie ? say(' [seri]', ' [tie]') : ''}`
              : '–',
            r.score,
            r.runnerUp || '–',
            r.margin,
            r.eligible,
          ]),
          3,
        ) +
        '\n' +
        rows.map((r) => `${r.category}: ${r.why}`).join('\n') +
        say(
          `\nTotal selisih: ${a.totalMargin.toFixed(3)}\n`,
          `\nTotal margin: ${a.totalMargin.toFixed(3)}\n`,
        ),
    },
    outputFormat(args),
  );
  return 0;
}

/** `--eligible type=kota` (several values: `type=kota|kabupaten`). */
function eligibleFlag(text: string | undefined): ((u: UnitResult) => boolean) | undefined {
  if (text === undefined) return undefined;
  const m = /^([^=]+)=(.+)$/.exec(text);
  if (!m)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--eligible'],
        `--eligible expects <group column>=<value>[|<value>…], e.g. type=kota; got "${text}".`,
      ),
    );
  const column = (m[1] as string).trim();
  const values = new Set((m[2] as string).split('|').map((s) => s.trim()));
  return (u) => values.has(u.groups?.[column] ?? '');
}
