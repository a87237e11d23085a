import type { ImputeSpec } from '../schema/pipeline.js';
import type { StageRecord } from '../schema/results.js';
import { TakarError, issue, throwIfAny } from '../errors/index.js';
import { IMPUTERS } from '../methods/imputers.js';
import { denominate } from '../denominate/denominate.js';
import { denominatorColumn } from './denominate-stage.js';
import type { PipelineState } from './pipeline-state.js';

/**
 * Stage 3, impute: fills missing values by column mean or median, by group mean or median (a unit
 * group column such as a province), or from the unit's other years (`latest`, `linear`).
 * Details count the values imputed per indicator.
 *
 * @example
 * ```ts
 * imputeStage(state, { method: 'group-mean', group: 'EurAsia_group' });
 * ```
 *
 * @category Score
 */
export function imputeStage(
  state: PipelineState,
  spec: ImputeSpec,
): { state: PipelineState; record: StageRecord } {
  const record: StageRecord = { stage: 'impute', params: { ...spec } };
  const entry = IMPUTERS.get(spec.method);
  if (!entry)
    throw new TakarError(
      issue(
        'pipeline/invalid',
        ['pipeline', 'impute', 'method'],
        `Unknown imputation method ${JSON.stringify(spec.method)}; use one of ${IMPUTERS.names().join(', ')}.`,
      ),
    );
  if (entry.passThrough) return { state, record };
  let groups: (string | undefined)[] | undefined;
  if (entry.uses === 'group') {
    const g = spec.group;
    if (!g || !state.units.some((u) => u.groups?.[g] !== undefined)) {
      throwIfAny([
        issue(
          'data/unknown-group',
          ['pipeline', 'impute', 'group'],
          g
            ? `Imputation by group uses group "${g}", which no unit has; add \`groups.${g}\` to the units (CSV: a "${g}" column) or choose another group.`
            : `Imputation "${spec.method}" needs a \`group\`: the unit group column to average within.`,
        ),
      ]);
    }
    groups = state.units.map((u) => u.groups?.[g as string]);
  }
  const panelAt = state.panel && state.year !== null ? state.panel.years.indexOf(state.year) : -1;
  if (entry.uses === 'panel' && (!state.panel || panelAt < 0)) {
    throwIfAny([
      issue(
        'pipeline/invalid',
        ['pipeline', 'impute', 'method'],
        `Imputation "${spec.method}" fills values from other years, but the data has a single year; give several years of data or choose mean/median.`,
      ),
    ]);
  }
  const columns = new Map<string, Float64Array>();
  const imputed: Record<string, number> = {};
  for (const [code, col] of state.columns) {
    let out: Float64Array;
    if (entry.uses === 'panel') {
      const panel = state.panel!;
      const series = (panel.columns.get(code) as readonly Float64Array[]).map((yearCol, t) => {
        if (t === panelAt) return col;
        let c: Float64Array = Float64Array.from(state.rows, (r) => yearCol[r] as number);
        const den = state.denominated ? state.tree.byCode.get(code)?.denominator : undefined;
        if (den) c = denominate(c, denominatorColumn(state, den));
        return c;
      });
      out = entry.run(col, spec, { series, years: panel.years, at: panelAt });
    } else {
      out = entry.run(col, spec, groups ? { groups } : {});
    }
    let count = 0;
    for (let i = 0; i < col.length; i++) if (Number.isNaN(col[i]) && !Number.isNaN(out[i])) count++;
    if (count) imputed[code] = count;
    columns.set(code, out);
  }
  record.details = { imputed };
  return { state: { ...state, columns }, record };
}
