// The method tables of @takar/core are the one source of the method names and syntaxes: the zod
// schema, the JSON Schema, the CLI's flag parsing and --help, and the engine must agree with them.
// (The methodology tables are checked in packages/core/test/methodology.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_METHODS,
  AGGREGATORS,
  IMPUTE_METHODS,
  IMPUTERS,
  NORMALISERS,
  NORMALISE_METHODS,
  PipelineConfigSchema,
  TREATMENTS,
  TREAT_METHODS,
  TREAT_SETTINGS,
  datasetFromTable,
  imputeNeedsPanel,
  jsonSchema,
  parseCsv,
  parseFramework,
  runPipeline,
  type MethodEntry,
  type MethodFamily,
  type PipelineConfig,
} from '@takar/core';
import { aggregateFlag, helpText, imputeFlag, normaliseFlag, treatFlag } from '@takar/cli';
import { MINI_DATA, MINI_FRAMEWORK } from './helpers/takar.js';

type Family = MethodFamily<MethodEntry<unknown>>;
const FAMILIES: {
  field: 'normalise' | 'aggregate' | 'impute' | 'treat';
  family: Family;
  names: readonly string[];
  flag: (text: string) => unknown;
  def: string;
}[] = [
  {
    field: 'normalise',
    family: NORMALISERS,
    names: NORMALISE_METHODS,
    flag: normaliseFlag,
    def: 'NormaliseSpec',
  },
  {
    field: 'aggregate',
    family: AGGREGATORS,
    names: AGGREGATE_METHODS,
    flag: aggregateFlag,
    def: 'AggregateSpec',
  },
  { field: 'impute', family: IMPUTERS, names: IMPUTE_METHODS, flag: imputeFlag, def: 'ImputeSpec' },
  { field: 'treat', family: TREATMENTS, names: TREAT_METHODS, flag: treatFlag, def: 'TreatSpec' },
];

/** The `enum` of the `method` property of a pipeline field in the published JSON Schema. */
function jsonEnum(field: string): unknown {
  const schema = jsonSchema('pipeline.schema.json') as {
    properties: Record<string, { properties?: Record<string, { enum?: unknown }> }>;
  };
  return schema.properties[field]?.properties?.method?.enum;
}

// MINI with what every method needs: targets, goalposts, a province group and two years.
const framework = parseFramework({
  ...MINI_FRAMEWORK,
  nodes: MINI_FRAMEWORK.nodes.map((n) =>
    n.type === 'indicator' ? { ...n, target: 5, goalposts: [1, 5] } : n,
  ),
});
const data = datasetFromTable(parseCsv(MINI_DATA), framework);

describe('the method tables', () => {
  for (const { field, family, names, flag } of FAMILIES) {
    describe(field, () => {
      it('give the schema its names, in the same order as the typed list', () => {
        expect(family.names()).toEqual([...names]);
        expect(jsonEnum(field)).toEqual(family.names());
        for (const name of family.names()) {
          const config = { [field]: { method: name } };
          // Methods with a required argument fail on their own rules, not on the name.
          const r = PipelineConfigSchema.safeParse(config);
          if (!r.success) expect(JSON.stringify(r.error.issues)).not.toContain('Unknown');
        }
        const bad = PipelineConfigSchema.safeParse({ [field]: { method: 'no-such-method' } });
        expect(bad.success).toBe(false);
        expect(bad.error?.issues[0]?.message).toBe(
          `Unknown ${family.what} method "no-such-method"; use one of ${family.names().join(', ')}`,
        );
      });

      it('give the CLI its syntax: every example parses to a spec of that method the schema accepts', () => {
        for (const e of family.entries()) {
          const spec = flag(e.cli.example) as { method: string };
          expect(spec.method, e.cli.example).toBe(e.name);
          const config = PipelineConfigSchema.safeParse({ [field]: spec });
          expect(config.success, `${e.cli.example}: ${JSON.stringify(config.error?.issues)}`).toBe(
            true,
          );
          expect(e.cli.syntax.startsWith(e.name), e.cli.syntax).toBe(true);
        }
        expect(() => flag('no-such-method')).toThrow(
          field === 'treat'
            ? /Unknown --treat "no-such-method"/
            : `Unknown --${field} "no-such-method"; use `,
        );
      });

      it(`give the help a line per method in the --${field} block: its syntax and description`, () => {
        const lines = helpText('score').split('\n');
        const start = lines.findIndex((l) => l.startsWith(`  --${field} <`));
        expect(start).toBeGreaterThan(0);
        let end = start + 1;
        while (end < lines.length && !/^ {2}--/.test(lines[end] as string)) end++;
        const block = lines.slice(start + 1, end);
        const methodLines = block.filter((l) => /^ {6}\S/.test(l));
        const shown = methodLines.map((l) => l.trim().split(' ')[0]);
        const settings = field === 'treat' ? TREAT_SETTINGS.map((t) => t.syntax) : [];
        expect(shown).toEqual([...family.entries().map((e) => e.cli.syntax), ...settings]);
        const text = block.join(' ').replace(/\s+/g, ' ');
        for (const e of family.entries())
          expect(text, `${field} ${e.name}`).toContain(`${e.cli.syntax} ${e.description.en}`);
      });

      it('run every example through the engine', () => {
        for (const e of family.entries()) {
          let spec = flag(e.cli.example) as Record<string, unknown>;
          if (spec.reference !== undefined) spec = { ...spec, reference: 'u1' };
          const pipeline = { [field]: spec } as PipelineConfig;
          const run = runPipeline(framework, data, { year: 2024, pipeline });
          expect(run.stages.find((s) => s.stage === field)?.params, e.name).toMatchObject({
            method: e.name,
          });
          expect(Number.isFinite(run.scores?.get('idx')?.[0]), e.name).toBe(true);
        }
      });
    });
  }

  it('give --treat its settings', () => {
    for (const s of TREAT_SETTINGS) {
      const spec = treatFlag(`default,${s.key}=3`) as Record<string, unknown>;
      expect(spec[s.field], s.key).toBe(3);
      expect(helpText('score')).toContain(s.syntax);
    }
    expect(() => treatFlag('winmax=x')).toThrow(/Unknown --treat "winmax=x"/);
  });

  it('refuse an argument a method does not take, and a missing one it needs', () => {
    expect(() => normaliseFlag('rank:3')).toThrow(
      '--normalise rank takes no argument; got "rank:3".',
    );
    expect(() => aggregateFlag('amean:2')).toThrow('--aggregate amean takes no argument');
    expect(() => normaliseFlag('dist2targ:x')).toThrow('--normalise dist2targ takes only ":cap"');
    expect(() => aggregateFlag('pmean')).toThrow('--aggregate pmean needs an exponent: pmean:<p>.');
    expect(() => imputeFlag('group-mean')).toThrow('needs a group column: group-mean:<column>.');
  });
});

describe('imputeNeedsPanel', () => {
  it('follows the imputer table', () => {
    for (const e of IMPUTERS.entries())
      expect(imputeNeedsPanel(e.name), e.name).toBe(e.uses === 'panel');
    expect(
      IMPUTERS.entries()
        .filter((e) => imputeNeedsPanel(e.name))
        .map((e) => e.name),
    ).toEqual(['latest', 'linear']);
    expect(imputeNeedsPanel(undefined)).toBe(false);
    expect(imputeNeedsPanel('no-such-method')).toBe(false);
  });
});
