/**
 * Scoring in the studio: the engine's `score` and `audit` on the loaded data, timed, with the
 * engine's issues returned (never thrown) so the page can list them all.
 */
import {
  TakarError,
  audit,
  formatCsv,
  safeScore,
  type AuditReport,
  type Dataset,
  type Framework,
  type PipelineConfig,
  type ResultsDocument,
  type TakarIssue,
} from '@takar/core';
import { places, rootCode, scoredNodes, titleOf } from './results-access.js';
import { rankChanges, type RankChange } from './rank-change.js';

export type ScoreOutcome =
  { ok: true; results: ResultsDocument; ms: number } | { ok: false; issues: TakarIssue[] };

/** Scores `dataset` on `framework` (and the pipeline options), timing the run. */
export function scoreData(
  framework: Framework,
  dataset: Dataset,
  pipeline: PipelineConfig | null,
  title?: string,
): ScoreOutcome {
  const started = performance.now();
  const out = safeScore(framework, dataset, {
    ...(pipeline ? { pipeline } : {}),
    ...(title !== undefined ? { title } : {}),
  });
  const ms = performance.now() - started;
  return out.ok ? { ok: true, results: out.value, ms } : { ok: false, issues: [...out.issues] };
}

/**
 * What a weight change does: rescore with the new framework and list the rank changes of the
 * index against `baseline`.
 */
export function recompute(
  framework: Framework,
  dataset: Dataset,
  pipeline: PipelineConfig | null,
  baseline: ResultsDocument,
):
  | { ok: true; results: ResultsDocument; changes: RankChange[]; ms: number }
  | { ok: false; issues: TakarIssue[] } {
  const started = performance.now();
  const out = scoreData(framework, dataset, pipeline, titleOf(baseline));
  if (!out.ok) return out;
  const changes = rankChanges(baseline, out.results, rootCode(out.results));
  return { ok: true, results: out.results, changes, ms: performance.now() - started };
}

export type AuditOutcome = { ok: true; report: AuditReport } | { ok: false; issues: TakarIssue[] };

/** The audit before scoring (statistics, flags, correlations), without the removal test. */
export function runAudit(
  framework: Framework,
  dataset: Dataset,
  pipeline: PipelineConfig | null,
): AuditOutcome {
  try {
    return {
      ok: true,
      report: audit(framework, dataset, { removal: false, ...(pipeline ? { pipeline } : {}) }),
    };
  } catch (e) {
    if (e instanceof TakarError) return { ok: false, issues: [...e.issues] };
    throw e;
  }
}

/**
 * Scores and ranks of every scored node as a wide CSV: unit, name, then `<node>` score and
 * `<node>_rank` columns, index first.
 */
export function resultsCsv(
  doc: ResultsDocument,
  header: { unit: string; name: string; rank: string },
): string {
  const root = rootCode(doc);
  const nodes = [root, ...scoredNodes(doc).filter((n) => n !== root)];
  const first = places(doc, root);
  const names = [header.unit, header.name];
  const columns: (string | number | null)[][] = [
    first.map((p) => p.unit),
    first.map((p) => p.name),
  ];
  for (const node of nodes) {
    const ps = places(doc, node);
    names.push(node, `${node}_${header.rank}`);
    columns.push(
      ps.map((p) => p.score),
      ps.map((p) => p.rank),
    );
  }
  return formatCsv({ names, columns, rowCount: first.length });
}
