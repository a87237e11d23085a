import {
  TakarError,
  issue,
  poolAcrossYears,
  rescoreInputs,
  score,
  type Dataset,
  type ResultsDocument,
} from '@takar/core';
import { say } from '../locale/say.js';

/** What {@link acrossYearsDocuments} did with the documents. */
export interface AcrossYearsOutcome {
  /** The documents, rescored across the years when they could be, else as given; in year order. */
  docs: ResultsDocument[];
  /** Whether the documents were rescored with parameters pooled over all their years. */
  pooled: boolean;
  /** Why they were left as given, for the terminal (in --lang); absent when nothing needed saying. */
  note?: string;
}

/**
 * Yearly results documents for a trend (`takar trend --results`, `takar publish` with several
 * `--results`), rescored with normalisation across their years: min-max or z-score parameters
 * taken once from all the years' values pooled (`poolAcrossYears`), so a region that improves
 * every indicator never shows a lower index because others improved more. Per-year documents
 * scored on their own make each year's scores relative to that year.
 *
 * `mode` is `--normalise-across`: `years` rescores or fails with the reason, `none` keeps the
 * documents as given, and `undefined` (the default for trend documents) rescores when it can and
 * otherwise keeps them, with a note saying why. The documents are rebuilt from their raw values
 * (`rescoreInputs`): that needs one framework and one pipeline, and no denominators or imputation
 * from other years. Documents already normalised across the years, and normalisations that do not
 * depend on the other units (`none`, `goalposts`), are kept as they are.
 *
 * @example
 * ```ts
 * const { docs, note } = acrossYearsDocuments([r2023, r2024], undefined);
 * if (note) io.stderr(`takar: ${note}\n`);
 * ```
 */
export function acrossYearsDocuments(
  given: readonly ResultsDocument[],
  mode: 'years' | 'none' | undefined,
): AcrossYearsOutcome {
  const docs = [...given].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const kept = (id: string, en: string): AcrossYearsOutcome => {
    if (mode === 'years') throw new TakarError(issue('cli/usage', ['--normalise-across'], en));
    return { docs, pooled: false, note: say(id, en) };
  };
  if (mode === 'none' || docs.length < 2) return { docs, pooled: false };
  const years = docs.map((d) => d.year);
  if (years.some((y) => y === null) || new Set(years).size !== years.length)
    return kept(
      'Dokumen tidak dinormalisasi lintas tahun: setiap dokumen harus punya tahun sendiri.',
      'The documents were not normalised across years: each needs a year of its own.',
    );
  const first = docs[0] as ResultsDocument;
  const method = first.pipeline.normalise?.method;
  // These do not depend on the other units: every year is on one scale already.
  if (method === 'none' || method === 'goalposts') return { docs, pooled: false };
  const bare = (d: ResultsDocument): string => {
    const { pooled: _p, across: _a, ...normalise } = d.pipeline.normalise ?? { method: 'minmax' };
    return JSON.stringify([d.framework, { ...d.pipeline, normalise }]);
  };
  if (docs.some((d) => bare(d) !== bare(first)))
    return kept(
      'Dokumen tidak dinormalisasi lintas tahun: kerangka atau pipeline-nya berbeda antartahun.',
      'The documents were not normalised across years: their frameworks or pipelines differ.',
    );
  const norm = JSON.stringify(first.pipeline.normalise);
  if (
    first.pipeline.normalise?.across === 'years' &&
    docs.every((d) => JSON.stringify(d.pipeline.normalise) === norm)
  )
    return { docs, pooled: false };
  const inputs = docs.map((d) => rescoreInputs(d));
  const failed = inputs.find((r) => !r.ok);
  if (failed && !failed.ok)
    return kept(
      `Dokumen tidak dinormalisasi lintas tahun; setiap tahun tetap dinormalisasi sendiri-sendiri (${failed.reason}). Skor ulang dengan takar score --normalise-across years.`,
      `The documents were not normalised across years, each year stays normalised on its own (${failed.reason}). Rescore with takar score --normalise-across years.`,
    );
  const yearly = inputs.map((r) => (r.ok ? r.data : ({ units: [], values: [] } as Dataset)));
  // The panel every year's parameters are pooled over: each unit once, every year's values.
  const units = new Map<string, Dataset['units'][number]>();
  for (const d of yearly) for (const u of d.units) units.set(u.code, u);
  const panel: Dataset = { units: [...units.values()], values: yearly.flatMap((d) => d.values) };
  const { pooled: _p, across: _a, ...spec } = first.pipeline.normalise ?? { method: 'minmax' };
  const pipeline = { ...first.pipeline, normalise: spec };
  let normalise;
  try {
    normalise = poolAcrossYears(first.framework, panel, years as number[], { pipeline });
  } catch (e) {
    if (!(e instanceof TakarError) || e.issues[0]?.code !== 'pipeline/invalid') throw e;
    return kept(
      `Dokumen tidak dinormalisasi lintas tahun: ${e.issues[0].message}`,
      `The documents were not normalised across years: ${e.issues[0].message}`,
    );
  }
  const out = docs.map((d, i) =>
    score(
      d.framework,
      { ...(yearly[i] as Dataset), ...(d.source ? { source: d.source } : {}) },
      {
        pipeline: { ...pipeline, normalise },
        year: d.year as number,
        ...(d.title !== undefined ? { title: d.title } : {}),
      },
    ),
  );
  return { docs: out, pooled: true };
}
