// Vega-Lite → Vega compilation of the chart templates (build and test time only: it imports the
// Vega-Lite compiler, which pages never load).
import { compile, type TopLevelSpec } from 'vega-lite';
import { rankingTemplate } from '../src/ranking/template.js';
import { dotsTemplate } from '../src/templates/dots.js';
import { linesTemplate } from '../src/templates/lines.js';
import { stripTemplate } from '../src/templates/strip.js';
import { intervalTemplate } from '../src/templates/interval.js';
import type { VegaSpec } from '../src/types.js';

/** A placeholder text that marks a title to be bound to a signal of the same name. */
const signalTitle = (name: string): string => `{{signal:${name}}}`;

/**
 * Replaces every `title` equal to a placeholder from {@link signalTitle} with a signal reference,
 * and declares the signal: Vega-Lite axis titles are static text, Vega's accept signals.
 */
function bindTitleSignals(spec: VegaSpec, names: string[]): VegaSpec {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const name = names.find((n) => v === signalTitle(n));
      out[key] = key === 'title' && name ? { signal: name } : walk(v);
    }
    return out;
  };
  const bound = walk(spec) as VegaSpec;
  const signals = (bound.signals as unknown[] | undefined) ?? [];
  bound.signals = [...names.map((name) => ({ name, value: '' })), ...signals];
  return bound;
}

/**
 * Vega-Lite's compiler warns `Dropping "fit-y"` for every chart with a discrete (step) height,
 * although it keeps `fit-x` as asked; any other warning is a real problem in a template.
 */
const EXPECTED_WARNINGS = [/^Dropping "fit-y" because spec has discrete height/];

function compileQuietly(spec: TopLevelSpec): VegaSpec {
  const warnings: string[] = [];
  const collect = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const logger = {
    level: () => logger,
    error: collect,
    warn: collect,
    info: () => logger,
    debug: () => logger,
  };
  const out = compile(spec, { logger: logger as never }).spec as unknown as VegaSpec;
  const unexpected = warnings.filter((w) => !EXPECTED_WARNINGS.some((re) => re.test(w)));
  if (unexpected.length > 0)
    throw new Error(`Vega-Lite warned while compiling a template:\n${unexpected.join('\n')}`);
  return out;
}

/** Every chart template compiled to Vega, with the file and export name it is written to. */
export function compileTemplates(): { file: string; exportName: string; spec: VegaSpec }[] {
  const ranking = compileQuietly(
    rankingTemplate({ xTitle: signalTitle('xTitle') }) as unknown as TopLevelSpec,
  );
  const other = (exportName: string, spec: unknown, title: string) => ({
    file: 'charts.vg.generated.ts',
    exportName,
    spec: bindTitleSignals(compileQuietly(spec as TopLevelSpec), [title]),
  });
  return [
    {
      file: 'ranking.vg.generated.ts',
      exportName: 'rankingVega',
      spec: bindTitleSignals(ranking, ['xTitle']),
    },
    other('dotsVega', dotsTemplate(), 'xTitle'),
    other('linesVega', linesTemplate(), 'yTitle'),
    other('linesRankVega', linesTemplate({ reverse: true }), 'yTitle'),
    other('stripVega', stripTemplate(), 'xTitle'),
    other('intervalVega', intervalTemplate(), 'xTitle'),
  ];
}
