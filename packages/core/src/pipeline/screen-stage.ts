import type { ScreenSpec } from '../schema/pipeline.js';
import type { StageRecord } from '../schema/results.js';
import { issue, throwIfAny } from '../errors/index.js';
import { dataAvailability } from '../screen/data-availability.js';
import type { PipelineState } from './pipeline-state.js';

/**
 * A unit removed by screening and why.
 *
 * @category Score
 */
export interface ExcludedUnit {
  unit: string;
  reason: string;
}

/**
 * Stage 2, screen: removes units whose data availability (share of indicators present) is below
 * `minAvailability`, or whose share of non-zero values is below `minNonZero` when screening by
 * zeros (COINr `Screen`). Details hold the availability table of every unit.
 *
 * @example
 * ```ts
 * screenStage(state, { minAvailability: 0.9 }).excluded; // [{ unit: 'x', reason: '…' }]
 * ```
 *
 * @category Score
 */
export function screenStage(
  state: PipelineState,
  spec: ScreenSpec | null | undefined,
): { state: PipelineState; record: StageRecord; excluded: ExcludedUnit[] } {
  if (!spec)
    return { state, record: { stage: 'screen', params: { enabled: false } }, excluded: [] };
  const by = spec.by ?? 'missing';
  const minNonZero = spec.minNonZero ?? 0.05;
  const table = dataAvailability(
    state.units.map((u) => u.code),
    [...state.columns.values()],
  ).map((a) => {
    const lowData = a.dataAvailability < spec.minAvailability;
    const lowNonZero = a.nonZero < minNonZero;
    const included =
      by === 'missing' ? !lowData : by === 'zeros' ? !lowNonZero : !(lowData || lowNonZero);
    return { ...a, lowData, lowNonZero, lowDataOrZero: lowData || lowNonZero, included };
  });
  const keep: number[] = [];
  const excluded: ExcludedUnit[] = [];
  table.forEach((t, i) => {
    if (t.included) keep.push(i);
    else
      excluded.push({
        unit: t.unit,
        reason: t.lowData
          ? `data availability ${t.dataAvailability.toFixed(3)} is below ${spec.minAvailability}`
          : `share of non-zero values ${t.nonZero.toFixed(3)} is below ${minNonZero}`,
      });
  });
  if (keep.length === 0) {
    throwIfAny([
      issue(
        'pipeline/all-units-screened',
        ['pipeline', 'screen'],
        `Screening with minAvailability ${spec.minAvailability} removed every unit; lower the threshold or add data.`,
      ),
    ]);
  }
  const columns = new Map<string, Float64Array>();
  for (const [code, col] of state.columns)
    columns.set(
      code,
      Float64Array.from(keep, (i) => col[i] as number),
    );
  return {
    state: {
      ...state,
      units: keep.map((i) => state.units[i]!),
      rows: keep.map((i) => state.rows[i]!),
      columns,
    },
    record: {
      stage: 'screen',
      params: { enabled: true, ...spec, by, minNonZero },
      details: { availability: table },
    },
    excluded,
  };
}
