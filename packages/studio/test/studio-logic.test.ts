// The studio's logic in Node: data in, framework edits, rank changes, sessions, CSV out, and the
// results the studio scores against `takar score`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, score, type Framework } from '@takar/core';
import { getFramework } from '@takar/indonesia';
import { workspace } from '../../cli/test/helpers/takar.js';
import { dataFromCsv, dataFromJson, detectLocale, exampleData } from '../src/data-in.js';
import {
  topNodes,
  treeRows,
  weightsOf,
  withAggregation,
  withDirection,
  withWeights,
} from '../src/framework-edit.js';
import { rankChanges } from '../src/rank-change.js';
import { places, ranksByUnit, rootCode } from '../src/results-access.js';
import { recompute, resultsCsv, runAudit, scoreData } from '../src/scoring.js';
import { parseSession, sessionText, type Session } from '../src/session.js';
import { parseStateHash, stateHash } from '../src/url-state.js';
import { PACKAGE_FILES, packageZip } from '../src/publish.js';
import { corrColour } from '../src/heatmap.js';
import {
  methodChoices,
  pipelineOf,
  specOf,
  textsOfPipeline,
  withAcross,
  yearSlice,
  yearsOf,
} from '../src/pipeline-options.js';
import { joinText, splitText } from '../src/pipeline-section.js';
import {
  addIndicator,
  dataFor,
  moveNode,
  removeNode,
  shiftNode,
} from '../src/framework-structure.js';
import {
  normaliseFlag,
  treatFlag,
  imputeFlag,
  aggregateFlag,
} from '../../cli/src/pipeline-flags.js';
import { AGGREGATORS, IMPUTERS, NORMALISERS, TREATMENTS } from '@takar/core';
import { exampleDataset } from '@takar/indonesia';
import { readWorkbook, workbookInput, type Sheet } from '../src/workbook-in.js';
import { exampleCsv } from './example-csv.js';
import { filledTemplate } from './filled-template.js';
import { resultsBytes, templateBytes, workbookBytes } from '../src/workbook-out.js';
import { ICICLE_ROW, ICICLE_WIDTH, icicleLayout, icicleMove } from '../src/icicle.js';

const MINI: Framework = {
  id: 'mini',
  version: '1',
  label: { id: 'Indeks Mini', en: 'Mini index' },
  pipeline: { normalise: { method: 'none' }, aggregate: { method: 'amean' } },
  nodes: [
    { code: 'idx', parent: null, type: 'aggregate', label: { id: 'Indeks' } },
    { code: 'p1', parent: 'idx', type: 'aggregate', label: { id: 'Pilar 1' } },
    { code: 'p2', parent: 'idx', type: 'aggregate', label: { id: 'Pilar 2' } },
    { code: 'a', parent: 'p1', type: 'indicator', label: { id: 'A' } },
    { code: 'b', parent: 'p2', type: 'indicator', label: { id: 'B' } },
  ],
};

// Kota Bandung, Kota Surakarta, Kota Jambi: registry codes.
const SEMICOLON_CSV =
  '# contoh\nkode;nama;a;b\n32.73;Kota Bandung;4,5;1\n33.72;Kota Surakarta;2;3\n15.71;Kota Jambi;1;4,5\n';

