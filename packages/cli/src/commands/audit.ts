import { audit, type AuditReport, type ColumnStats, type RemovalImpact } from '@takar/core';
import { say } from '../locale/say.js';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { textTable } from '../text-table.js';
import { checkOut, writeOutput } from '../write-output.js';
import { auditSheets } from '../output/audit-sheets.js';
import type { SheetOut } from '../xlsx/workbook-sheets.js';
import { outputFormat } from '../output/output-format.js';
import { SCORING_SWITCHES, SCORING_VALUED, noPositional, scoringInputs } from './scoring-inputs.js';
import { optional } from './shared-flags.js';

/** The terminal report, in --lang: the scores' statistics first (the correlations' basis), then the raw data's. */
function auditText(a: AuditReport, flagged: readonly string[], removal: RemovalImpact[]): string {
  const after = a.basis.stages.join(', ') || say('tanpa tahap', 'no stage');
  const none = say('tidak ada', 'none');
  const flagWords = (i: AuditReport['indicators'][number]): string =>
    [
      i.flagAvail !== 'ok' ? say('ketersediaan rendah', 'low availability') : '',
      i.flagNonZero !== 'ok' ? say('banyak nol', 'many zeros') : '',
      i.flagUnique !== 'ok' ? say('sedikit nilai unik', 'few unique values') : '',
      i.flagSkewKurt !== 'ok' ? say('kemencengan/keruncingan', 'skew/kurtosis') : '',
    ]
      .filter(Boolean)
      .join(', ');
  const stats = (pick: (i: AuditReport['indicators'][number]) => ColumnStats, flags: boolean) =>
    textTable(
      [
        'indicator',
        'avail',
        'min',
        'max',
        'mean',
        'median',
        'sd',
        'skew',
        'kurt',
        ...(flags ? ['flags'] : []),
      ],
      a.indicators.map((i) => {
        const c = pick(i);
        return [
          i.code,
          `${Math.round(c.frcAvail * 100)} %`,
          c.min,
          c.max,
          c.mean,
          c.median,
          c.sd,
          c.skew,
          c.kurt,
          ...(flags ? [flagWords(i)] : []),
        ];
      }),
    );
  const kind = (k: 'redundant' | 'negative'): string =>
    k === 'redundant' ? say('redundan', 'redundant') : say('negatif', 'negative');
  return (
    say(
      `Audit ${a.root}: ${a.units} unit, ${a.indicators.length} indikator\n\n`,
      `Audit of ${a.root}: ${a.units} units, ${a.indicators.length} indicators\n\n`,
    ) +
    say(
      `Statistik skor indikator, dasar korelasi (${a.basis.scoredUnits} unit, setelah ${after}):\n`,
      `Statistics of the indicator scores, the basis of the correlations (${a.basis.scoredUnits} units, after ${after}):\n`,
    ) +
    stats((i) => i.scored, false) +
    say(
      `\nStatistik data mentah (${a.basis.rawUnits} unit; tanda seperti COINr get_stats):\n`,
      `\nStatistics of the raw data (${a.basis.rawUnits} units; flags as COINr get_stats):\n`,
    ) +
    stats((i) => i, true) +
    say('\nIndikator bertanda: ', '\nIndicators flagged: ') +
    (flagged.length ? flagged.join(', ') : none) +
    '\n' +
    say('Tanda korelasi: ', 'Correlation flags: ') +
    (a.flags.length
      ? a.flags
          .map(
            (f) =>
              `${f.a}~${f.b} ${say('dalam', 'in')} ${f.group} r=${f.r.toFixed(2)} (${kind(f.kind)})`,
          )
          .join('; ')
      : none) +
    '\n' +
    say('Alpha Cronbach: ', "Cronbach's alpha: ") +
    a.alpha.map((g) => `${g.group} ${g.alpha === null ? '–' : g.alpha.toFixed(2)}`).join(', ') +
    '\n' +
    (removal.length
      ? say(
          'Perubahan peringkat rata-rata terbesar bila dihapus: ',
          'Largest mean rank change on removal: ',
        ) +
        removal
          .slice(0, 5)
          .map((r) => `${r.code} ${(r.meanAbsRankChange as number).toFixed(2)}`)
          .join(', ') +
        '\n'
      : '') +
    a.notes.map((n) => say(`Catatan: ${noteId(n)}\n`, `Note: ${n}\n`)).join('')
  );
}

/** The audit's notes (English from the engine) in Indonesian, the reason kept as given. */
function noteId(note: string): string {
  if (note === 'Removal test not requested.') return 'Uji penghapusan tidak diminta.';
  const m = /^Removal test skipped: (.*)$/s.exec(note);
  return m ? `Uji penghapusan dilewati (${m[1] as string})` : note;
}

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
  const sheets = auditSheets(a);
  await writeOutput(
    io,
    out,
    {
      sheet: 'statistik',
      json: () => a,
      csv: () => (sheets[0] as SheetOut).table,
      // --out audit.xlsx: one sheet per table of the audit.
      sheets: () => sheets,
      text: () => auditText(a, flagged.length ? flagged.map((i) => i.code) : [], removal),
    },
    outputFormat(args),
  );
  return 0;
}
