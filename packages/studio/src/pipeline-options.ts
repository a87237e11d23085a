/**
 * The pipeline options of the studio: impute, treat (outliers), normalise and aggregate, each
 * written as on the command line (`minmax:0,10`, `group-mean:province`, `default,winmax=3`) and
 * read through the engine's method tables (`IMPUTERS`, `TREATMENTS`, `NORMALISERS`,
 * `AGGREGATORS`), so the studio offers exactly the methods `takar score` accepts, with the same
 * syntax and descriptions; plus normalisation across years (`--normalise-across years`).
 */
import {
  AGGREGATORS,
  IMPUTERS,
  NORMALISERS,
  TREATMENTS,
  TREAT_SETTINGS,
  TakarError,
  issue,
  orList,
  poolAcrossYears,
  resolvePipeline,
  type Dataset,
  type Framework,
  type Lang,
  type MethodEntry,
  type MethodFamily,
  type PipelineConfig,
  type TakarIssue,
} from '@takar/core';

/** The families the studio sets, in the order of the pipeline. */
export const OPTION_FAMILIES = ['impute', 'treat', 'normalise', 'aggregate'] as const;
export type OptionFamily = (typeof OPTION_FAMILIES)[number];

/** The options as the user wrote them: a family's CLI text, absent for the framework's own. */
export type PipelineTexts = Partial<Record<OptionFamily, string>> & {
  /** `years`: min-max / z-score parameters pooled over every year of the data. */
  across?: 'years';
};

/** The method table of a family (the same one the CLI parses its flags with). */
export function familyTable(family: OptionFamily): MethodFamily<MethodEntry<unknown>> {
  const tables = {
    impute: IMPUTERS,
    treat: TREATMENTS,
    normalise: NORMALISERS,
    aggregate: AGGREGATORS,
  } as const;
  return tables[family] as unknown as MethodFamily<MethodEntry<unknown>>;
}

/** One method a family offers: its name, CLI syntax, description and needs in `lang`. */
export interface MethodChoice {
  name: string;
  syntax: string;
  /** Whether the method takes an argument after `:` (`minmax[:lo,hi]`, `pmean:<p>`). */
  takesArgument: boolean;
  /** Whether it cannot be used without one (`pmean:<p>`, `dist2ref:<unit>`). */
  needsArgument: boolean;
  description: string;
  needs: string[];
}

/** The methods of a family, in the table's order. */
export function methodChoices(family: OptionFamily, lang: Lang): MethodChoice[] {
  const table = familyTable(family);
  const bare = new Set(table.withoutArgument());
  return table.entries().map((e) => ({
    name: e.name,
    syntax: e.cli.syntax,
    takesArgument: e.cli.parse !== undefined && e.cli.syntax.includes(':'),
    needsArgument: !bare.has(e.name),
    description: e.description[lang],
    needs: e.needs.map((n) => n[lang]),
  }));
}

/** The treatment settings (`winmax=<n>`, …) with their descriptions in `lang`. */
export function treatSettings(lang: Lang): { syntax: string; description: string }[] {
  return TREAT_SETTINGS.map((s) => ({ syntax: s.syntax, description: s.description[lang] }));
}

/**
 * What the pipeline uses when the studio sets nothing: the framework's own setting, else the
 * engine's default, as CLI text (`minmax:0,100` is written `minmax`).
 */
export function defaultText(framework: Framework, family: OptionFamily): string {
  const resolved = resolvePipeline(framework.pipeline, {});
  return resolved[family].method;
}

/** Whether the framework itself sets the family (else the engine's default applies). */
export function frameworkSets(framework: Framework, family: OptionFamily): boolean {
  return framework.pipeline?.[family] !== undefined;
}

const bad = (family: OptionFamily, message: string): TakarIssue =>
  issue('pipeline/invalid', ['pipeline', family], message);

/**
 * One family's text as its spec, by the method's own CLI syntax in its table; a text the table
 * does not accept is an issue naming the family.
 */
