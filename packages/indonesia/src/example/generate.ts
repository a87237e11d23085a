/*
 * The example data generator: seeded, deterministic, over the real region list.
 *
 *   seed ─ waves (participants.ts) ─┬─ Smart City: region level → dimension, sub-dimension and
 *                                   │  stage offsets → programme ratings 1–4 averaged per leaf
 *                                   ├─ SPBE: region level → domain and indicator offsets →
 *                                   │  maturity levels 1–5 (all kabupaten/kota, ~95 % a year)
 *                                   └─ programmes: 1–3 per evaluated region, year and dimension,
 *                                      beneficiaries bounded by the real 2024 population
 *
 * Model (all effects normal, from the seeded stream; see docs/guides/example-data.md):
 * - a region's level rises with IPM, being a kota, population and an earlier cohort, so scores
 *   correlate with real covariates; dimensions share the region level (correlated dimensions);
 * - persistence: region and dimension offsets are fixed, yearly shocks follow AR(1) (φ = 0.6);
 * - a leaf is the mean of 2–5 programme ratings (integers 1–4), as the evaluation averages
 *   programme ratings, so finals land mostly in 2.0–3.9.
 * Every random draw comes from a sub-stream named after what it is for (region code, year…), so
 * adding a year or a region does not shift the others.
 */
import { roundHalfUpDecimal } from '../decimal-round.js';
import {
  SMART_CITY_DIMENSIONS,
  SMART_CITY_STAGES,
  smartCityFramework,
} from '../frameworks/smart-city.js';
import { spbeFramework, spbeIndicatorCode } from '../frameworks/spbe-2020.js';
import { SPBE_2020_ROWS } from '../generated/spbe-2020-indicators.generated.js';
import { regions, type Region } from '../regions/registry.js';
import { createRng } from './prng.js';
import { drawWaves } from './participants.js';
import { PROGRAMME_TEMPLATES, type BeneficiaryUnit } from './programme-templates.js';

/** The default seed of the shipped example data. */
export const EXAMPLE_SEED = 2017;

/** The years of the shipped example data. */
export const EXAMPLE_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024];

/** The note every example file and view carries. */
export const EXAMPLE_NOTE =
  'Data ilustratif, bukan hasil resmi / Illustrative data, not official results';

/** Values of one framework's indicators in wide form: one row per region and year. */
export interface WideValues {
  /** The framework id and version the indicator codes belong to. */
  readonly framework: string;
  readonly frameworkVersion: string;
  /** Indicator codes, the order of each row's values. */
  readonly indicators: readonly string[];
  /** `[region code, year, values]`, sorted by year then code; `null` = not assessed. */
  readonly rows: readonly (readonly [string, number, readonly (number | null)[]])[];
}

/** One programme's beneficiaries (*penerima manfaat*) in a region, year and dimension. */
export interface Programme {
  readonly region: string;
  readonly year: number;
  readonly dimension: string;
  readonly programme: string;
  readonly beneficiaries: number;
  readonly unit: BeneficiaryUnit;
}

/** Everything the generator produces. */
export interface ExampleData {
  readonly seed: number;
  readonly years: readonly number[];
  /** Year each Smart City participant joined the movement, by region code. */
  readonly waves: Readonly<Record<string, number>>;
  readonly smartCity: WideValues;
  readonly spbe: WideValues;
  readonly programmes: readonly Programme[];
}

/** Options of {@link generateExample}. */
export interface GenerateOptions {
  /** Seed (default {@link EXAMPLE_SEED}). */
  readonly seed?: number;
  /** Years (default 2020–2024). */
  readonly years?: readonly number[];
}

const r2 = (x: number): number => roundHalfUpDecimal(x, 2);
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Standardised covariates of a region (over all 514): IPM, log population. */
function covariates(): Map<string, { zIpm: number; zPop: number }> {
  const all = regions();
  const stats = (xs: number[]): [number, number] => {
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
    return [m, sd];
  };
  // log10 via digit count + linear interpolation would avoid Math.log; population enters only
  // through a monotone transform, so a square root (exact in IEEE 754) serves as well.
  const pops = all.map((r) => Math.sqrt(r.population2024));
  const [mi, si] = stats(all.map((r) => r.ipm2024));
  const [mp, sp] = stats(pops);
  return new Map(
    all.map((r, i) => [
      r.code,
      { zIpm: (r.ipm2024 - mi) / si, zPop: ((pops[i] as number) - mp) / sp },
    ]),
  );
}

const STAGE_OFFSET: Readonly<Record<string, number>> = {
  baseline: 0.05,
  output: 0.12,
  outcome: 0,
  impact: -0.15,
  quickwin: 0.03,
};
const WAVE_BONUS: Readonly<Record<number, number>> = { 2017: 0.25, 2018: 0.12, 2019: 0.05 };