describe('data in', () => {
  it('detects ; with a decimal comma, skips leading comments, and joins the registry', () => {
    expect(detectLocale(SEMICOLON_CSV)).toEqual({ delimiter: ';', decimal: ',', comments: 1 });
    const out = dataFromCsv(SEMICOLON_CSV, MINI);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.data.locale).toEqual({ delimiter: ';', decimal: ',', comments: 1 });
    const bandung = out.data.dataset.units.find((u) => u.code === '32.73');
    expect(bandung?.groups?.province).toBe('Jawa Barat');
    expect(bandung?.denominators?.population).toBeGreaterThan(1_000_000);
    const a = out.data.dataset.values.find((v) => v.unit === '32.73' && v.indicator === 'a');
    expect(a?.value).toBe(4.5);
    expect(out.data.unmatched).toEqual([]);
  });

  it('detects , with a decimal point', () => {
    expect(detectLocale('unit,name,a\nx,y,1.5\n')).toEqual({
      delimiter: ',',
      decimal: '.',
      comments: 0,
    });
    expect(detectLocale('unit;a\n', { decimal: '.' })).toEqual({
      delimiter: ';',
      decimal: '.',
      comments: 0,
    });
  });

  it('lists every bad cell at once, with its place', () => {
    const out = dataFromCsv(
      'kode;nama;a;b\n32.73;Kota Bandung;4.5,1;1\n33.72;Kota Surakarta;2;x\n',
      MINI,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.map((i) => i.code)).toEqual(['data/not-a-number', 'data/not-a-number']);
    expect(out.issues.map((i) => i.message).join(' ')).toMatch(/row 1[\s\S]*row 2/i);
  });

  it('keeps missing cells missing, and lists units the registry does not know with a name match', () => {
    const out = dataFromCsv('unit,name,a,b\nX1,Kota Bandung,1,\n32.73,Kota Bandung,2,3\n', MINI);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const b = out.data.dataset.values.find((v) => v.unit === 'X1' && v.indicator === 'b');
    expect(b === undefined || b.value === null).toBe(true);
    expect(out.data.unmatched).toEqual([{ code: 'X1', name: 'Kota Bandung', suggestion: '32.73' }]);
    // Not every unit is a registry region, so none gets the registry's attributes.
    expect(out.data.dataset.units.every((u) => u.groups === undefined)).toBe(true);
  });

  it('reads JSON rows and refuses JSON that is neither a dataset nor rows', () => {
    const rows = JSON.stringify([{ unit: '32.73', name: 'Kota Bandung', a: 1, b: 2 }]);
    const ok = dataFromJson(rows, MINI);
    expect(ok.ok && ok.data.dataset.units.length).toBe(1);
    const bad = dataFromJson('{"x":1}', MINI);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0]?.code).toBe('data/invalid');
    const broken = dataFromJson('{', MINI);
    expect(!broken.ok && broken.issues[0]?.code).toBe('data/invalid');
  });
});

describe('framework edits', () => {
  it('writes weights and directions into a copy and shows effective weights', () => {
    const edited = withWeights(MINI, { p1: 3 });
    expect(MINI.nodes.find((n) => n.code === 'p1')?.weight).toBeUndefined();
    expect(weightsOf(edited)).toMatchObject({ p1: 3, p2: 1 });
    const rows = treeRows(edited, 'id');
    expect(rows.map((r) => [r.code, r.depth])).toEqual([
      ['idx', 0],
      ['p1', 1],
      ['a', 2],
      ['p2', 1],
      ['b', 2],
    ]);
    expect(rows.find((r) => r.code === 'a')?.effective).toBeCloseTo(0.75, 12);
    expect(withDirection(MINI, 'a', -1).nodes.find((n) => n.code === 'a')?.direction).toBe(-1);
    expect(topNodes(MINI)).toEqual(['p1', 'p2']);
    const geo = withAggregation(MINI, 'p1', 'gmean');
    expect(geo.nodes.find((n) => n.code === 'p1')?.aggregate).toEqual({ method: 'gmean' });
    expect(treeRows(geo, 'id').map((r) => r.aggregate)).toEqual(['', 'gmean', null, '', null]);
    expect(withAggregation(geo, 'p1', '').nodes.find((n) => n.code === 'p1')).toEqual(
      MINI.nodes.find((n) => n.code === 'p1'),
    );
  });
});

