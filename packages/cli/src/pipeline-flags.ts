import { TakarError, issue, type PipelineConfig } from '@takar/core';

const usage = (flag: string, message: string): TakarError =>
  new TakarError(issue('cli/usage', [`--${flag}`], message));

function numbers(text: string, flag: string, count: number): number[] {
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== count || parts.some((x) => !Number.isFinite(x))) {
    throw usage(flag, `--${flag} expects ${count} numbers separated by a comma; got "${text}".`);
  }
  return parts;
}

/**
 * `--impute mean|median|group-mean:<column>|group-median:<column>|latest|linear|none`
 *
 * @example
 * ```ts
 * imputeFlag('group-mean:province'); // { method: 'group-mean', group: 'province' }
 * ```
 */
export function imputeFlag(text: string): NonNullable<PipelineConfig['impute']> {
  const [method, group] = text.split(':') as [string, string | undefined];
  if (method === 'group-mean' || method === 'group-median') {
    if (!group)
      throw usage('impute', `--impute ${method} needs a group column: ${method}:<column>.`);
    return { method, group };
  }
  if (['none', 'mean', 'median', 'latest', 'linear'].includes(method) && group === undefined) {
    return { method: method as 'none' };
  }
  throw usage(
    'impute',
    `Unknown --impute "${text}"; use mean, median, group-mean:<column>, group-median:<column>, latest, linear or none.`,
  );
}

/** `--treat default|none|winmax=<n>` (several settings may be joined with commas: `default,winmax=3`). */
export function treatFlag(text: string): NonNullable<PipelineConfig['treat']> {
  const out: NonNullable<PipelineConfig['treat']> = { method: 'default' };
  for (const part of text.split(',')) {
    const [key, value] = part.split('=') as [string, string | undefined];
    if (key === 'none' || key === 'default') out.method = key;
    else if (key === 'winmax' && value !== undefined && /^\d+$/.test(value))
      out.winmax = Number(value);
    else if (
      (key === 'skew' || key === 'kurt') &&
      value !== undefined &&
      Number.isFinite(Number(value))
    ) {
      if (key === 'skew') out.skewMax = Number(value);
      else out.kurtMax = Number(value);
    } else
      throw usage(
        'treat',
        `Unknown --treat "${text}"; use default, none or winmax=<n> (optionally skew=<x>, kurt=<x>).`,
      );
  }
  return out;
}

/**
 * `--normalise minmax[:lo,hi]|zscore[:mean,sd]|rank|prank|borda|fracmax|dist2max|dist2ref:<unit>|dist2targ[:cap]|goalposts[:lo,hi][:untruncated]|none`
 *
 * @example
 * ```ts
 * normaliseFlag('goalposts:0,1:untruncated'); // { method: 'goalposts', range: [0, 1], truncate: false }
 * ```
 */
export function normaliseFlag(text: string): NonNullable<PipelineConfig['normalise']> {
  const i = text.indexOf(':');
  const method = i < 0 ? text : text.slice(0, i);
  const arg = i < 0 ? undefined : text.slice(i + 1);
  switch (method) {
    case 'goalposts': {
      // Goalposts clamp to [low, high] as COINr's trunc2posts does, unless `untruncated`.
      const parts = arg === undefined ? [] : arg.split(':');
      const untruncated = parts[parts.length - 1] === 'untruncated';
      if (untruncated) parts.pop();
      if (parts.length > 1) break;
      return {
        method,
        ...(parts[0] !== undefined
          ? { range: numbers(parts[0], 'normalise', 2) as [number, number] }
          : {}),
        ...(untruncated ? { truncate: false } : {}),
      };
    }
    case 'minmax':
      return arg === undefined
        ? { method }
        : { method, range: numbers(arg, 'normalise', 2) as [number, number] };
    case 'zscore':
      if (arg === undefined) return { method };
      {
        const [m, s] = numbers(arg, 'normalise', 2) as [number, number];
        if (!(s > 0)) throw usage('normalise', 'The z-score sd must be positive.');
        return { method, meanSd: [m, s] };
      }
    case 'dist2ref':
      if (!arg)
        throw usage(
          'normalise',
          '--normalise dist2ref needs the reference unit: dist2ref:<unit code>.',
        );
      return { method, reference: arg };
    case 'dist2targ':
      return arg === 'cap' ? { method, cap: true } : { method };
    case 'none':
    case 'rank':
    case 'prank':
    case 'borda':
    case 'fracmax':
    case 'dist2max':
      if (arg !== undefined) break;
      return { method };
  }
  throw usage(
    'normalise',
    `Unknown --normalise "${text}"; use minmax[:lo,hi], zscore[:mean,sd], rank, prank, borda, fracmax, dist2max, dist2ref:<unit>, dist2targ, goalposts[:lo,hi][:untruncated] or none.`,
  );
}

/** `--aggregate amean|gmean|hmean|pmean:<p>|copeland` */
export function aggregateFlag(text: string): NonNullable<PipelineConfig['aggregate']> {
  const [method, arg] = text.split(':') as [string, string | undefined];
  if (method === 'pmean') {
    const p = Number(arg);
    if (arg === undefined || !Number.isFinite(p))
      throw usage('aggregate', '--aggregate pmean needs an exponent: pmean:<p>.');
    return { method, p };
  }
  if (['amean', 'gmean', 'hmean', 'copeland'].includes(method) && arg === undefined)
    return { method: method as 'amean' };
  throw usage(
    'aggregate',
    `Unknown --aggregate "${text}"; use amean, gmean, hmean, pmean:<p> or copeland.`,
  );
}

/** `--screen <threshold>`: minimum data availability, 0–1. */
export function screenFlag(text: string): NonNullable<PipelineConfig['screen']> {
  const x = Number(text);
  if (!(x >= 0 && x <= 1))
    throw usage('screen', `--screen expects a share between 0 and 1; got "${text}".`);
  return { minAvailability: x };
}
