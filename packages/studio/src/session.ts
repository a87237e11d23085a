/**
 * The studio's session: everything needed to reopen the same work (the data as loaded, the
 * framework with its edits, pipeline options, named weight sets, the uncertainty settings,
 * language), as a `.takar.json`
 * file or in the browser's localStorage. Restoring checks the file and lists every problem.
 */
import type { PipelineTexts } from './pipeline-options.js';
import {
  issue,
  type Framework,
  type Lang,
  type PipelineConfig,
  type TakarIssue,
} from '@takar/core';

/** Where the session's data came from; text sources keep the text, so a session is self-contained. */
export type SessionData =
  /** The example data of one year, or of every year (`'all'`). */
  | { kind: 'example'; framework: 'smart-city' | 'spbe-2020'; year: number | 'all' }
  | {
      kind: 'csv';
      name: string;
      text: string;
      delimiter?: ',' | ';' | '\t';
      decimal?: '.' | ',';
      /** Units resolved by hand: the file's unit code → the registry's region code. */
      regions?: Record<string, string>;
    }
  | {
      kind: 'json';
      name: string;
      text: string;
      /** Group and denominator columns (from a workbook's iMeta sheet). */
      groups?: string[];
      denominators?: string[];
      /** Units resolved by hand: the file's unit code → the registry's region code. */
      regions?: Record<string, string>;
    };

export interface Session {
  format: 'takar-studio-session';
  formatVersion: 1;
  lang: Lang;
  /** The shipped framework the session started from, or null for a framework from a file. */
  frameworkId: string | null;
  framework: Framework;
  data: SessionData | null;
  /** The pipeline the options set (without the pooled parameters of across-years normalisation). */
  pipeline: PipelineConfig | null;
  /**
   * The pipeline options as written (CLI syntax per family, and `across`); sessions written
   * before they existed have only `pipeline`'s normalise and aggregate methods.
   */
  options?: PipelineTexts;
  /** The year scored, when the data has several. */
  year?: number | null;
  /** Named weight sets: name → node code → weight. */
  weightSets: Record<string, Record<string, number>>;
  /** The uncertainty settings: replications, and the method families varied too. */
  uncertainty?: { runs: number; vary: ('normalise' | 'aggregate')[] };
}

export type SessionOutcome = { ok: true; session: Session } | { ok: false; issues: TakarIssue[] };

/** The key the studio keeps its session under in localStorage. */
export const STORAGE_KEY = 'takar-studio-session';

/** The session as the text of a `.takar.json` file (stable key order, two-space indent). */
export function sessionText(session: Session): string {
  return JSON.stringify(session, null, 2) + '\n';
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a session file's text, listing every problem at once (the framework itself is checked by
 * the engine when the session is scored).
 */
