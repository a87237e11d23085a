import { issueLine } from '../locale/error-meanings.js';
/*
 * takar impact merge: the coordinator's step. Sketch files from every agency ─ read (sketch
 * documents .json, group,sketch CSV from psql) ─ mergeSketches ─ counts per group ± error, pairwise
 * overlaps ─► --out counts.csv|json, --out-overlaps overlaps.csv; --format postgres writes the union
 * sketches as group,sketch CSV instead.
 */
import { say } from '../locale/say.js';
import {
  TakarError,
  formatCsv,
  issue,
  mergeSketches,
  readSketchCsv,
  readSketchDocument,
  sketchCsv,
  zForConfidence,
  type MergedGroup,
  type Overlap,
  type SketchSet,
  type TakarIssue,
} from '@takar/core';
import { basename } from 'node:path';
import { parseArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { readText } from '../load/read-text.js';
import { textTable } from '../text-table.js';
import { checkOut, tableOf, writeOutput } from '../write-output.js';
import { optional } from './shared-flags.js';

const VALUED = ['out', 'out-overlaps', 'format', 'confidence'];
const SWITCHES = ['help'];

/** Columns of the counts CSV. */
export const MERGE_COLUMNS = [
  'group',
  'estimate',
  'low',
  'high',
  'method',
  'hll_cardinality',
  'sources',
  'records',
  'without_key',
] as const;
/** Columns of the overlaps CSV. */
export const OVERLAP_COLUMNS = ['group', 'a', 'b', 'overlap', 'low', 'high', 'estimable'] as const;

/**
 * `takar impact merge <files…>`: unions agencies' sketches per group into distinct counts with
 * error intervals and reports the pairwise overlaps.
 *
 * @example
 * ```ts
 * await impactMergeCommand(['dinsos.sketch.json', 'bpjs.csv', '--out', 'counts.csv'], io);
 * ```
 */
export async function impactMergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, VALUED, SWITCHES);
  const files = args.positional;
  if (files.length === 0)
    throw new TakarError(
      issue(
        'cli/usage',
        ['argv'],
        'Give the sketch files to merge: takar impact merge a.sketch.json b.csv … --out counts.csv',
      ),
    );
  const format = optional(args, 'format') ?? 'counts';
  if (format !== 'counts' && format !== 'postgres')
    throw new TakarError(
      issue(
        'cli/usage',
        ['--format'],
        `--format must be counts (default) or postgres (the union sketches as group,sketch CSV); got "${format}".`,
      ),
    );
  const out = optional(args, 'out');
  if (format === 'postgres' && out !== undefined && !out.toLowerCase().endsWith('.csv'))
    throw new TakarError(
      issue(
        'cli/usage',
        ['--out'],
        `With --format postgres, --out must end in .csv; got "${out}".`,
      ),
    );
  if (format === 'counts') checkOut(out);
  const overlapsOut = optional(args, 'out-overlaps');
  if (overlapsOut !== undefined && !overlapsOut.toLowerCase().endsWith('.csv'))
    throw new TakarError(
      issue(
        'cli/usage',
        ['--out-overlaps'],
        `--out-overlaps must end in .csv; got "${overlapsOut}".`,
      ),
    );
  const conf = optional(args, 'confidence');
  const confidence = conf === undefined ? 0.95 : Number(conf);
  if (!(confidence > 0 && confidence < 1))
    throw new TakarError(
      issue(
        'cli/usage',
        ['--confidence'],
        `--confidence must be a number between 0 and 1; got "${conf}".`,
      ),
    );

  // Every file is read, and every problem of every file reported, before anything is merged.
  const sets: SketchSet[] = [];
  const issues: TakarIssue[] = [];
  for (const file of files) {
    try {
      sets.push(await readSketchFile(io, file));
    } catch (e) {
      if (e instanceof TakarError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length) throw new TakarError(issues);
  const labels = new Set<string>();
  for (const s of sets)
    if (labels.has(s.source))
      issues.push(
        issue(
          'impact/invalid-sketch',
          [s.source, 'source'],
          `Two files are both named "${s.source}"; give each agency's document its own source (takar impact sketch --source) so overlaps can be told apart.`,
        ),
      );
    else labels.add(s.source);
  if (issues.length) throw new TakarError(issues);
  const { groups, overlaps } = mergeSketches(sets, { z: zForConfidence(confidence) });

  const withoutKey = groups.filter((g) => (g.withoutKey ?? 0) > 0);
  for (const g of withoutKey)
    io.stderr(
      issueLine(
        'warning',
        'impact/invalid',
        g.group,
        say(
          `${g.withoutKey} catatan tanpa kunci dan tidak ikut dihitung.`,
          `${g.withoutKey} records had no key and are not in the count.`,
        ),
        'en',
      ) + '\n',
    );
  if (overlapsOut !== undefined) {
    await io.writeFile(
      pathIn(io, overlapsOut),
      formatCsv(tableOf(OVERLAP_COLUMNS, overlaps.map(overlapRow))),
    );
    io.stderr(say(`takar: menulis ${overlapsOut}\n`, `takar: wrote ${overlapsOut}\n`));
  }
  if (format === 'postgres') {
    const text = sketchCsv(groups);
    if (out === undefined) io.stdout(text);
    else {
      await io.writeFile(pathIn(io, out), text);
      io.stderr(say(`takar: menulis ${out}\n`, `takar: wrote ${out}\n`));
    }
    return 0;
  }
  const rows = groups.map(countRow);
  await writeOutput(io, out, {
    sheet: 'gabungan',
    json: () => ({ confidence, groups: rows, overlaps: overlaps.map(overlapRow) }),
    csv: () => tableOf(MERGE_COLUMNS, rows),
    text: () =>
      textTable(
        MERGE_COLUMNS,
        rows.map((r) => MERGE_COLUMNS.map((c) => r[c])),
      ) +
      (overlaps.length
        ? '\n' +
          textTable(
            OVERLAP_COLUMNS,
            overlaps.map(overlapRow).map((r) => OVERLAP_COLUMNS.map((c) => r[c])),
          )
        : ''),
  });
  return 0;
}

/** Reads one argument: `path`, or `label=path` to name the source (else the document's source or the file name). */
async function readSketchFile(io: CliIo, arg: string): Promise<SketchSet> {
  const eq = arg.indexOf('=');
  const label = eq > 0 && !/[\\/]/.test(arg.slice(0, eq)) ? arg.slice(0, eq) : undefined;
  const file = label === undefined ? arg : arg.slice(eq + 1);
  const set = await readSketchPath(io, file);
  return label === undefined ? set : { ...set, source: label };
}

async function readSketchPath(io: CliIo, file: string): Promise<SketchSet> {
  const text = await readText(io, file, 'sketch');
  const name = basename(file);
  if (file.toLowerCase().endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new TakarError(
        issue(
          'impact/invalid-sketch',
          [name],
          `"${name}" is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
        ),
      );
    }
    const set = readSketchDocument(json, name);
    return set;
  }
  if (file.toLowerCase().endsWith('.csv')) return readSketchCsv(text, name);
  throw new TakarError(
    issue(
      'cli/usage',
      [name],
      `"${name}": sketch files end in .json (a Takar sketch document) or .csv (group,sketch as psql --csv writes it).`,
    ),
  );
}

function countRow(g: MergedGroup): Record<(typeof MERGE_COLUMNS)[number], unknown> {
  return {
    group: g.group,
    estimate: g.estimate,
    low: g.low,
    high: g.high,
    method: g.method,
    hll_cardinality: g.cardinality,
    sources: g.sources.join('|'),
    records: g.records,
    without_key: g.withoutKey,
  };
}

function overlapRow(o: Overlap): Record<(typeof OVERLAP_COLUMNS)[number], unknown> {
  return {
    group: o.group,
    a: o.a,
    b: o.b,
    overlap: o.estimate,
    low: o.low,
    high: o.high,
    estimable: !o.tooSmall,
  };
}