describe('framework structure', () => {
  const codes = (f: Framework) => f.nodes.map((n) => `${n.code}<${n.parent ?? ''}`);

  it('adds an indicator under an aggregate, and refuses what the engine refuses', () => {
    const added = addIndicator(MINI, { code: 'c', label: 'C', parent: 'p2' });
    expect(added.ok && codes(added.framework)).toEqual([
      'idx<',
      'p1<idx',
      'p2<idx',
      'a<p1',
      'b<p2',
      'c<p2',
    ]);
    expect(added.ok && added.framework.nodes.at(-1)).toEqual({
      code: 'c',
      parent: 'p2',
      type: 'indicator',
      label: { id: 'C' },
      weight: 1,
      direction: 1,
    });
    expect(MINI.nodes).toHaveLength(5);
    const twice = addIndicator(MINI, { code: 'a', label: 'A again', parent: 'p2' });
    expect(!twice.ok && twice.issues.map((i) => i.code)).toEqual(['framework/duplicate-code']);
    const empty = addIndicator(MINI, { code: ' ', label: '', parent: 'p2' });
    expect(!empty.ok && empty.issues.map((i) => i.path.join('.'))).toEqual([
      'nodes.code',
      'nodes.code.label',
    ]);
    const underLeaf = addIndicator(MINI, { code: 'c', label: 'C', parent: 'a' });
    expect(!underLeaf.ok && underLeaf.issues[0]?.message).toMatch(/is an indicator/);
  });

  it('removes a node with everything under it, unless that leaves an aggregate empty', () => {
    const wider = addIndicator(MINI, { code: 'c', label: 'C', parent: 'p2' });
    if (!wider.ok) throw new Error('add');
    const gone = removeNode(wider.framework, 'p1');
    expect(gone.ok && codes(gone.framework)).toEqual(['idx<', 'p2<idx', 'b<p2', 'c<p2']);
    const empty = removeNode(MINI, 'a');
    expect(!empty.ok && empty.issues.map((i) => i.code)).toEqual(['framework/empty-aggregate']);
    expect(removeNode(MINI, 'idx').ok).toBe(false);
  });

  it('moves a node under another parent or among its siblings; never under itself', () => {
    const wider = addIndicator(MINI, { code: 'c', label: 'C', parent: 'p2' });
    if (!wider.ok) throw new Error('add');
    const moved = moveNode(wider.framework, 'c', 'p1');
    expect(moved.ok && codes(moved.framework).slice(-2)).toEqual(['b<p2', 'c<p1']);
    const cycle = moveNode(MINI, 'p1', 'p1');
    expect(!cycle.ok && cycle.issues.map((i) => i.code)).toContain('framework/cycle');
    const up = shiftNode(MINI, 'p2', -1);
    expect(up.ok && codes(up.framework).slice(0, 3)).toEqual(['idx<', 'p2<idx', 'p1<idx']);
    const top = shiftNode(MINI, 'p1', -1);
    expect(top.ok && top.framework).toBe(MINI);
  });

  it('sets the data of removed indicators aside, and names them', () => {
    const data = dataFromCsv(SEMICOLON_CSV, MINI);
    if (!data.ok) throw new Error('data');
    const wider = addIndicator(MINI, { code: 'c', label: 'C', parent: 'p1' });
    if (!wider.ok) throw new Error('add');
    const gone = removeNode(wider.framework, 'p2');
    if (!gone.ok) throw new Error('remove');
    const out = dataFor(gone.framework, data.data.dataset);
    expect(out.unused).toEqual(['b']);
    expect(new Set(out.dataset.values.map((v) => v.indicator))).toEqual(new Set(['a']));
    expect(dataFor(MINI, data.data.dataset).dataset).toBe(data.data.dataset);
  });
});

describe('rank changes', () => {
  it('lists the moves a weight change makes, biggest first, as the engine ranks them', () => {
    const data = dataFromCsv(SEMICOLON_CSV, MINI);
    if (!data.ok) throw new Error('data');
    const before = score(MINI, data.data.dataset);
    const after = score(withWeights(MINI, { p1: 0 }), data.data.dataset);
    // With p1 at 0 the index is b: Jambi (4.5) 1st, Surakarta (3) 2nd, Bandung (1) 3rd.
    expect([...ranksByUnit(after, 'idx')]).toEqual([
      ['32.73', 3],
      ['33.72', 2],
      ['15.71', 1],
    ]);
    const changes = rankChanges(before, after, 'idx');
    for (const c of changes) {
      expect(c.from).toBe(ranksByUnit(before, 'idx').get(c.unit));
      expect(c.to).toBe(ranksByUnit(after, 'idx').get(c.unit));
      expect(c.gain).toBe((c.from as number) - (c.to as number));
    }
    expect(changes.map((c) => Math.abs(c.gain ?? 0))).toEqual(
      [...changes.map((c) => Math.abs(c.gain ?? 0))].sort((x, y) => y - x),
    );
    expect(rankChanges(before, before, 'idx')).toEqual([]);
    const r = recompute(withWeights(MINI, { p1: 0 }), data.data.dataset, null, before);
    expect(r.ok && r.changes).toEqual(changes);
  });
});

