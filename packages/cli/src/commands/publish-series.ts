import {
  ResultsDocumentSchema,
  TakarError,
  fromZodError,
  issue,
  newerFormatVersion,
  throwIfAny,
  type ResultsDocument,
  type TakarIssue,
} from '@takar/core';
import type { ParsedArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { readText } from '../load/read-text.js';
import { acrossYearsDocuments } from './across-years-documents.js';
import { optional } from './shared-flags.js';

/** The yearly documents `takar publish` was given, ready for the site. */
export interface PublishSeries {
  /** The latest year's document: the one every element but the trend shows. */
  latest: ResultsDocument;
  /** Every year's document, in year order (normalised across the years unless `none`). */
  docs: ResultsDocument[];
  /** Why the documents were kept as given, when they could not be pooled. */
  note?: string;
}

/**
 * Reads several `--results` files for `takar publish` (one per year, for `<takar-trend>`) and,
 * as for every trend, rescores them with normalisation across their years unless
 * `--normalise-across none` (see `acrossYearsDocuments`). Every problem of every file at once.
 *
 * @example
 * ```ts
 * const series = await readPublishSeries(io, ['2023.json', '2024.json'], undefined);
 * ```
 */
export async function readPublishSeries(
  io: CliIo,
  files: readonly string[],
  mode: 'years' | 'none' | undefined,
): Promise<PublishSeries> {
  const docs: ResultsDocument[] = [];
  const issues: TakarIssue[] = [];
  for (const f of files) {
    const text = await readText(io, f, 'results');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      issues.push(
        issue(
          'results/invalid',
          [f],
          `${f} is not JSON (${(e as Error).message}); write it with \`takar score --out results.json\`.`,
        ),
      );
      continue;
    }
    const newer = newerFormatVersion(json);
    if (newer) {
      issues.push({ ...newer, path: [f, ...newer.path] });
      continue;
    }
    const parsed = ResultsDocumentSchema.safeParse(json);
    if (parsed.success) docs.push(parsed.data as ResultsDocument);
    else issues.push(...fromZodError(parsed.error, 'results/invalid', [f]));
  }
  throwIfAny(issues);
  const r = acrossYearsDocuments(docs, mode);
  const latest = r.docs[r.docs.length - 1] as ResultsDocument;
  return { latest, docs: r.docs, ...(r.note ? { note: r.note } : {}) };
}

/**
 * The files of a yearly series on the site: `data/results-<year>.json` per year, and the
 * `srcs` of `<takar-trend>` that lists them (space-separated, oldest first).
 *
 * @example
 * ```ts
 * seriesFiles(series.docs).srcs; // 'data/results-2023.json data/results-2024.json'
 * ```
 */
export function seriesFiles(docs: readonly ResultsDocument[]): {
  files: Record<string, string>;
  srcs: string | undefined;
} {
  const files: Record<string, string> = {};
  for (const d of docs) files[`data/results-${d.year}.json`] = JSON.stringify(d, null, 2) + '\n';
  const paths = Object.keys(files);
  return { files, srcs: paths.length > 1 ? paths.join(' ') : undefined };
}

/**
 * `takar publish --results a.json --results b.json [--normalise-across years|none]`: the series of
 * {@link readPublishSeries}, with the note (if any) on stderr. The one call publish makes.
 *
 * @example
 * ```ts
 * const series = await publishSeries(io, ['2023.json', '2024.json'], args);
 * ```
 */
export async function publishSeries(
  io: CliIo,
  files: readonly string[],
  args: ParsedArgs,
): Promise<PublishSeries> {
  const mode = optional(args, 'normalise-across');
  if (mode !== undefined && mode !== 'years' && mode !== 'none')
    throw new TakarError(
      issue(
        'cli/usage',
        ['--normalise-across'],
        `--normalise-across must be years or none; got "${mode}".`,
      ),
    );
  const series = await readPublishSeries(
    io,
    files.map((f) => pathIn(io, f)),
    mode,
  );
  if (series.note) io.stderr(`takar publish: ${series.note}\n`);
  return series;
}
