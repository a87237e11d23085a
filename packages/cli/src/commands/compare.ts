import { count as counted, say } from '../locale/say.js';
import {
  TakarError,
  compareUnits,
  issue,
  labelText,
  peerSummary,
  profile,
  resultsView,
  type ResultsDocument,
} from '@takar/core';
import { parseArgs, type ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { textTable } from '../text-table.js';
import { checkOut, tableOf, writeOutput, type CommandOutput } from '../write-output.js';
import { outputFormat } from '../output/output-format.js';
import {
  SCORING_SWITCHES,
  SCORING_VALUED,
  noPositional,
  scoreInputs,
  scoringInputs,
} from './scoring-inputs.js';
import { optional } from './shared-flags.js';
import { listFlag } from './list-flag.js';
import { lang, term } from '../locale/terms.js';

/**
 * `takar compare`: one unit's profile against its peers (`--unit`, `--peers <group column>`),
 * units side by side (`--units a,b,c`), or peer-group summaries (`--peers` alone).
 *
 * @example
 * ```ts
 * await compareCommand(['--framework', 'smart-city', '--example', '--unit', '15.71', '--peers', 'province'], io);
 * ```
 */
export async function compareCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    [...SCORING_VALUED, 'unit', 'units', 'peers', 'node', 'count', 'out'],
    [...SCORING_SWITCHES, 'all'],
  );
  noPositional(args);
  const out = optional(args, 'out');
  checkOut(out);
  const unit = optional(args, 'unit');
  const units = listFlag(optional(args, 'units'));
  const peers = optional(args, 'peers');
  if (unit === undefined && units.length === 0 && peers === undefined)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--unit'],
        'Say what to compare: --unit <code> [--peers <group column>], --units a,b,c, or --peers <group column> alone for peer-group summaries.',
      ),
    );
  const results = scoreInputs(await scoringInputs(args, io));
  const output =
    units.length > 0
      ? sideBySide(results, unit === undefined ? units : [unit, ...units], args)
      : unit !== undefined
        ? unitProfile(results, unit, peers, args)
        : summaries(results, peers as string, optional(args, 'node'));
  await writeOutput(io, out, output, outputFormat(args));
  return 0;
}

export { listFlag } from './list-flag.js';

/** In the terminal, indicators are left out (there may be hundreds) unless --all is given. */
function shownInTerminal(results: ResultsDocument, args: ParsedArgs): (code: string) => boolean {
  if (args.flags.get('all') === true) return () => true;
  const indicators = new Set(
    results.framework.nodes.filter((n) => n.type === 'indicator').map((n) => n.code),
  );
  return (code) => !indicators.has(code);
}