describe('scoring', () => {
  it('scores the example data exactly as `takar score --framework smart-city --data example --raw` does', async () => {
    const studio = scoreData(
      getFramework('smart-city'),
      (() => {
        const e = exampleData('smart-city', 2024);
        if (!e.ok) throw new Error('example');
        return e.data.dataset;
      })(),
      null,
    );
    expect(studio.ok).toBe(true);
    const { takar } = workspace('studio');
    // The CLI writes the document compact, and with the raw values only when asked (the studio
    // keeps them, as score() does).
    const cli = await takar('score', '--framework', 'smart-city', '--data', 'example', '--raw');
    expect(cli.code).toBe(0);
    expect(studio.ok && JSON.stringify(studio.results) + '\n').toBe(cli.stdout);
  });

  it('returns the engine issues instead of throwing', () => {
    const bad = scoreData(
      { ...MINI, nodes: [] },
      { units: [{ code: 'x', name: 'x' }], values: [] },
      null,
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.length).toBeGreaterThan(0);
  });

  it('audits and writes a CSV of scores and ranks', () => {
    const data = dataFromCsv(SEMICOLON_CSV, MINI);
    if (!data.ok) throw new Error('data');
    const a = runAudit(MINI, data.data.dataset, null);
    expect(a.ok && a.report.indicators.map((i) => i.code)).toEqual(['a', 'b']);
    const doc = score(MINI, data.data.dataset);
    const csv = parseCsv(resultsCsv(doc, { unit: 'kode', name: 'nama', rank: 'peringkat' }));
    expect(csv.names.slice(0, 4)).toEqual(['kode', 'nama', 'idx', 'idx_peringkat']);
    const root = rootCode(doc);
    expect(Array.from(csv.columns[3]!)).toEqual(places(doc, root).map((p) => String(p.rank)));
  });
});