export function specOf(
  family: OptionFamily,
  text: string,
): { ok: true; spec: Record<string, unknown> } | { ok: false; issue: TakarIssue } {
  const table = familyTable(family);
  const fail = (message: string): never => {
    throw new TakarError(bad(family, message));
  };
  try {
    if (family === 'treat') {
      // `default,winmax=3`: a treatment and the shared settings, as `--treat` reads them.
      const out: Record<string, unknown> = { method: 'default' };
      for (const part of text.split(',')) {
        const eq = part.indexOf('=');
        if (eq < 0) {
          if (!table.has(part))
            fail(
              `Unknown treatment "${part}"; use ${orList(table.names())}, optionally with ${orList(TREAT_SETTINGS.map((s) => s.syntax))} (joined by commas: default,winmax=3).`,
            );
          out.method = part;
          continue;
        }
        const setting = TREAT_SETTINGS.find((s) => s.key === part.slice(0, eq));
        const value = setting?.parse(part.slice(eq + 1));
        if (!setting || value === undefined)
          fail(
            `"${part}" is no treatment setting; use ${orList(TREAT_SETTINGS.map((s) => s.syntax))}.`,
          );
        else out[setting.field] = value;
      }
      return { ok: true, spec: out };
    }
    const i = text.indexOf(':');
    const name = i < 0 ? text : text.slice(0, i);
    const arg = i < 0 ? undefined : text.slice(i + 1);
    const entry = table.get(name);
    if (!entry)
      fail(
        `Unknown ${table.what} method "${name}"; use ${orList(table.entries().map((e) => e.cli.syntax))}.`,
      );
    const e = entry as MethodEntry<unknown>;
    if (e.cli.parse) return { ok: true, spec: e.cli.parse(arg, fail) as Record<string, unknown> };
    if (arg !== undefined) fail(`${name} takes no argument; got "${text}".`);
    return { ok: true, spec: { method: name } };
  } catch (err) {
    if (err instanceof TakarError && err.issues[0]) return { ok: false, issue: err.issues[0] };
    throw err;
  }
}

/**
 * The pipeline the texts set (the framework's own pipeline fills the rest when scoring), with
 * every text the tables refuse listed at once. `across` is not in it: see {@link withAcross}.
 */
export function pipelineOf(texts: PipelineTexts): {
  pipeline: PipelineConfig | null;
  issues: TakarIssue[];
} {
  const out: Record<string, unknown> = {};
  const issues: TakarIssue[] = [];
  for (const family of OPTION_FAMILIES) {
    const text = texts[family];
    if (text === undefined) continue;
    const read = specOf(family, text.trim());
    if (read.ok) out[family] = read.spec;
    else issues.push(read.issue);
  }
  return { pipeline: Object.keys(out).length ? (out as PipelineConfig) : null, issues };
}

/** The years of a dataset's values, ascending. */
export function yearsOf(data: Dataset): number[] {
  const years = new Set<number>();
  for (const v of data.values) if (typeof v.year === 'number') years.add(v.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * With `across: 'years'`, the pipeline whose normalisation takes its parameters once from every
 * year of the data pooled (`poolAcrossYears`, as `takar score --normalise-across years`), so the
 * scores of different years are on one scale. Data without years, or a method that ranks each
 * year on its own, is an issue.
 */
export function withAcross(
  framework: Framework,
  data: Dataset,
  pipeline: PipelineConfig | null,
  across: 'years' | undefined,
): { ok: true; pipeline: PipelineConfig | null } | { ok: false; issues: TakarIssue[] } {
  if (across !== 'years') return { ok: true, pipeline };
  const years = yearsOf(data);
  if (years.length === 0)
    return {
      ok: false,
      issues: [
        bad(
          'normalise',
          'Normalisation across years needs data with a year column (year, Time or tahun); choose "per year" or load data with years.',
        ),
      ],
    };
  try {
    const normalise = poolAcrossYears(framework, data, years, { pipeline: pipeline ?? {} });
    return { ok: true, pipeline: { ...(pipeline ?? {}), normalise } };
  } catch (e) {
    if (e instanceof TakarError) return { ok: false, issues: [...e.issues] };
    throw e;
  }
}

/**
 * The texts of an older session, which kept only the normalise and aggregate method names in
 * `pipeline`; the methods with their parameters are in `options` since.
 */
export function textsOfPipeline(pipeline: PipelineConfig | null): PipelineTexts {
  const out: PipelineTexts = {};
  for (const family of OPTION_FAMILIES) {
    const method = pipeline?.[family]?.method;
    if (method) out[family] = method;
  }
  return out;
}

/** The values of one year of a dataset (all of it when it has no more than one year). */
export function yearSlice(data: Dataset, year: number | null): Dataset {
  if (year === null || yearsOf(data).length < 2) return data;
  return { ...data, values: data.values.filter((v) => v.year === year) };
}
