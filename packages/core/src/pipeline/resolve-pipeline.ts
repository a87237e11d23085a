import { safeParseKeepingProto } from '../schema/keep-proto.js';
import {
  PipelineConfigSchema,
  type IndicatorStage,
  type PipelineConfig,
} from '../schema/pipeline.js';
import { fromZodError, issue, throwIfAny } from '../errors/index.js';

/**
 * The default order of the indicator stages.
 *
 * @category Score
 */
export const DEFAULT_ORDER: readonly IndicatorStage[] = [
  'denominate',
  'screen',
  'impute',
  'treat',
  'normalise',
];

/**
 * A pipeline with every default filled in, as recorded in results.
 *
 * @category Score
 */
export type ResolvedPipeline = PipelineConfig &
  Required<
    Pick<PipelineConfig, 'denominate' | 'impute' | 'treat' | 'normalise' | 'aggregate' | 'order'>
  > & {
    screen: PipelineConfig['screen'] | null;
  };

/**
 * Merges pipeline settings (the framework's own, then the caller's, key by key), validates them
 * and fills every default: no denomination, screening, imputation or treatment; min-max [0, 100];
 * weighted arithmetic mean; the default stage order.
 *
 * @example
 * ```ts
 * resolvePipeline(undefined, { normalise: { method: 'zscore' } }).aggregate; // { method: 'amean' }
 * ```
 *
 * @category Score
 */
export function resolvePipeline(
  base: PipelineConfig | undefined,
  override: unknown,
): ResolvedPipeline {
  const parsed = safeParseKeepingProto(PipelineConfigSchema, override ?? {});
  if (!parsed.success) throwIfAny(fromZodError(parsed.error, 'pipeline/invalid', ['pipeline']));
  const merged: PipelineConfig = { ...base, ...(parsed.data as PipelineConfig) };
  const order = merged.order ?? [...DEFAULT_ORDER];
  const dupes = order.filter((s, i) => order.indexOf(s) !== i);
  if (dupes.length) {
    throwIfAny([
      issue(
        'pipeline/invalid',
        ['pipeline', 'order'],
        `Stage "${dupes[0]}" appears twice in \`order\`; list each stage once.`,
      ),
    ]);
  }
  for (const s of DEFAULT_ORDER) if (!order.includes(s)) order.push(s);
  if (order[order.length - 1] !== 'normalise') {
    throwIfAny([
      issue(
        'pipeline/invalid',
        ['pipeline', 'order'],
        '`normalise` must be the last indicator stage in `order`; move it to the end.',
      ),
    ]);
  }
  return {
    ...merged,
    denominate: merged.denominate ?? false,
    screen: merged.screen ?? null,
    impute: merged.impute ?? { method: 'none' },
    treat: merged.treat ?? { method: 'none' },
    normalise: merged.normalise ?? { method: 'minmax', range: [0, 100] },
    aggregate: merged.aggregate ?? { method: 'amean' },
    order,
  };
}
