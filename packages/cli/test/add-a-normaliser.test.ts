// "Adding a normaliser touches at most 3 files" (CONTRIBUTING.md, "Adding a method"): a method is
// one entry in its table (packages/core/src/methods/normalisers.ts), with its function (in
// packages/core/src/normalise/) and a test. This test adds a fake normaliser through the table
// and shows that everything derived from the table sees it, and forgets it when it is removed:
// the pipeline's zod schema, the JSON Schema, the engine, the CLI's --normalise, the CLI help and
// the methodology table. Nothing else has to be edited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FrameworkSchema,
  datasetFromTable,
  NORMALISERS,
  PipelineConfigSchema,
  parseFramework,
  jsonSchema,
  parseCsv,
  runPipeline,
  type NormaliserEntry,
} from '@takar/core';
import { helpText } from '@takar/cli';
import { methodTable } from '../../core/scripts/methodology-tables.js';
import { MINI, MINI_DATA, MINI_FRAMEWORK, workspace, writeMini } from './helpers/takar.js';

/** A normaliser that does not exist: half of the direction-adjusted value, optionally plus k. */
const HALVE: NormaliserEntry = {
  name: 'halve',
  description: { id: 'separuh nilai (hanya untuk uji)', en: 'half the value (test only)' },
  params: [{ field: 'range', description: { id: 'tidak dipakai', en: 'not used' } }],
  needs: [],
  cli: {
    syntax: 'halve[:k]',
    example: 'halve:1',
    parse: (arg, fail) => {
      if (arg === undefined) return { method: 'halve' as never };
      const k = Number(arg);
      if (!Number.isFinite(k)) fail(`--normalise halve:<k> needs a number; got "${arg}".`);
      return { method: 'halve' as never, range: [k, k + 1] };
    },
  },
  doc: { method: '`halve` (_k_)', formula: '_x_ / 2 + _k_', source: 'this test' },
  run: (x, spec) => x.map((v) => v / 2 + (spec.range?.[0] ?? 0)),
};

const pipelineWith = (method: string): unknown => ({ normalise: { method } });
const frameworkWith = (method: string): unknown => ({
  ...MINI_FRAMEWORK,
  pipeline: { normalise: { method }, aggregate: { method: 'amean' } },
});
const pipelineEnum = (): unknown => {
  const defs = (jsonSchema('pipeline.schema.json') as { $defs?: Record<string, unknown> }).$defs;
  return JSON.stringify(jsonSchema('pipeline.schema.json')) + JSON.stringify(defs ?? {});
};

const { dir, takar } = workspace('add-normaliser');
writeMini(dir);

describe('adding a normaliser through the table', () => {
  it('is unknown everywhere before it is added', async () => {
    expect(PipelineConfigSchema.safeParse(pipelineWith('halve')).success).toBe(false);
    expect(FrameworkSchema.safeParse(frameworkWith('halve')).success).toBe(false);
    expect(pipelineEnum()).not.toContain('"halve"');
    const r = await takar('score', ...MINI, '--normalise', 'halve');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown --normalise "halve"');
    expect(helpText('score')).not.toContain('halve');
    expect(methodTable('normalise')).not.toContain('halve');
  });

  describe('once added', () => {
    let remove: () => void = () => undefined;
    beforeAll(() => {
      remove = NORMALISERS.register(HALVE);
    });
    afterAll(() => remove());

    it('is accepted by the pipeline and framework schemas and listed in the JSON Schema', () => {
      expect(PipelineConfigSchema.safeParse(pipelineWith('halve')).success).toBe(true);
      expect(FrameworkSchema.safeParse(frameworkWith('halve')).success).toBe(true);
      expect(PipelineConfigSchema.safeParse(pipelineWith('halves')).success).toBe(false);
      expect(pipelineEnum()).toContain('"halve"');
    });

    it('is run by the engine', () => {
      const run = runPipeline(
        MINI_FRAMEWORK,
        datasetFromTable(parseCsv(MINI_DATA), parseFramework(MINI_FRAMEWORK)),
        {
          year: 2024,
          pipeline: { normalise: { method: 'halve' as never, range: [1, 2] } },
        },
      );
      // u1 has a = 5: 5 / 2 + 1.
      expect(run.indicators.get('a')?.[0]).toBe(3.5);
      expect(run.stages.find((s) => s.stage === 'normalise')?.params).toMatchObject({
        method: 'halve',
      });
    });

    it('is parsed by the CLI with its own syntax and scored', async () => {
      const r = await takar(
        'score',
        ...MINI,
        '--normalise',
        'halve:1',
        '--until',
        'normalise',
        '--out',
        'halved.csv',
      );
      expect(r.code, r.stderr).toBe(0);
      const t = parseCsv(readFileSync(join(dir, 'halved.csv'), 'utf8'));
      const a = t.columns[t.names.indexOf('a')] as ArrayLike<unknown>;
      const unit = t.columns[t.names.indexOf('unit')] as ArrayLike<unknown>;
      const u1 = Array.from(unit).indexOf('u1');
      expect(Number(a[u1])).toBe(3.5);
      const bad = await takar('score', ...MINI, '--normalise', 'halve:x');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--normalise halve:<k> needs a number; got "x".');
    });

    it('is listed in the CLI help and the methodology table', async () => {
      const help = (await takar('score', '--help')).stdout;
      expect(help).toMatch(/^ {6}halve\[:k\] +half the value \(test only\)$/m);
      expect(methodTable('normalise')).toContain('| `halve` (_k_) | _x_ / 2 + _k_ |');
      expect(methodTable('normalise')).toContain('`--normalise halve[:k]`');
    });

    it('cannot be added twice', () => {
      expect(() => NORMALISERS.register(HALVE)).toThrow(/already registered/);
    });
  });

  it('is gone again once removed', async () => {
    expect(NORMALISERS.has('halve')).toBe(false);
    expect(PipelineConfigSchema.safeParse(pipelineWith('halve')).success).toBe(false);
    expect((await takar('score', ...MINI, '--normalise', 'halve')).code).toBe(2);
  });
});