function unitProfile(
  results: ResultsDocument,
  unit: string,
  peers: string | undefined,
  args: ParsedArgs,
): CommandOutput {
  const count = optional(args, 'count');
  const p = profile(results, unit, {
    ...(peers !== undefined ? { peers } : {}),
    ...(optional(args, 'node') !== undefined ? { of: optional(args, 'node') as string } : {}),
    ...(count !== undefined ? { count: Math.max(1, Number(count) || 3) } : {}),
  });
  const names = [
    'code',
    'label',
    'parent',
    'score',
    'rank',
    'of',
    'band',
    'peerMedian',
    'vsPeers',
    'peerRank',
    'peerCount',
  ];
  const rows = p.nodes.map((n) => ({ ...n, label: labelText(n.label, lang()) }));
  const show = shownInTerminal(results, args);
  const peerText =
    p.peers.kind === 'group'
      ? `${term(p.peers.column ?? '')} ${p.peers.value} (${counted(p.peers.units.length, 'unit', 'unit')})`
      : p.peers.kind === 'list'
        ? say(`${p.peers.units.length} unit yang disebut`, `${p.peers.units.length} listed units`)
        : say(`semua ${p.peers.units.length} unit`, `all ${p.peers.units.length} units`);
  const gap = (x: number | null): string =>
    x === null ? '–' : `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  return {
    sheet: 'profil',
    json: () => p,
    csv: () => tableOf(names, rows),
    text: () =>
      `${p.name} (${p.unit}) — ${say('pembanding', 'peers')}: ${peerText}\n\n` +
      textTable(
        ['code', 'label', 'score', 'rank', 'band', 'peer median', 'vs peers', 'peer rank'],
        rows
          .filter((n) => show(n.code))
          .map((n) => [
            n.code,
            n.label,
            n.score,
            n.rank === null ? null : `${n.rank}/${n.of}`,
            n.band,
            n.peerMedian,
            gap(n.vsPeers),
            n.peerRank === null ? null : `${n.peerRank}/${n.peerCount}`,
          ]),
      ) +
      say('\nKekuatan (di atas median pembanding): ', '\nStrengths (above the peer median): ') +
      `${p.strengths.map((s) => `${s.code} ${gap(s.vsPeers)}`).join(', ') || '–'}\n` +
      say('Kelemahan (di bawah median pembanding): ', 'Weaknesses (below the peer median): ') +
      `${p.weaknesses.map((s) => `${s.code} ${gap(s.vsPeers)}`).join(', ') || '–'}\n`,
  };
}

function sideBySide(
  results: ResultsDocument,
  units: readonly string[],
  args: ParsedArgs,
): CommandOutput {
  const c = compareUnits(results, units);
  const codes = c.units.map((u) => u.unit);
  const names = [
    'code',
    'label',
    ...codes.flatMap((u) => [`${u}_score`, `${u}_rank`, `${u}_band`]),
    'leaders',
    'spread',
  ];
  const rows = c.nodes.map((n) => {
    const row: Record<string, unknown> = {
      code: n.code,
      label: labelText(n.label, lang()),
      leaders: n.leaders.join(' '),
      spread: n.spread,
    };
    codes.forEach((u, i) => {
      row[`${u}_score`] = n.scores[i];
      row[`${u}_rank`] = n.ranks[i];
      row[`${u}_band`] = n.bands[i];
    });
    return row;
  });
  const show = shownInTerminal(results, args);
  return {
    sheet: 'perbandingan',
    json: () => c,
    csv: () => tableOf(names, rows),
    text: () =>
      c.units.map((u) => `${u.unit}: ${u.name}`).join('\n') +
      '\n\n' +
      textTable(
        ['code', ...codes.map((u) => `${u} score (rank)`), 'leaders'],
        c.nodes
          .filter((n) => show(n.code))
          .map((n) => [
            n.code,
            ...n.scores.map((s, i) =>
              s === null ? null : `${s.toFixed(2)} (${n.ranks[i] ?? '–'})`,
            ),
            n.leaders.join(' '),
          ]),
      ),
  };
}

function summaries(
  results: ResultsDocument,
  peers: string,
  node: string | undefined,
): CommandOutput {
  const groups = peerSummary(results, { by: peers });
  if (groups.length === 0)
    throw new TakarError(
      issue(
        'data/unknown-group',
        ['--peers'],
        `No unit has a "${peers}" group; use a group column of the data (the example data has province, type and populationClass).`,
      ),
    );
  const root = resultsView(results).root;
  const at = node ?? root;
  const names = ['group', 'node', 'n', 'min', 'q1', 'median', 'q3', 'max', 'mean'];
  const rows = groups.flatMap((g) =>
    Object.entries(g.nodes).map(([code, s]) => ({ group: g.group, node: code, ...s })),
  );
  return {
    sheet: 'kelompok',
    json: () => groups,
    csv: () => tableOf(names, rows),
    text: () =>
      say(
        `Kelompok pembanding menurut ${peers} pada ${at}\n\n`,
        `Peer groups by ${peers} at ${at}\n\n`,
      ) +
      textTable(
        ['group', 'n', 'min', 'q1', 'median', 'q3', 'max'],
        rows
          .filter((r) => r.node === at)
          .map((r) => [r.group, r.n, r.min, r.q1, r.median, r.q3, r.max]),
      ),
  };
}
