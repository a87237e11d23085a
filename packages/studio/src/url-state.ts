/**
 * The small state a link carries, in the address's fragment (never sent to a server): the
 * shipped framework, the language, whether the example data is loaded, the pipeline options (as
 * the CLI writes them: impute `i`, treat `t`, normalise `n`, aggregate `a`, `x=years` for
 * normalisation across years), the weights that differ from the framework's, and the uncertainty
 * settings (`u` replications when not 500, `v` the method families varied too). Data files are
 * not in the address: a link to a studio working on a file reopens the framework and weights only.
 *
 *   #f=smart-city&lang=en&d=example&i=mean&t=default,winmax=3&n=zscore&a=pmean:2&x=years&w=governance:1.2&u=1000&v=normalise,aggregate
 */
import { issue, type Lang, type TakarIssue } from '@takar/core';

export interface UrlState {
  framework: 'smart-city' | 'spbe-2020' | null;
  lang: Lang | null;
  /** The example data: of its latest year (`true`), or of every year (`'years'`). */
  example: boolean | 'years';
  impute: string | null;
  treat: string | null;
  normalise: string | null;
  aggregate: string | null;
  across: boolean;
  /** Node code → weight, the ones that differ from the framework's. */
  weights: Record<string, number>;
  /** Uncertainty replications (10–10 000), when not the default. */
  runs: number | null;
  /** The method families the uncertainty analysis varies too. */
  vary: VariedFamily[];
}

/** A method family the uncertainty analysis can vary (COINr's alternative methods). */
export type VariedFamily = 'normalise' | 'aggregate';
const FAMILIES: readonly VariedFamily[] = ['normalise', 'aggregate'];

const FRAMEWORKS = ['smart-city', 'spbe-2020'] as const;

/** The fragment for a state (stable key order; weights in the order given). */
export function stateHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.framework) parts.push(`f=${state.framework}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.example) parts.push(state.example === 'years' ? 'd=example-years' : 'd=example');
  if (state.impute) parts.push(`i=${encodeURIComponent(state.impute)}`);
  if (state.treat) parts.push(`t=${encodeURIComponent(state.treat)}`);
  if (state.normalise) parts.push(`n=${encodeURIComponent(state.normalise)}`);
  if (state.aggregate) parts.push(`a=${encodeURIComponent(state.aggregate)}`);
  if (state.across) parts.push('x=years');
  const w = Object.entries(state.weights);
  if (w.length) parts.push(`w=${w.map(([c, v]) => `${encodeURIComponent(c)}:${v}`).join(',')}`);
  if (state.runs !== null) parts.push(`u=${state.runs}`);
  if (state.vary.length) parts.push(`v=${state.vary.join(',')}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Reads a fragment, listing every part it cannot use (unknown framework or key, a weight that is
 * not a number ≥ 0); the parts it can use are kept.
 */
export function parseStateHash(hash: string): { state: UrlState; issues: TakarIssue[] } {
  const state: UrlState = {
    framework: null,
    lang: null,
    example: false,
    impute: null,
    treat: null,
    normalise: null,
    aggregate: null,
    across: false,
    weights: {},
    runs: null,
    vary: [],
  };
  const issues: TakarIssue[] = [];
  const text = hash.replace(/^#/, '');
  if (!text) return { state, issues };
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
    if (key === 'f') {
      if ((FRAMEWORKS as readonly string[]).includes(value))
        state.framework = value as UrlState['framework'];
      else
        issues.push(
          issue(
            'data/invalid',
            ['#f'],
            `The link names framework "${value}"; the studio ships smart-city and spbe-2020.`,
          ),
        );
    } else if (key === 'lang') {
      if (value === 'id' || value === 'en') state.lang = value;
      else
        issues.push(
          issue('data/invalid', ['#lang'], `The link's language "${value}" is neither id nor en.`),
        );
    } else if (key === 'd') {
      if (value === 'example') state.example = true;
      else if (value === 'example-years') state.example = 'years';
      else
        issues.push(
          issue(
            'data/invalid',
            ['#d'],
            `The link's data "${value}" is unknown; only "example" and "example-years" can be in a link.`,
          ),
        );
    } else if (key === 'i') state.impute = value;
    else if (key === 't') state.treat = value;
    else if (key === 'n') state.normalise = value;
    else if (key === 'a') state.aggregate = value;
    else if (key === 'x') {
      if (value === 'years') state.across = true;
      else
        issues.push(
          issue(
            'data/invalid',
            ['#x'],
            `The link's "x=${value}" is unknown; only x=years can be in a link.`,
          ),
        );
    } else if (key === 'w') {
      for (const pair of value.split(',')) {
        const colon = pair.lastIndexOf(':');
        const code = pair.slice(0, colon);
        const w = Number(pair.slice(colon + 1));
        if (colon <= 0 || pair.slice(colon + 1) === '' || !Number.isFinite(w) || w < 0)
          issues.push(
            issue(
              'data/invalid',
              ['#w', pair],
              `The link's weight "${pair}" is not code:number with a number ≥ 0.`,
            ),
          );
        else state.weights[code] = w;
      }
    } else if (key === 'u') {
      const n = Number(value);
      if (/^\d+$/.test(value) && n >= 10 && n <= 10000) state.runs = n;
      else
        issues.push(
          issue(
            'data/invalid',
            ['#u'],
            `The link's replications "${value}" are not a whole number from 10 to 10000.`,
          ),
        );
    } else if (key === 'v') {
      for (const family of value.split(','))
        if ((FAMILIES as readonly string[]).includes(family)) {
          if (!state.vary.includes(family as VariedFamily)) state.vary.push(family as VariedFamily);
        } else
          issues.push(
            issue(
              'data/invalid',
              ['#v', family],
              `The link varies "${family}"; the uncertainty analysis can vary normalise and aggregate.`,
            ),
          );
    } else
      issues.push(issue('data/invalid', [`#${key}`], `The link holds an unknown part "${key}".`));
  }
  return { state, issues };
}
