import {
  ResultsDocumentSchema,
  TakarError,
  fromZodError,
  issue,
  throwIfAny,
  trend,
  type ResultsDocument,
  safeParseKeepingProto,
} from '@takar/core';
import { parseArgs, type ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { parseJson, readText } from '../load/read-text.js';
import { progressBar } from '../progress.js';
import { takeRepeated } from '../repeated-flags.js';
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
 * `takar trend`: scores and ranks over the years — either scoring the data for each of `--years
 * 2020-2024`, or from several results documents (`--results a.json --results b.json`): changes
 * between the last two years, the improvement, movers up and down, and units that appeared or
 * disappeared.
 *
 * @example
 * ```ts
 * await trendCommand(['--framework', 'smart-city', '--example', '--years', '2020-2024'], io);
 * ```
 */
export async function trendCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values: resultFiles, rest } = takeRepeated(argv, 'results');
  const args = parseArgs(
    rest,
    [...SCORING_VALUED, 'years', 'node', 'count', 'top', 'out', 'results'],
    [...SCORING_SWITCHES, 'progress'],
  );
  noPositional(args);
  const out = optional(args, 'out');
  checkOut(out);
  const files = resultFiles.flatMap((f) => listFlag(f));
  const docs = files.length ? await readResults(io, files) : await scoreYears(args, io);
  const count = optional(args, 'count');
  const node = optional(args, 'node');
  const t = trend(docs, {
    ...(node !== undefined ? { node } : {}),
    ...(count !== undefined ? { count: Math.max(1, Number(count) || 5) } : {}),
  });
  const last = t.years[t.years.length - 1] as number;
  const names = [
    'unit',
    'name',
    ...t.years.flatMap((y) => [`score_${y}`, `rank_${y}`]),
    'scoreChange',
    'rankChange',
    'improvement',
  ];
  const rows = t.units.map((u) => {
    const row: Record<string, unknown> = {
      unit: u.unit,
      name: u.name,
      scoreChange: u.change[t.node]?.score ?? null,
      rankChange: u.change[t.node]?.rank ?? null,
      improvement: u.improvement,
    };
    for (const p of u.series[t.node] ?? []) {
      row[`score_${p.year}`] = p.score;
      row[`rank_${p.year}`] = p.rank;
    }
    return row;
  });
  const top = Math.max(1, Number(optional(args, 'top') ?? 20) || 20);
  const ranked = rows
    .filter((r) => typeof r[`rank_${last}`] === 'number')
    .sort((a, b) => (a[`rank_${last}`] as number) - (b[`rank_${last}`] as number));
  const mover = (m: (typeof t.movers.up)[number]): string =>
    `${m.unit} ${m.name} ${m.fromRank}→${m.toRank} (${m.rankChange > 0 ? '+' : ''}${m.rankChange})`;
  await writeOutput(
    io,
    out,
    {
      json: () => t,
      csv: () => tableOf(names, rows),
      text: () =>
        `Trend of ${t.node}, ${t.years.join(', ')} (top ${Math.min(top, ranked.length)} of ${ranked.length} in ${last}; --out for all)\n\n` +
        textTable(
          ['unit', 'name', ...t.years.map(String), `rank ${last}`, 'Δrank', 'improvement'],
          ranked
            .slice(0, top)
            .map((r) => [
              r['unit'],
              r['name'],
              ...t.years.map((y) => r[`score_${y}`]),
              r[`rank_${last}`],
              r['rankChange'],
              r['improvement'],
            ]),
        ) +
        `\nMovers up: ${t.movers.up.map(mover).join('; ') || '–'}\n` +
        `Movers down: ${t.movers.down.map(mover).join('; ') || '–'}\n` +
        t.changes
          .map(
            (c) =>
              `${c.from}→${c.to}: ${c.appeared.length} appeared, ${c.disappeared.length} disappeared` +
              (c.splits.length
                ? `, splits ${c.splits.map((s) => `${s.from}→${s.into.join('+')}`).join(', ')}`
                : ''),
          )
          .join('\n') +
        '\n',
    },
    outputFormat(args),
  );
  return 0;
}

/** `--years 2020-2024` or `2020,2022,2024`. */
export function yearsFlag(text: string): number[] {
  const range = /^(\d{4})\s*-\s*(\d{4})$/.exec(text.trim());
  const years = range
    ? Array.from(
        { length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) },
        (_v, i) => Number(range[1]) + i,
      )
    : listFlag(text).map(Number);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y)))
    throw new TakarError(
      issue(
        'cli/usage',
        ['--years'],
        `--years expects a range like 2020-2024 or a list like 2020,2022,2024; got "${text}".`,
      ),
    );
  return years;
}

async function scoreYears(args: ParsedArgs, io: CliIo): Promise<ResultsDocument[]> {
  const text = optional(args, 'years');
  if (text === undefined)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--years'],
        'Give --years 2020-2024 (with --framework and --data) or several --results files.',
      ),
    );
  const years = yearsFlag(text);
  // Trends are scored with normalisation across the years by default (--normalise-across none
  // to normalise each year on its own, which makes every year's scores relative to that year).
  const inputs = await scoringInputs(args, io, {
    allYears: true,
    across: { default: 'years', years },
  });
  const bar = progressBar(io, 'trend', args.flags.get('progress') === true);
  const docs = years.map((y, i) => {
    const doc = scoreInputs(inputs, y);
    bar.update(i + 1, years.length);
    return doc;
  });
  bar.done();
  return docs;
}

async function readResults(io: CliIo, files: readonly string[]): Promise<ResultsDocument[]> {
  const docs: ResultsDocument[] = [];
  for (const f of files) {
    const json = parseJson(await readText(io, f, 'results'), f, 'data/invalid');
    const parsed = safeParseKeepingProto(ResultsDocumentSchema, json);
    if (!parsed.success) throwIfAny(fromZodError(parsed.error, 'results/invalid', [f]));
    else docs.push(parsed.data as ResultsDocument);
  }
  return docs;
}