describe('pipeline options', () => {
  it('offers the methods of the engine tables, and reads each text as the CLI flag does', () => {
    expect(methodChoices('normalise', 'id').map((m) => m.name)).toEqual(NORMALISERS.names());
    expect(methodChoices('impute', 'en').map((m) => m.name)).toEqual(IMPUTERS.names());
    expect(methodChoices('treat', 'id').map((m) => m.name)).toEqual(TREATMENTS.names());
    expect(methodChoices('aggregate', 'en').map((m) => m.name)).toEqual(AGGREGATORS.names());
    const pmean = methodChoices('aggregate', 'en').find((m) => m.name === 'pmean');
    expect(pmean).toMatchObject({ needsArgument: true, takesArgument: true, syntax: 'pmean:<p>' });
    expect(methodChoices('normalise', 'id').find((m) => m.name === 'minmax')).toMatchObject({
      needsArgument: false,
      takesArgument: true,
    });
    for (const [family, text, flag] of [
      ['normalise', 'minmax:0,10', normaliseFlag],
      ['normalise', 'goalposts:0,1:untruncated', normaliseFlag],
      ['normalise', 'dist2ref:32.73', normaliseFlag],
      ['impute', 'group-median:province', imputeFlag],
      ['treat', 'default,winmax=3,skew=1.5', treatFlag],
      ['treat', 'winmax=2', treatFlag],
      ['aggregate', 'pmean:2', aggregateFlag],
    ] as const) {
      const read = specOf(family, text);
      expect(read.ok && read.spec, text).toEqual((flag as (t: string) => unknown)(text));
    }
  });

  it('lists every text the tables refuse at once, each with its family', () => {
    const out = pipelineOf({
      normalise: 'minmax:0',
      aggregate: 'pmean',
      impute: 'guess',
      treat: 'log,winmax=x',
    });
    expect(out.pipeline).toBeNull();
    expect(out.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['pipeline/invalid', 'pipeline.impute'],
      ['pipeline/invalid', 'pipeline.treat'],
      ['pipeline/invalid', 'pipeline.normalise'],
      ['pipeline/invalid', 'pipeline.aggregate'],
    ]);
    expect(pipelineOf({}).pipeline).toBeNull();
    expect(textsOfPipeline({ normalise: { method: 'zscore' } })).toEqual({ normalise: 'zscore' });
  });

  it('splits and joins a text into method and parameters', () => {
    expect(splitText('normalise', 'goalposts:0,1:untruncated')).toEqual({
      method: 'goalposts',
      arg: '0,1:untruncated',
    });
    expect(splitText('treat', 'default,winmax=3')).toEqual({ method: 'default', arg: 'winmax=3' });
    expect(splitText('treat', 'winmax=3')).toEqual({ method: 'default', arg: 'winmax=3' });
    expect(joinText('treat', 'default', ' winmax=3 ')).toBe('default,winmax=3');
    expect(joinText('aggregate', 'pmean', '2')).toBe('pmean:2');
    expect(joinText('normalise', 'minmax', '')).toBe('minmax');
  });

  it('scores with the options exactly as `takar score` does with the same flags', async () => {
    const e = exampleData('smart-city', 2024);
    if (!e.ok) throw new Error('example');
    const texts = {
      impute: 'mean',
      treat: 'default,winmax=3',
      normalise: 'zscore:10,2',
      aggregate: 'gmean',
    };
    const { pipeline, issues } = pipelineOf(texts);
    expect(issues).toEqual([]);
    const studio = scoreData(getFramework('smart-city'), e.data.dataset, pipeline);
    const { takar } = workspace('studio-options');
    const cli = await takar(
      'score',
      '--framework',
      'smart-city',
      '--data',
      'example',
      '--raw',
      '--impute',
      texts.impute,
      '--treat',
      texts.treat,
      '--normalise',
      texts.normalise,
      '--aggregate',
      texts.aggregate,
    );
    expect(cli.code).toBe(0);
    expect(studio.ok && JSON.stringify(studio.results) + '\n').toBe(cli.stdout);
  });

  it('pools the normalisation across years, and says why when it cannot', () => {
    const framework = getFramework('smart-city');
    const e = exampleData('smart-city', 2024);
    if (!e.ok) throw new Error('example');
    const pooled = withAcross(
      framework,
      e.data.dataset,
      { normalise: { method: 'minmax' } },
      'years',
    );
    expect(pooled.ok && pooled.pipeline?.normalise).toMatchObject({
      method: 'minmax',
      across: 'years',
    });
    expect(
      pooled.ok && Object.keys(pooled.pipeline?.normalise?.pooled ?? {}).length,
    ).toBeGreaterThan(0);
    const ranks = withAcross(framework, e.data.dataset, { normalise: { method: 'rank' } }, 'years');
    expect(!ranks.ok && ranks.issues.map((i) => i.code)).toEqual(['pipeline/invalid']);
    const noYears = withAcross(
      MINI,
      { units: [{ code: 'x', name: 'x' }], values: [{ unit: 'x', indicator: 'a', value: 1 }] },
      null,
      'years',
    );
    expect(!noYears.ok && noYears.issues[0]?.message).toMatch(/year column/);
    expect(withAcross(MINI, e.data.dataset, null, undefined)).toEqual({ ok: true, pipeline: null });
  });
});

describe('several years', () => {
  it('scores one year of a year column, normalised across all years, as `takar score --year --normalise-across years` does', async () => {
    const framework = getFramework('smart-city');
    const csv = exampleCsv([2023, 2024], { locale: 'en', yearColumn: true });
    const read = dataFromCsv(csv, framework);
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('; '));
    const all = read.data.dataset;
    expect(yearsOf(all)).toEqual([2023, 2024]);
    const texts = { normalise: 'minmax' };
    const pooled = withAcross(framework, all, pipelineOf(texts).pipeline, 'years');
    if (!pooled.ok) throw new Error('pooling');
    const studio = scoreData(framework, yearSlice(all, 2023), pooled.pipeline);
    const { dir, takar } = workspace('studio-years');
    writeFileSync(join(dir, 'tahun.csv'), csv);
    const cli = await takar(
      'score',
      '--framework',
      'smart-city',
      '--data',
      'tahun.csv',
      '--year',
      '2023',
      '--normalise',
      'minmax',
      '--normalise-across',
      'years',
      '--raw',
    );
    expect(cli.code, cli.stderr).toBe(0);
    expect(studio.ok && JSON.stringify(studio.results) + '\n').toBe(cli.stdout);
    // Per year, the same year scores differently: the pooling is what makes them equal.
    const alone = scoreData(framework, yearSlice(all, 2023), pipelineOf(texts).pipeline);
    expect(alone.ok && JSON.stringify(alone.results) + '\n').not.toBe(cli.stdout);
  });
});

