/*
 * The pipeline flags --normalise, --aggregate, --impute and --treat, parsed from the method tables
 * of @takar/core: a method is accepted here, listed in the errors and shown in --help as soon as
 * its table has it.
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
  type MethodEntry,
  type MethodFamily,
  type PipelineConfig,
} from '@takar/core';

const usage = (flag: string, message: string): TakarError =>
  new TakarError(issue('cli/usage', [`--${flag}`], message));

/** The CLI syntaxes of a family's methods: `minmax[:lo,hi], zscore[:mean,sd], … or goalposts[:lo,hi]`. */
export function methodSyntaxes(family: MethodFamily<MethodEntry<unknown>>): string {
  return orList(family.entries().map((e) => e.cli.syntax));
}

/**
 * `<method>[:<arg>]` of a method family, by the method's own CLI syntax in its table.
 *
 * @example
 * ```ts
 * methodFlag(NORMALISERS, 'normalise', 'minmax:0,10'); // { method: 'minmax', range: [0, 10] }
 * ```
 */
export function methodFlag<Spec>(
  family: MethodFamily<MethodEntry<Spec>>,
  flag: string,
  text: string,
): Spec {
  const i = text.indexOf(':');
  const name = i < 0 ? text : text.slice(0, i);
  const arg = i < 0 ? undefined : text.slice(i + 1);
  const entry = family.get(name);
  if (!entry)
    throw usage(
      flag,
      `Unknown --${flag} "${text}"; use ${methodSyntaxes(family as MethodFamily<MethodEntry<unknown>>)}.`,
    );
  const fail = (message: string): never => {
    throw usage(flag, message);
  };
  if (entry.cli.parse) return entry.cli.parse(arg, fail);
  if (arg !== undefined) fail(`--${flag} ${name} takes no argument; got "${text}".`);
  return { method: name } as Spec;
}

/**
 * `--impute <method>`: the syntaxes of the imputer table (`mean`, `group-mean:<column>`, …).
 *
 * @example
 * ```ts
 * imputeFlag('group-mean:province'); // { method: 'group-mean', group: 'province' }
 * ```
 */
export function imputeFlag(text: string): NonNullable<PipelineConfig['impute']> {
  return methodFlag(IMPUTERS, 'impute', text);
}

/**
 * `--treat <method>[,<key>=<value>…]`: a treatment of the treatment table and its settings
 * (`default,winmax=3`, `winmax=3` alone means `default`).
 *
 * @example
 * ```ts
 * treatFlag('default,winmax=3'); // { method: 'default', winmax: 3 }
 * ```
 */
export function treatFlag(text: string): NonNullable<PipelineConfig['treat']> {
  const out: NonNullable<PipelineConfig['treat']> = { method: 'default' };
  const unknown = (): TakarError =>
    usage(
      'treat',
      `Unknown --treat "${text}"; use ${methodSyntaxes(TREATMENTS)}, optionally with ${orList(TREAT_SETTINGS.map((s) => s.syntax))} (joined by commas: default,winmax=3).`,
    );
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (!TREATMENTS.has(part)) throw unknown();
      out.method = methodFlag(TREATMENTS, 'treat', part).method;
      continue;
    }
    const setting = TREAT_SETTINGS.find((s) => s.key === part.slice(0, eq));
    const value = setting?.parse(part.slice(eq + 1));
    if (!setting || value === undefined) throw unknown();
    out[setting.field] = value;
  }
  return out;
}

/**
 * `--normalise <method>`: the syntaxes of the normaliser table
 * (`minmax[:lo,hi]`, `zscore[:mean,sd]`, `dist2ref:<unit>`, …).
 *
 * @example
 * ```ts
 * normaliseFlag('zscore:10,2'); // { method: 'zscore', meanSd: [10, 2] }
 * ```
 */
export function normaliseFlag(text: string): NonNullable<PipelineConfig['normalise']> {
  return methodFlag(NORMALISERS, 'normalise', text);
}

/**
 * `--aggregate <method>`: the syntaxes of the aggregator table (`amean`, `pmean:<p>`, …).
 *
 * @example
 * ```ts
 * aggregateFlag('pmean:2'); // { method: 'pmean', p: 2 }
 * ```
 */
export function aggregateFlag(text: string): NonNullable<PipelineConfig['aggregate']> {
  return methodFlag(AGGREGATORS, 'aggregate', text);
}

/** `--screen <threshold>`: minimum data availability, 0–1. */
export function screenFlag(text: string): NonNullable<PipelineConfig['screen']> {
  const x = Number(text);
  if (!(x >= 0 && x <= 1))
    throw usage('screen', `--screen expects a share between 0 and 1; got "${text}".`);
  return { minAvailability: x };
}
