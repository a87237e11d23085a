import type { TreatSpec } from '../schema/pipeline.js';
import type { StageRecord } from '../schema/results.js';
import { TakarError, issue } from '../errors/index.js';
import { TREATMENTS } from '../methods/treatments.js';
import type { PipelineState } from './pipeline-state.js';

/**
 * What the treat stage records for one indicator (COINr's `Dets_Table` row, numbers as numbers).
 *
 * @category Score
 */
export interface TreatRecord {
  indicator: string;
  pass0: boolean;
  skew0: number | null;
  kurt0: number | null;
  nwin?: number;
  pass1?: boolean;
  skew1?: number | null;
  kurt1?: number | null;
  log?: boolean;
  pass2?: boolean;
  skew2?: number | null;
  kurt2?: number | null;
  /** Unit code → `winhi` / `winlo` / `log_CT` for every treated cell. */
  points?: Record<string, string>;
}

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Stage 4, treat: the JRC outlier treatment of every indicator (skewness/kurtosis check,
 * winsorisation up to `winmax`, log fallback on the original column), with per-indicator
 * overrides (`none`, `default`, `log`). Details record the checks and every treated cell.
 *
 * @example
 * ```ts
 * treatStage(state, { method: 'default', winmax: 5 });
 * ```
 *
 * @category Score
 */
export function treatStage(
  state: PipelineState,
  spec: TreatSpec,
): { state: PipelineState; record: StageRecord } {
  const params = {
    ...spec,
    winmax: spec.winmax ?? 5,
    skewMax: spec.skewMax ?? 2,
    kurtMax: spec.kurtMax ?? 3.5,
  };
  const overrides = spec.overrides ?? {};
  const treatment = (name: string, at: readonly (string | number)[]) => {
    const entry = TREATMENTS.get(name);
    if (!entry)
      throw new TakarError(
        issue(
          'pipeline/invalid',
          at,
          `Unknown treatment ${JSON.stringify(name)}; use one of ${TREATMENTS.names().join(', ')}.`,
        ),
      );
    return entry;
  };
  const main = treatment(spec.method, ['pipeline', 'treat', 'method']);
  if (main.passThrough && Object.keys(overrides).length === 0) {
    return { state, record: { stage: 'treat', params } };
  }
  const columns = new Map<string, Float64Array>();
  const details: TreatRecord[] = [];
  for (const [code, col] of state.columns) {
    const own = overrides[code];
    const entry =
      own === undefined ? main : treatment(own, ['pipeline', 'treat', 'overrides', code]);
    if (entry.passThrough) {
      columns.set(code, col);
      continue;
    }
    const t = entry.run(col, params);
    const d = t.details;
    const rec: TreatRecord = {
      indicator: code,
      pass0: d.check0.pass,
      skew0: num(d.check0.skew),
      kurt0: num(d.check0.kurt),
    };
    if (d.nwin !== undefined) rec.nwin = d.nwin;
    if (d.check1)
      Object.assign(rec, {
        pass1: d.check1.pass,
        skew1: num(d.check1.skew),
        kurt1: num(d.check1.kurt),
      });
    if (d.log) Object.assign(rec, { log: true });
    if (d.check2)
      Object.assign(rec, {
        pass2: d.check2.pass,
        skew2: num(d.check2.skew),
        kurt2: num(d.check2.kurt),
      });
    const points: Record<string, string> = {};
    for (const [i, p] of d.points) points[state.units[i]!.code] = p;
    if (Object.keys(points).length) rec.points = points;
    details.push(rec);
    columns.set(code, t.column);
  }
  return { state: { ...state, columns }, record: { stage: 'treat', params, details } };
}