describe('session', () => {
  const session: Session = {
    format: 'takar-studio-session',
    formatVersion: 1,
    lang: 'en',
    frameworkId: 'smart-city',
    framework: withWeights(getFramework('smart-city'), { governance: 2 }),
    data: { kind: 'example', framework: 'smart-city', year: 2024 },
    pipeline: null,
    weightSets: { gov2: { governance: 2 } },
    uncertainty: { runs: 1000, vary: ['aggregate'] },
  };

  it('round-trips through its file text', () => {
    const back = parseSession(sessionText(session));
    expect(back).toEqual({ ok: true, session });
  });

  it('lists every problem of a bad file at once', () => {
    const bad = parseSession(
      JSON.stringify({
        ...session,
        formatVersion: 2,
        lang: 'fr',
        weightSets: { x: { a: -1, b: 'z' } },
        uncertainty: { runs: 5, vary: ['weights'] },
      }),
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => i.path.join('.'))).toEqual([
      'formatVersion',
      'lang',
      'weightSets.x.a',
      'weightSets.x.b',
      'uncertainty.runs',
      'uncertainty.vary',
    ]);
    // The example data of every year is kept as such; another year value is refused.
    const all = {
      ...session,
      data: { kind: 'example' as const, framework: 'smart-city' as const, year: 'all' as const },
    };
    expect(parseSession(sessionText(all))).toEqual({ ok: true, session: all });
    const badYear = parseSession(
      sessionText({ ...session, data: { ...all.data, year: 'semua' } } as unknown as Session),
    );
    expect(!badYear.ok && badYear.issues.map((i) => i.path)).toEqual([['data', 'year']]);
    // Sessions written before the uncertainty settings were kept still open.
    const { uncertainty: _, ...older } = session;
    expect(parseSession(sessionText(older)).ok).toBe(true);
    expect(parseSession('[').ok).toBe(false);
    const other = parseSession('{"format":"takar-results"}');
    expect(!other.ok && other.issues[0]?.path).toEqual(['format']);
  });
});

describe('the address', () => {
  it('writes and reads the small state', () => {
    const state = {
      framework: 'smart-city' as const,
      lang: 'en' as const,
      example: true,
      impute: 'group-mean:province',
      treat: 'default,winmax=3',
      normalise: 'minmax:0,10',
      aggregate: null,
      across: true,
      weights: { governance: 1.2, 'economy.industry': 0 },
      runs: 2000,
      vary: ['normalise' as const, 'aggregate' as const],
    };
    const hash = stateHash(state);
    expect(hash).toBe(
      '#f=smart-city&lang=en&d=example&i=group-mean%3Aprovince&t=default%2Cwinmax%3D3&n=minmax%3A0%2C10&x=years&w=governance:1.2,economy.industry:0&u=2000&v=normalise,aggregate',
    );
    expect(parseStateHash(hash)).toEqual({ state, issues: [] });
    // The example data of every year.
    const years = { ...state, example: 'years' as const };
    expect(stateHash(years)).toContain('&d=example-years&');
    expect(parseStateHash(stateHash(years))).toEqual({ state: years, issues: [] });
    expect(
      stateHash({
        ...state,
        framework: null,
        lang: null,
        example: false,
        impute: null,
        treat: null,
        normalise: null,
        across: false,
        weights: {},
        runs: null,
        vary: [],
      }),
    ).toBe('');
  });

  it('lists every part it cannot use and keeps the rest', () => {
    const { state, issues } = parseStateHash(
      '#f=nope&lang=fr&w=a:1,b:-1,c:x,:2&zz=1&d=file&x=decades&u=5&v=aggregate,weights',
    );
    expect(state.weights).toEqual({ a: 1 });
    expect([state.runs, state.vary]).toEqual([null, ['aggregate']]);
    expect(issues.map((i) => i.path.join(' '))).toEqual([
      '#f',
      '#lang',
      '#w b:-1',
      '#w c:x',
      '#w :2',
      '#zz',
      '#d',
      '#x',
      '#u',
      '#v weights',
    ]);
  });
});

