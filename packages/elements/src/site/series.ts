import { issue, type ResultsDocument, type TakarIssue } from '@takar/core/results';

/** One year of a published series. */
export interface SiteYear {
  /** The document, validated (format 2): what the pages, CSVs and region documents are made from. */
  results: ResultsDocument;
  /**
   * What its `data/results*.json` holds (default `results`): the input as given, so that fields
   * this version does not know are kept (a format-1 input is given migrated).
   */
  raw?: unknown;
  /** Where it came from, for messages (a file name); default `results[i]`. */
  from?: string;
}

/** The file name part of a year: `2024`, or `all` for a document without a year. */
export const yearKey = (r: ResultsDocument): string => (r.year === null ? 'all' : String(r.year));

/**
 * Why these documents cannot be published as one series: two of one year, or different
 * frameworks (a series publishes one framework). Expects them in year order; every problem at once.
 *
 * @param years - the documents, in year order
 * @param at - the path prefix of the issues (`['--results']` for the CLI)
 * @param code - the issue code (`cli/usage` for the CLI)
 * @example
 * ```ts
 * seriesIssues([{ results: r2024 }, { results: r2024 }]); // one issue: both are for 2024
 * ```
 */
export function seriesIssues(
  years: readonly SiteYear[],
  at: readonly string[] = ['results'],
  code: 'results/invalid' | 'cli/usage' = 'results/invalid',
): TakarIssue[] {
  const issues: TakarIssue[] = [];
  const from = (i: number) => years[i]?.from ?? `results[${i}]`;
  for (let i = 1; i < years.length; i++) {
    const a = (years[i - 1] as SiteYear).results;
    const b = (years[i] as SiteYear).results;
    if (a.year === b.year)
      issues.push(
        issue(
          code,
          [...at, from(i)],
          `${from(i - 1)} and ${from(i)} are both for ${a.year ?? 'no year'}; give one document per year.`,
        ),
      );
    if (a.framework.id !== b.framework.id)
      issues.push(
        issue(
          code,
          [...at, from(i)],
          `${from(i)} scores framework "${b.framework.id}" but ${from(i - 1)} scores "${a.framework.id}"; a series publishes one framework.`,
        ),
      );
  }
  return issues;
}

/**
 * `data/index.json`: what a publication holds, so that a page (or a trend) needs one address:
 * the yearly documents, the latest, and where each region's small document is.
 *
 * @param series - the years, in year order (the last is the latest)
 * @param regions - whether region documents are written
 * @example
 * ```ts
 * publicationIndex([{ results: r2023 }, { results: r2024 }], true).years[1].src; // 'data/results-2024.json'
 * ```
 */
export function publicationIndex(series: readonly SiteYear[], regions: boolean) {
  const latest = (series[series.length - 1] as SiteYear).results;
  return {
    format: 'takar-publication',
    formatVersion: 1,
    framework: { id: latest.framework.id, version: latest.framework.version },
    ...(latest.title !== undefined ? { title: latest.title } : {}),
    ...(latest.source ? { source: latest.source } : {}),
    latest: 'data/results.json',
    years: series.map((e) => ({
      year: e.results.year,
      src: series.length > 1 ? `data/results-${yearKey(e.results)}.json` : 'data/results.json',
      units: e.results.units.codes.length,
    })),
    ...(regions ? { regions: 'data/regions/{code}.json' } : {}),
  };
}
