import { audit } from '@takar/core';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { textTable } from '../text-table.js';
import { checkOut, tableOf, writeOutput } from '../write-output.js';
import { outputFormat } from '../output/output-format.js';
import { SCORING_SWITCHES, SCORING_VALUED, noPositional, scoringInputs } from './scoring-inputs.js';
import { optional } from './shared-flags.js';

const STAT_COLUMNS = [
  'code',
  'parent',
  'nAvail',
  'frcAvail',
  'min',
  'max',
  'mean',
  'median',
  'sd',
  'skew',
  'kurt',
  'nNonZero',
  'nUnique',
  'nSame',
  'flagAvail',
  'flagNonZero',
  'flagUnique',
  'flagSkewKurt',
];

/**
 * `takar audit`: the statistical audit of a framework on data — per-indicator statistics and
 * flags, correlation flags (redundant > `--redundant`, negative), Cronbach's alpha per group,
 * effective weights and the rank change when each element is removed (`--no-removal` skips it).
 * `--out report.json` writes everything, `--out stats.csv` the per-indicator statistics.
 *
 * @example
 * ```ts
 * await auditCommand(['--framework', 'spbe-2020', '--example', '--out', 'stats.csv'], io);
 * ```
 */
export async function auditCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    [...SCORING_VALUED, 'redundant', 'out'],
    [...SCORING_SWITCHES, 'no-removal'],
  );
  noPositional(args);
  const out = optional(args, 'out');
  checkOut(out);
  const redundantText = optional(args, 'redundant');
  const inputs = await scoringInputs(args, io);
  const a = audit(inputs.framework, inputs.data, {
    pipeline: inputs.pipeline,
    ...(inputs.year !== undefined ? { year: inputs.year } : {}),
    ...(redundantText !== undefined ? { redundant: Number(redundantText) } : {}),
    removal: args.flags.get('no-removal') !== true,
  });
  const flagged = a.indicators.filter(
    (i) =>
      i.flagAvail !== 'ok' ||
      i.flagNonZero !== 'ok' ||
      i.flagUnique !== 'ok' ||
      i.flagSkewKurt !== 'ok',
  );
  const removal = [...(a.removal ?? [])]
    .filter((r) => r.meanAbsRankChange !== null)
    .sort((x, y) => (y.meanAbsRankChange ?? 0) - (x.meanAbsRankChange ?? 0));
  await writeOutput(
    io,
    out,
    {
      json: () => a,
      csv: () => tableOf(STAT_COLUMNS, a.indicators),
      // --out audit.xlsx: one sheet per table of the audit.
      sheets: () => [
        { name: 'statistik', table: tableOf(STAT_COLUMNS, a.indicators) },
        { name: 'korelasi', table: tableOf(['a', 'b', 'group', 'r', 'kind'], a.flags) },
        { name: 'alpha', table: tableOf(['group', 'alpha'], a.alpha) },
        ...(a.removal
          ? [{ name: 'tanpa-indikator', table: tableOf(['code', 'meanAbsRankChange'], a.removal) }]
          : []),
      ],
      text: () =>
        `Audit of ${a.root}: ${a.units} units, ${a.indicators.length} indicators\n\n` +
        textTable(
          ['indicator', 'avail', 'min', 'max', 'mean', 'median', 'sd', 'skew', 'kurt', 'flags'],
          a.indicators.map((i) => [
            i.code,
            `${Math.round(i.frcAvail * 100)} %`,
            i.min,
            i.max,
            i.mean,
            i.median,
            i.sd,
            i.skew,
            i.kurt,
            [
              i.flagAvail !== 'ok' ? 'low availability' : '',
              i.flagNonZero !== 'ok' ? 'many zeros' : '',
              i.flagUnique !== 'ok' ? 'few unique values' : '',
              i.flagSkewKurt !== 'ok' ? 'skew/kurtosis' : '',
            ]
              .filter(Boolean)
              .join(', '),
          ]),
        ) +
        `\nIndicators flagged: ${flagged.length ? flagged.map((i) => i.code).join(', ') : 'none'}\n` +
        `Correlation flags: ${
          a.flags.length
            ? a.flags
                .map((f) => `${f.a}~${f.b} in ${f.group} r=${f.r.toFixed(2)} (${f.kind})`)
                .join('; ')
            : 'none'
        }\n` +
        `Cronbach's alpha: ${a.alpha.map((g) => `${g.group} ${g.alpha === null ? '–' : g.alpha.toFixed(2)}`).join(', ')}\n` +
        (removal.length
          ? `Largest mean rank change on removal: ${removal
              .slice(0, 5)
              .map((r) => `${r.code} ${(r.meanAbsRankChange as number).toFixed(2)}`)
              .join(', ')}\n`
          : '') +
        a.notes.map((n) => `Note: ${n}\n`).join(''),
    },
    outputFormat(args),
  );
  return 0;
}