/** The sheets of a workbook, read as the studio reads a dropped file. */
async function sheetsOf(bytes: Uint8Array): Promise<Sheet[]> {
  const book = await readWorkbook(bytes, 'book.xlsx');
  if (!book.ok) throw new Error(book.issues.map((i) => i.message).join('; '));
  return book.sheets;
}

describe('the Smart City template', () => {
  it('is the workbook `takar template` writes, sheet for sheet and cell for cell', async () => {
    const studio = await readWorkbook(
      await templateBytes(getFramework('smart-city'), { lang: 'id', year: 2024 }),
      'studio.xlsx',
    );
    const { dir, takar } = workspace('studio-template');
    const cli = await takar(
      'template',
      '--framework',
      'smart-city',
      '--out',
      't.xlsx',
      '--year',
      '2024',
    );
    expect(cli.code).toBe(0);
    const written = await readWorkbook(readFileSync(join(dir, 't.xlsx')), 't.xlsx');
    expect(studio.ok && written.ok).toBe(true);
    if (!studio.ok || !written.ok) return;
    expect(studio.sheets.map((s) => s.name)).toEqual(['iData', 'indikator', 'iMeta']);
    expect(studio.sheets.map((s) => [s.name, s.table.rowCount])).toEqual(
      written.sheets.map((s) => [s.name, s.table.rowCount]),
    );
    for (const [i, sheet] of studio.sheets.entries()) {
      const other = written.sheets[i] as Sheet;
      expect(sheet.table.names, sheet.name).toEqual(other.table.names);
      expect(
        sheet.table.columns.map((c) => Array.from(c)),
        sheet.name,
      ).toEqual(other.table.columns.map((c) => Array.from(c)));
    }
  });

  it('filled with the example data and dropped in the studio, scores as `takar score` does, byte for byte', async () => {
    const template = await readWorkbook(
      await templateBytes(getFramework('smart-city'), { lang: 'id', year: 2024 }),
      'template.xlsx',
    );
    if (!template.ok) throw new Error('template');
    const filled = filledTemplate(template.sheets, 2024);
    // The filled copy is saved as a spreadsheet program would: the sheets as they are.
    const bytes = await workbookBytes(
      filled.map((s) => ({ name: s.name, table: s.table, keep: 'all' as const })),
      'en',
    );
    const name = 'smart-city-terisi.xlsx';
    const { dir, takar } = workspace('studio-filled');
    writeFileSync(join(dir, name), bytes);
    // What the studio does with the dropped file (its framework comes from iMeta).
    const input = await workbookInput(bytes, name, getFramework('spbe-2020'));
    expect(input.ok && input.framework?.id).toBe('smart-city-terisi');
    if (!input.ok || !input.framework || !input.outcome.ok) throw new Error('studio refused it');
    expect(input.outcome.data.dataset.units.length).toBe(
      exampleDataset('smart-city', 2024).units.length,
    );
    const studio = scoreData(input.framework, input.outcome.data.dataset, null);
    const cli = await takar('score', '--data', name, '--raw');
    expect(cli.code, cli.stderr).toBe(0);
    expect(studio.ok && JSON.stringify(studio.results) + '\n').toBe(cli.stdout);
  });
});