/** Which eligible regions are evaluated in a year: everyone in 2022 (141, as published), 191 in 2024. */
function evaluatedIn(
  year: number,
  eligible: readonly string[],
  waves: Map<string, number>,
  seed: number,
): Set<string> {
  const rng = createRng(seed).fork(`evaluated:${year}`);
  const keyed = eligible.map((code) => {
    const early = (waves.get(code) ?? 2023) <= 2017 ? 0.5 : 0;
    return { code, key: rng.next() + early };
  });
  if (year === 2022) return new Set(eligible);
  if (year === 2024) {
    keyed.sort((a, b) => b.key - a.key || a.code.localeCompare(b.code));
    return new Set(keyed.slice(0, Math.min(191, keyed.length)).map((k) => k.code));
  }
  return new Set(keyed.filter((k) => k.key > 0.1).map((k) => k.code));
}

function smartCity(
  seed: number,
  years: readonly number[],
  waves: Map<string, number>,
  cov: ReturnType<typeof covariates>,
): {
  values: WideValues;
  evaluated: Map<number, string[]>;
} {
  const fw = smartCityFramework();
  const leaves = fw.nodes.filter((n) => n.type === 'indicator').map((n) => n.code);
  const root = createRng(seed).fork('smart-city');
  const rows: [string, number, number[]][] = [];
  const evaluated = new Map<number, string[]>();
  const codes = [...waves.keys()].sort();
  for (const year of years) {
    const eligible = codes.filter((c) => (waves.get(c) as number) < year);
    const chosen = evaluatedIn(year, eligible, waves, seed);
    evaluated.set(
      year,
      eligible.filter((c) => chosen.has(c)),
    );
  }
  for (const code of codes) {
    const region = code;
    const c = cov.get(code) ?? { zIpm: 0, zPop: 0 };
    const r = root.fork(region);
    const wave = waves.get(code) as number;
    const base =
      2.58 +
      0.2 * c.zIpm +
      0.1 * c.zPop +
      (regionIsKota(code) ? 0.12 : 0) +
      (WAVE_BONUS[wave] ?? 0) +
      0.26 * r.normal();
    // Persistent offsets of dimensions, sub-dimensions and stages for this region.
    const dimOff = SMART_CITY_DIMENSIONS.map(() => 0.22 * r.normal());
    const subOff = SMART_CITY_DIMENSIONS.map((d) => d.subs.map(() => 0.12 * r.normal()));
    const stageOff = SMART_CITY_STAGES.map((s) => (STAGE_OFFSET[s.code] ?? 0) + 0.12 * r.normal());
    let shock = 0;
    const dimShock = SMART_CITY_DIMENSIONS.map(() => 0);
    for (const year of [...years].sort((a, b) => a - b)) {
      const y = r.fork(String(year));
      shock = 0.6 * shock + 0.16 * y.normal();
      for (let k = 0; k < dimShock.length; k++)
        dimShock[k] = 0.6 * (dimShock[k] as number) + 0.14 * y.normal();
      if (!(evaluated.get(year) ?? []).includes(code)) continue;
      const level = base + 0.06 * (year - Math.max(2020, wave + 1)) + shock;
      const vals: number[] = [];
      SMART_CITY_DIMENSIONS.forEach((d, di) => {
        d.subs.forEach((_s, si) => {
          SMART_CITY_STAGES.forEach((_st, ti) => {
            const mu =
              level +
              (dimOff[di] as number) +
              (dimShock[di] as number) +
              (subOff[di]?.[si] as number) +
              (stageOff[ti] as number);
            const k = y.int(2, 5);
            let sum = 0;
            for (let j = 0; j < k; j++) sum += clamp(Math.round(mu + 0.5 * y.normal()), 1, 4);
            vals.push(r2(sum / k));
          });
        });
      });
      rows.push([code, year, vals]);
    }
  }
  rows.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return {
    values: { framework: fw.id, frameworkVersion: fw.version, indicators: leaves, rows },
    evaluated,
  };
}

let kotaCodes: Set<string> | undefined;
function regionIsKota(code: string): boolean {
  kotaCodes ??= new Set(
    regions()
      .filter((r) => r.type === 'kota')
      .map((r) => r.code),
  );
  return kotaCodes.has(code);
}

const DOMAIN_OFFSET: Readonly<Record<number, number>> = { 1: 0.25, 2: 0, 3: -0.45, 4: 0.15 };