export function parseSession(text: string): SessionOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [
        issue('data/invalid', [], `The session file is not valid JSON: ${(e as Error).message}`),
      ],
    };
  }
  const issues: TakarIssue[] = [];
  if (!isObject(json) || json.format !== 'takar-studio-session') {
    return {
      ok: false,
      issues: [
        issue(
          'data/invalid',
          ['format'],
          'This is not a Takar Studio session (format "takar-studio-session").',
        ),
      ],
    };
  }
  if (json.formatVersion !== 1)
    issues.push(
      issue(
        'data/invalid',
        ['formatVersion'],
        `Session format version ${String(json.formatVersion)} is not supported; this studio reads version 1.`,
      ),
    );
  if (json.lang !== 'id' && json.lang !== 'en')
    issues.push(issue('data/invalid', ['lang'], 'lang must be "id" or "en".'));
  if (!isObject(json.framework) || !Array.isArray(json.framework.nodes))
    issues.push(
      issue('data/invalid', ['framework'], 'framework must be a framework object with nodes.'),
    );
  if (json.frameworkId !== null && typeof json.frameworkId !== 'string')
    issues.push(issue('data/invalid', ['frameworkId'], 'frameworkId must be a string or null.'));
  if (json.pipeline !== null && !isObject(json.pipeline))
    issues.push(issue('data/invalid', ['pipeline'], 'pipeline must be an object or null.'));
  if (
    json.year !== undefined &&
    json.year !== null &&
    !(typeof json.year === 'number' && Number.isInteger(json.year))
  )
    issues.push(issue('data/invalid', ['year'], 'year must be a whole year or null.'));
  if (json.options !== undefined) {
    if (!isObject(json.options))
      issues.push(issue('data/invalid', ['options'], 'options must be an object.'));
    else
      for (const [key, v] of Object.entries(json.options)) {
        const known = ['impute', 'treat', 'normalise', 'aggregate'].includes(key);
        if (key === 'across' ? v !== 'years' : !known || typeof v !== 'string')
          issues.push(
            issue(
              'data/invalid',
              ['options', key],
              known
                ? `options.${key} must be the method as the CLI writes it (e.g. "minmax:0,100").`
                : key === 'across'
                  ? 'options.across must be "years" (or left out).'
                  : `options.${key} is no pipeline option; use impute, treat, normalise, aggregate or across.`,
            ),
          );
      }
  }
  const d = json.data;
  if (d !== null) {
    if (!isObject(d))
      issues.push(issue('data/invalid', ['data'], 'data must be an object or null.'));
    else if (d.kind === 'example') {
      if (d.framework !== 'smart-city' && d.framework !== 'spbe-2020')
        issues.push(
          issue(
            'data/invalid',
            ['data', 'framework'],
            'The example data exists for smart-city and spbe-2020 only.',
          ),
        );
      if (d.year !== 'all' && !(typeof d.year === 'number' && Number.isInteger(d.year)))
        issues.push(
          issue('data/invalid', ['data', 'year'], 'data.year must be a whole year, or "all".'),
        );
    } else if (d.kind === 'csv' || d.kind === 'json') {
      if (typeof d.text !== 'string')
        issues.push(issue('data/invalid', ['data', 'text'], 'data.text must hold the file text.'));
      if (
        d.regions !== undefined &&
        !(isObject(d.regions) && Object.values(d.regions).every((x) => typeof x === 'string'))
      )
        issues.push(
          issue(
            'data/invalid',
            ['data', 'regions'],
            'data.regions must map unit codes to region codes.',
          ),
        );
      for (const key of ['groups', 'denominators'] as const)
        if (
          d[key] !== undefined &&
          !(Array.isArray(d[key]) && d[key].every((x) => typeof x === 'string'))
        )
          issues.push(
            issue('data/invalid', ['data', key], `data.${key} must be a list of column names.`),
          );
      if (typeof d.name !== 'string')
        issues.push(issue('data/invalid', ['data', 'name'], 'data.name must be the file name.'));
    } else
      issues.push(
        issue('data/invalid', ['data', 'kind'], 'data.kind must be "example", "csv" or "json".'),
      );
  }
  if (!isObject(json.weightSets))
    issues.push(issue('data/invalid', ['weightSets'], 'weightSets must be an object.'));
  else
    for (const [name, set] of Object.entries(json.weightSets)) {
      if (!isObject(set)) {
        issues.push(
          issue(
            'data/invalid',
            ['weightSets', name],
            `Weight set "${name}" must map node codes to weights.`,
          ),
        );
        continue;
      }
      for (const [code, w] of Object.entries(set))
        if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
          issues.push(
            issue(
              'data/invalid',
              ['weightSets', name, code],
              `Weight set "${name}": the weight of ${code} must be a number ≥ 0.`,
            ),
          );
    }
  if (json.uncertainty !== undefined) {
    const u = json.uncertainty;
    const runs = isObject(u) ? u.runs : undefined;
    const vary = isObject(u) ? u.vary : undefined;
    if (!isObject(u))
      issues.push(
        issue('data/invalid', ['uncertainty'], 'uncertainty must be an object (runs, vary).'),
      );
    else {
      if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 10 || runs > 10000)
        issues.push(
          issue(
            'data/invalid',
            ['uncertainty', 'runs'],
            'uncertainty.runs must be a whole number from 10 to 10000.',
          ),
        );
      if (!Array.isArray(vary) || !vary.every((f) => f === 'normalise' || f === 'aggregate'))
        issues.push(
          issue(
            'data/invalid',
            ['uncertainty', 'vary'],
            'uncertainty.vary must list "normalise" and/or "aggregate".',
          ),
        );
    }
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, session: json as unknown as Session };
}