describe('the results workbook', () => {
  it('holds the sheets of `takar score --out x.xlsx` and of `takar audit --out x.xlsx`', async () => {
    const e = exampleData('smart-city', 2024);
    if (!e.ok) throw new Error('example');
    const framework = getFramework('smart-city');
    const a = runAudit(framework, e.data.dataset, null);
    if (!a.ok) throw new Error('audit');
    const book = await readWorkbook(
      await resultsBytes({
        framework,
        data: e.data.dataset,
        pipeline: null,
        audit: a.report,
        removal: null,
        lang: 'id',
      }),
      'hasil.xlsx',
    );
    if (!book.ok) throw new Error('workbook');
    expect(book.sheets.map((s) => s.name)).toEqual([
      'skor',
      'peringkat',
      'statistik',
      'korelasi',
      'alpha',
    ]);
    const { dir, takar } = workspace('studio-xlsx');
    expect(
      (await takar('score', '--framework', 'smart-city', '--data', 'example', '--out', 's.xlsx'))
        .code,
    ).toBe(0);
    expect(
      (
        await takar(
          'audit',
          '--framework',
          'smart-city',
          '--data',
          'example',
          '--no-removal',
          '--out',
          'a.xlsx',
        )
      ).code,
    ).toBe(0);
    const cli = [
      ...(await sheetsOf(readFileSync(join(dir, 's.xlsx')))),
      ...(await sheetsOf(readFileSync(join(dir, 'a.xlsx')))),
    ];
    for (const sheet of book.sheets) {
      const other = cli.find((s) => s.name === sheet.name) as Sheet;
      expect(sheet.table.names, sheet.name).toEqual(other.table.names);
      expect(
        sheet.table.columns.map((c) => Array.from(c)),
        sheet.name,
      ).toEqual(other.table.columns.map((c) => Array.from(c)));
    }
  });
});

describe('the results package', () => {
  it('is a zip that unzip reads back file for file, and the same input gives the same bytes', () => {
    const input = {
      results: '{"a":1}\n',
      csv: 'kode,nama\n',
      framework: '{"id":"x"}\n',
      session: '{}\n',
    };
    const bytes = packageZip(input);
    expect(Buffer.from(packageZip(input)).equals(Buffer.from(bytes))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'studio-zip-'));
    writeFileSync(join(dir, 'p.zip'), bytes);
    const list = spawnSync('unzip', ['-Z1', 'p.zip'], { cwd: dir, encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split('\n')).toEqual([...PACKAGE_FILES]);
    const out = spawnSync('unzip', ['-q', 'p.zip', '-d', 'out'], { cwd: dir });
    expect(out.status).toBe(0);
    expect(readFileSync(join(dir, 'out', 'results.json'), 'utf8')).toBe(input.results);
    expect(readFileSync(join(dir, 'out', 'scores.csv'), 'utf8')).toBe(input.csv);
    expect(readFileSync(join(dir, 'out', 'framework.json'), 'utf8')).toBe(input.framework);
    expect(readFileSync(join(dir, 'out', 'session.takar.json'), 'utf8')).toBe(input.session);
    expect(readFileSync(join(dir, 'out', 'README.txt'), 'utf8')).toContain(
      'takar publish --results results.json',
    );
  });
});

describe('the heatmap colours', () => {
  it('go from white at 0 to blue at +1 and red at −1, grey when undefined', () => {
    expect(corrColour(0)).toBe('#ffffff');
    expect(corrColour(1)).toBe('#0b5394');
    expect(corrColour(-1)).toBe('#b3261e');
    expect(corrColour(0.5)).toBe('#85a9ca');
    expect(corrColour(null)).toBe('#c8c8c8');
    expect(corrColour(Number.NaN)).toBe('#c8c8c8');
  });
});

describe('the icicle chart', () => {
  it('lays each node under its parent, as wide as its effective weight, and moves by arrow keys', () => {
    const rows = treeRows(withWeights(MINI, { p1: 3 }), 'id');
    const cells = icicleLayout(rows);
    const at = (code: string) => cells.find((c) => c.row.code === code)!;
    expect([at('idx').x, at('idx').width]).toEqual([0, ICICLE_WIDTH]);
    expect([at('p1').x, at('p1').width]).toEqual([0, 750]);
    expect([at('p2').x, at('p2').width]).toEqual([750, 250]);
    expect([at('b').x, at('b').width, at('b').y]).toEqual([750, 250, 2 * ICICLE_ROW]);
    expect(icicleMove(rows, 'idx', 'ArrowDown')).toBe('p1');
    expect(icicleMove(rows, 'p1', 'ArrowRight')).toBe('p2');
    expect(icicleMove(rows, 'p2', 'ArrowRight')).toBe(null);
    expect(icicleMove(rows, 'b', 'ArrowUp')).toBe('p2');
    expect(icicleMove(rows, 'p2', 'Home')).toBe('p1');
    expect(icicleMove(rows, 'a', 'ArrowDown')).toBe(null);
  });
});