function spbe(
  seed: number,
  years: readonly number[],
  waves: Map<string, number>,
  cov: ReturnType<typeof covariates>,
): WideValues {
  const fw = spbeFramework();
  const indicators = SPBE_2020_ROWS.map((row) => spbeIndicatorCode(row[0]));
  const root = createRng(seed).fork('spbe');
  const rows: [string, number, number[]][] = [];
  for (const region of regions()) {
    const c = cov.get(region.code) ?? { zIpm: 0, zPop: 0 };
    const r = root.fork(region.code);
    const sc = waves.has(region.code)
      ? 0.25 + (WAVE_BONUS[waves.get(region.code) as number] ?? 0)
      : 0;
    const base =
      2.15 +
      0.35 * c.zIpm +
      0.08 * c.zPop +
      (region.type === 'kota' ? 0.12 : 0) +
      sc +
      0.36 * r.normal();
    const indOff = SPBE_2020_ROWS.map(() => 0.45 * r.normal());
    let shock = 0;
    for (const year of [...years].sort((a, b) => a - b)) {
      const y = r.fork(String(year));
      shock = 0.6 * shock + 0.15 * y.normal();
      if (y.next() < 0.05) continue; // not evaluated this year
      const level = base + 0.16 * (year - 2020) + shock;
      const vals = SPBE_2020_ROWS.map((row, i) =>
        clamp(
          Math.round(
            level + (DOMAIN_OFFSET[row[5]] ?? 0) + (indOff[i] as number) + 0.35 * y.normal(),
          ),
          1,
          5,
        ),
      );
      rows.push([region.code, year, vals]);
    }
  }
  rows.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return { framework: fw.id, frameworkVersion: fw.version, indicators, rows };
}

/** Base of each beneficiary unit: people, households (3.6 people) or businesses (1 per 25 people). */
function unitBase(region: Region, unit: BeneficiaryUnit): number {
  if (unit === 'persons') return region.population2024;
  if (unit === 'households') return Math.round(region.population2024 / 3.6);
  return Math.round(region.population2024 / 25);
}

function programmes(seed: number, evaluated: Map<number, string[]>): Programme[] {
  const root = createRng(seed).fork('programmes');
  const out: Programme[] = [];
  const byCode = new Map(regions().map((r) => [r.code, r]));
  const years = [...evaluated.keys()].sort((a, b) => a - b);
  const plans = new Map<
    string,
    { name: string; unit: BeneficiaryUnit; share: number; start: number }[]
  >();
  for (const year of years) {
    for (const code of evaluated.get(year) ?? []) {
      const region = byCode.get(code) as Region;
      for (const d of SMART_CITY_DIMENSIONS) {
        const key = `${code}:${d.code}`;
        let plan = plans.get(key);
        if (!plan) {
          // A region's programmes in a dimension: 1–3 of the templates, each reaching a share of
          // its base that is mostly small (u^3 skews towards 0) and at most 25 %.
          const r = root.fork(key);
          const templates = [...PROGRAMME_TEMPLATES[d.code]];
          const n = r.int(1, 3);
          plan = [];
          for (let j = 0; j < n && templates.length > 0; j++) {
            const [name, unit] = templates.splice(
              r.int(0, templates.length - 1),
              1,
            )[0] as readonly [string, BeneficiaryUnit];
            const u = r.next();
            plan.push({
              name,
              unit,
              share: 0.003 + 0.25 * u * u * u,
              start: year + (j === 0 ? 0 : r.int(0, 2)),
            });
          }
          plans.set(key, plan);
        }
        const y = root.fork(`${key}:${year}`);
        for (const p of plan) {
          if (p.start > year) continue;
          // Reach grows about 15 % a year of running, never beyond 60 % of the base.
          const grown = Math.min(
            0.6,
            p.share * (1 + 0.15 * (year - p.start)) * (0.9 + 0.2 * y.next()),
          );
          const beneficiaries = Math.max(1, Math.round(unitBase(region, p.unit) * grown));
          out.push({
            region: code,
            year,
            dimension: d.code,
            programme: p.name,
            beneficiaries,
            unit: p.unit,
          });
        }
      }
    }
  }
  out.sort(
    (a, b) =>
      a.year - b.year ||
      a.region.localeCompare(b.region) ||
      a.dimension.localeCompare(b.dimension) ||
      a.programme.localeCompare(b.programme),
  );
  return out;
}

/**
 * Generates the illustrative example data: Smart City leaf scores (1–4) of the participants
 * evaluated each year, SPBE maturity levels (1–5) of (almost) every kabupaten/kota, and programme
 * beneficiaries. Same seed, same result, on every platform.
 *
 * @example
 * ```ts
 * const data = generateExample({ seed: 2017 });
 * data.smartCity.rows.filter((r) => r[1] === 2022).length; // 141
 * ```
 */
export function generateExample(options: GenerateOptions = {}): ExampleData {
  const seed = options.seed ?? EXAMPLE_SEED;
  const years = [...(options.years ?? EXAMPLE_YEARS)].sort((a, b) => a - b);
  const waves = drawWaves(createRng(seed).fork('waves'));
  const cov = covariates();
  const sc = smartCity(seed, years, waves, cov);
  return {
    seed,
    years,
    waves: Object.fromEntries([...waves.entries()].sort((a, b) => a[0].localeCompare(b[0]))),
    smartCity: sc.values,
    spbe: spbe(seed, years, waves, cov),
    programmes: programmes(seed, sc.evaluated),
  };
}
