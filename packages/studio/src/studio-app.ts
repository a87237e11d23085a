/**
 * `<takar-studio>`: the studio page. Load data, check it, score it, tune the weights with a live
 * rank-change table, and save or publish the work. Everything runs in this page; nothing is sent
 * anywhere.
 *
 * @attr lang - `id` (default) or `en`.
 * @attr boundaries - URL of the kabupaten/kota boundaries the map draws (GeoJSON or TopoJSON).
 * @attr preload - after the first paint, fetch every part the studio may need (script chunks,
 *   the uncertainty workers, the site bundle, the boundaries), so that from then on it makes no
 *   network request; the host reflects `offline="loading|ready|partial"` and fires
 *   `takar-studio-offline` when done. The shipped index.html sets it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  TakarError,
  issue,
  parseFramework,
  formatCsv,
  frameworkToTable,
  removalImpact,
  safely,
  type AggregateMethod,
  type RemovalImpact,
  type UncertaintyResult,
} from '@takar/core';
import type {
  AuditReport,
  Dataset,
  Framework,
  Lang,
  PipelineConfig,
  ResultsDocument,
  TakarIssue,
} from '@takar/core';
import { getFramework, listFrameworks, regionByCode, EXAMPLE_YEARS } from '@takar/indonesia';
import type { WorkbookInput } from './workbook-in.js';
import '@takar/elements/define/ranking.js';
import '@takar/elements/define/map.js';
import '@takar/elements/define/profile.js';
import '@takar/elements/define/trend.js';
import {
  dataFromCsv,
  dataFromJson,
  exampleData,
  regionChoices,
  withRegionMap,
  type LoadOutcome,
  type LoadedData,
} from './data-in.js';
import {
  topNodes,
  treeRows,
  type TreeRow,
  weightsOf,
  withAggregation,
  withDirection,
  withWeights,
} from './framework-edit.js';
import { recompute, resultsCsv, runAudit, scoreData } from './scoring.js';
import { rootCode, places, unitCodes } from './results-access.js';
import { rankChanges, type RankChange } from './rank-change.js';
import {
  STORAGE_KEY,
  parseSession,
  sessionText,
  type Session,
  type SessionData,
} from './session.js';
import { texts, type Texts } from './texts.js';
import {
  METHOD_ALTERNATIVES,
  rankIntervals,
  runUncertainty as runUncertaintyAnalysis,
} from './uncertainty-run.js';
import { parseStateHash, stateHash } from './url-state.js';
import { packageZip } from './publish.js';
import { auditSection } from './audit-section.js';
import { CHANGES_SHOWN, CURRENT, ORIGINAL, scenarioSection } from './scenario-section.js';
import { ICICLE_ROW, ICICLE_WIDTH, icicleCells, icicleLayout, icicleMove } from './icicle.js';
import { studioStyles } from './studio-styles.js';
import { WarmWorkers } from './warm-workers.js';
import { goOffline, type OfflinePart } from './offline.js';
import {
  methodChoices,
  pipelineOf,
  textsOfPipeline,
  withAcross,
  yearSlice,
  yearsOf,
  type PipelineTexts,
} from './pipeline-options.js';
import { pipelineSection } from './pipeline-section.js';
import { dataFor, type EditOutcome } from './framework-structure.js';
import { addIndicatorForm, structureCell, type StructureInput } from './structure-section.js';
import { templateSection } from './template-section.js';

type ExampleId = 'smart-city' | 'spbe-2020';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uncertainty replications unless the user, a link or a session says otherwise. */
const DEFAULT_RUNS = 500;

@customElement('takar-studio')
export class TakarStudio extends LitElement {
  static override styles = studioStyles;

  @property({ reflect: true }) override accessor lang: Lang = 'id';
  @property() accessor boundaries = 'boundaries/kabkota.topo.json';
  /** URL of the element bundle's zip that published sites carry (built by the studio's build). */
  @property({ attribute: 'site-bundle' }) accessor siteBundle = 'dist/site-bundle.zip';
  /** URL of the uncertainty worker (resolved against the page); empty runs it on the page's thread. */
  @property({ attribute: 'worker-src' }) accessor workerSrc = 'dist/uncertainty-worker.js';
  /** Keep the small state (framework, language, example data, methods, weights) in the address. */
  @property({ type: Boolean, attribute: 'sync-url' }) accessor syncUrl = false;
  /** Fetch every part up front, after the first paint (see the class comment). */
  @property({ type: Boolean }) accessor preload = false;
  /** How the up-front fetch went (reflected; empty until it starts). */
  @property({ reflect: true }) accessor offline: '' | 'loading' | 'ready' | 'partial' = '';
  @state() accessor offlineParts: OfflinePart[] = [];
  /** The boundaries, parsed from the one fetch of their text; once here, the map is given them. */
  @state() accessor boundaryData: unknown = undefined;
  @state() accessor urlIssues: TakarIssue[] = [];
  @state() accessor removal: RemovalImpact[] | null = null;
  @state() accessor heatmapOpen = false;
  @state() accessor icicleFocus: string | undefined = undefined;
  /** The icicle chart is drawn only while its section is open. */
  @state() accessor icicleOpen = false;
  @state() accessor typedRegions: Record<string, string> = {};
  @state() accessor regionIssues: TakarIssue[] = [];
  @state() accessor scenario: { a: string; b: string; changes: RankChange[] } | null = null;

  /** The shipped framework in use, or null for a framework from a file. */
  @state() accessor frameworkId: ExampleId | null = 'smart-city';
  @state() accessor frameworkName = '';
  @state() accessor frameworkIssues: TakarIssue[] = [];
  /** The framework as shipped (or as restored): what "restore the original weights" returns to. */
  @state() accessor original: Framework = getFramework('smart-city');
  /** The framework with the user's edits. */
  @state() accessor framework: Framework = this.original;
  /** The pipeline options as written (CLI syntax per family). */
  @state() accessor options: PipelineTexts = {};
  @state() accessor optionIssues: TakarIssue[] = [];
  @state() accessor structureIssues: TakarIssue[] = [];
  /** The year scored when the data has several (a year column); null otherwise. */
  @state() accessor year: number | null = null;
  /** The results of every year (for the trend), while the trend is open. */
  @state() accessor trendDocs: ResultsDocument[] | null = null;
  /** The issues of the years the trend could not score (their year first in the path). */
  @state() accessor trendIssues: TakarIssue[] = [];
  @state() accessor trendOpen = false;
  /** "Terbitkan situs" with every year of the data, as a series (on by default). */
  @state() accessor publishSeries = true;
  /** The year written into a downloaded template (null: no year column). */
  @state() accessor templateYear: number | null = EXAMPLE_YEARS[EXAMPLE_YEARS.length - 1] ?? null;
  /** The pipeline scored with: the options, with the pooled parameters when across years. */
  @state() accessor pipeline: PipelineConfig | null = null;
  @state() accessor source: SessionData | null = null;
  @state() accessor loaded: LoadedData | null = null;
  @state() accessor dataIssues: TakarIssue[] = [];
  @state() accessor baseline: ResultsDocument | null = null;
  @state() accessor results: ResultsDocument | null = null;
  @state() accessor scoreIssues: TakarIssue[] = [];
  @state() accessor changes: RankChange[] = [];
  @state() accessor recomputeMs: number | null = null;
  @state() accessor auditReport: AuditReport | null = null;
  @state() accessor auditIssues: TakarIssue[] = [];
  @state() accessor auditRunning = false;
  @state() accessor weightSets: Record<string, Record<string, number>> = {};
  @state() accessor status = '';
  @state() accessor sessionIssues: TakarIssue[] = [];
  @state() accessor pasted = '';
  @state() accessor delimiterChoice: '' | ',' | ';' | '\t' = '';
  @state() accessor decimalChoice: '' | '.' | ',' = '';
  @state() accessor setName = '';
  @state() accessor uncRuns = DEFAULT_RUNS;
  /** Which methods the uncertainty analysis varies besides the weights. */
  @state() accessor uncMethods: { normalise: boolean; aggregate: boolean } = {
    normalise: false,
    aggregate: false,
  };
  @state() accessor uncDone = 0;
  @state() accessor uncRunning = false;
  @state() accessor uncResult: UncertaintyResult | null = null;
  @state() accessor uncIssues: TakarIssue[] = [];
  @state() accessor intervals:
    Record<string, { q05: number; q95: number; median?: number }> | undefined = undefined;
  private uncAbort: AbortController | undefined;

  private pending = false;
  private auditAfterRanking = false;

  constructor() {
    super();
    this.addEventListener('takar-rendered', (e) => {
      if (this.auditAfterRanking && (e.composedPath()[0] as Element).localName === 'takar-ranking')
        this.scheduleAudit();
    });
  }
  private auditTimer: ReturnType<typeof setTimeout> | undefined;

  private get t(): Texts {
    return texts(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl && location.hash) this.applyHash(location.hash);
  }

  /** Opens the view a link describes (see url-state.ts); lists the parts it cannot use. */
  applyHash(hash: string): void {
    const { state, issues } = parseStateHash(hash);
    if (state.lang) this.lang = state.lang;
    if (state.framework) {
      this.frameworkId = state.framework;
      this.original = getFramework(state.framework);
    }
    const options: PipelineTexts = {};
    for (const f of ['impute', 'treat', 'normalise', 'aggregate'] as const) {
      const text = state[f];
      if (text) options[f] = text;
    }
    if (state.across) options.across = 'years';
    const read = pipelineOf(options);
    // A method the tables refuse is listed with the link's other problems; the rest is kept.
    for (const i of read.issues) {
      const f = i.path[1] as keyof PipelineTexts;
      delete options[f];
      issues.push(i);
    }
    this.options = options;
    this.pipeline = pipelineOf(options).pipeline;
    const known = new Set(this.original.nodes.map((n) => n.code));
    const weights: Record<string, number> = {};
    for (const [code, w] of Object.entries(state.weights)) {
      if (known.has(code)) weights[code] = w;
      else
        issues.push(
          issue(
            'data/invalid',
            ['#w', code],
            `The link's weight names "${code}", which is no node of ${this.original.id}.`,
          ),
        );
    }
    this.framework = withWeights(this.original, weights);
    this.uncRuns = state.runs ?? DEFAULT_RUNS;
    this.uncMethods = {
      normalise: state.vary.includes('normalise'),
      aggregate: state.vary.includes('aggregate'),
    };
    this.urlIssues = issues;
    if (state.example) this.loadExample(state.example === 'years' ? 'all' : undefined);
  }

  /** The small state as the address fragment. */
  stateHash(): string {
    const now = weightsOf(this.framework);
    const was = weightsOf(this.original);
    const weights = Object.fromEntries(Object.entries(now).filter(([c, w]) => was[c] !== w));
    return stateHash({
      framework: this.frameworkId,
      lang: this.lang,
      example: this.source?.kind === 'example' && (this.source.year === 'all' ? 'years' : true),
      impute: this.options.impute ?? null,
      treat: this.options.treat ?? null,
      normalise: this.options.normalise ?? null,
      aggregate: this.options.aggregate ?? null,
      across: this.options.across === 'years',
      weights,
      runs: this.uncRuns === DEFAULT_RUNS ? null : this.uncRuns,
      vary: this.varied(),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      this.syncUrl &&
      (
        ['framework', 'frameworkId', 'lang', 'options', 'source', 'uncRuns', 'uncMethods'] as const
      ).some((k) => changed.has(k))
    ) {
      const hash = this.stateHash();
      if (hash !== location.hash)
        history.replaceState(history.state, '', hash || location.pathname + location.search);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.auditTimer);
    this.warm?.close();
    this.warm = undefined;
  }

  protected override firstUpdated(): void {
    if (!this.preload) return;
    // After the first paint, when the page is idle: the studio is usable before its parts load.
    const start = () => void this.goOffline();
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1000 });
    else setTimeout(start, 50);
  }

  /** The kept uncertainty workers (started on first use, or by the preload). */
  private warm: WarmWorkers | undefined;

  private warmWorkers(): WarmWorkers | undefined {
    if (!this.workerSrc) return undefined;
    const url = new URL(this.workerSrc, document.baseURI);
    if (this.warm?.url.href !== url.href) {
      this.warm?.close();
      this.warm = new WarmWorkers(url, Math.min(4, navigator.hardwareConcurrency || 2));
    }
    return this.warm;
  }

  /**
   * "Siap luring": fetches every part the studio may need later (offline.ts), so that from then
   * on it makes no network request. Resolves with how each part went.
   */
  async goOffline(): Promise<OfflinePart[]> {
    this.offline = 'loading';
    const warm = this.warmWorkers();
    const bundle = new URL(this.siteBundle, document.baseURI);
    const parts = await goOffline({
      manifest: new URL('dist/studio-manifest.json', document.baseURI),
      ...(warm ? { workersReady: warm.ready, workerCount: warm.size } : {}),
      siteBundle: () => import('./site-zip.js').then((m) => m.loadSiteBundle(bundle)),
      boundaries: () => this.boundaryText(),
    });
    this.offlineParts = parts;
    this.offline = parts.every((p) => p.ok) ? 'ready' : 'partial';
    this.dispatchEvent(
      new CustomEvent('takar-studio-offline', { bubbles: true, composed: true, detail: parts }),
    );
    return parts;
  }

  /** The boundaries' text, fetched once (the map and "Terbitkan situs" share it). */
  private boundaryText(): Promise<string> {
    const url = new URL(this.boundaries, document.baseURI);
    if (this.boundariesText?.href !== url.href) {
      const text = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url.href}: HTTP ${r.status}`);
        return r.text();
      });
      const entry = { href: url.href, text };
      this.boundariesText = entry;
      this.boundaryData = undefined;
      text.then(
        (t) => {
          if (this.boundariesText !== entry) return;
          try {
            this.boundaryData = JSON.parse(t) as unknown;
          } catch {
            // Left to the map, which reads the URL and names the problem.
          }
        },
        () => {
          if (this.boundariesText === entry) this.boundariesText = undefined;
        },
      );
    }
    return this.boundariesText.text;
  }

  // ---- data in ------------------------------------------------------------------------------

  /** Loads the shipped example data (synthetic) of the chosen framework: one year, or `'all'`. */
  loadExample(year: number | 'all' = EXAMPLE_YEARS[EXAMPLE_YEARS.length - 1] as number): void {
    this.regionIssues = [];
    this.typedRegions = {};
    if (this.frameworkId === null) return;
    this.source = { kind: 'example', framework: this.frameworkId, year };
    this.accept(exampleData(this.frameworkId, year));
  }

  /**
   * Uses a framework from a JSON file (a Takar framework, as "download the framework" writes).
   * Every problem the engine finds is listed and the framework in use stays; on success the data
   * loaded from a file is read again against the new framework.
   */
  loadFrameworkText(text: string, name = 'framework.json'): boolean {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      this.frameworkIssues = [
        issue('framework/invalid', [name], `The file is not valid JSON: ${(e as Error).message}`),
      ];
      return false;
    }
    const parsed = safely(() => parseFramework(json));
    if (!parsed.ok) {
      this.frameworkIssues = [...parsed.issues];
      return false;
    }
    this.frameworkIssues = [];
    this.frameworkId = null;
    this.frameworkName = name;
    this.original = json as Framework;
    this.framework = this.original;
    this.weightSets = { ...(this.original.weightSets ?? {}) };
    if (this.source?.kind === 'example') {
      this.source = null;
      this.loaded = null;
      this.baseline = this.results = null;
    } else this.reloadSource();
    return true;
  }

  /** Reads CSV text (as pasted or from a file). */
  loadCsv(text: string, name = 'tempel.csv'): void {
    const options = {
      ...(this.delimiterChoice ? { delimiter: this.delimiterChoice } : {}),
      ...(this.decimalChoice ? { decimal: this.decimalChoice } : {}),
    };
    this.regionIssues = [];
    this.typedRegions = {};
    this.source = { kind: 'csv', name, text, ...options };
    this.accept(dataFromCsv(text, this.framework, options));
  }

  /**
   * Reads the files the user chose or dropped: one as {@link loadFile}; several as the data of
   * several years (`year-files.ts`): CSV files as one CSV with a year column, workbooks and JSON
   * rows as one table (the framework from their `iMeta` sheet). CSV and the others are not mixed.
   */
  async loadFiles(files: readonly File[]): Promise<void> {
    if (files.length === 1) return this.loadFile(files[0]!);
    if (files.length === 0) return;
    this.regionIssues = [];
    this.typedRegions = {};
    const tables = files.filter((f) => /\.(xlsx|json)$/i.test(f.name));
    if (tables.length === files.length) {
      const { yearFilesInput } = await import('./workbook-in.js');
      const read = await Promise.all(
        files.map(async (f) =>
          /\.json$/i.test(f.name)
            ? { name: f.name, text: await f.text() }
            : { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) },
        ),
      );
      return this.useWorkbookInput(await yearFilesInput(read, this.framework));
    }
    if (tables.length) {
      const csv = files.filter((f) => !tables.includes(f));
      this.accept({
        ok: false,
        issues: [
          issue(
            'data/invalid',
            ['files'],
            this.t.severalFilesMixed(
              csv.map((f) => f.name).join(', '),
              tables.map((f) => f.name).join(', '),
            ),
          ),
        ],
      });
      return;
    }
    const { combineYearFiles } = await import('./year-files.js');
    const read = await Promise.all(
      files.map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    const combined = combineYearFiles(read);
    if (!combined.ok) this.accept({ ok: false, issues: combined.issues });
    else this.loadCsv(combined.text, combined.name);
  }

  /** Reads a file the user chose or dropped: `.json` as JSON, anything else as CSV. */
  async loadFile(file: File): Promise<void> {
    this.regionIssues = [];
    this.typedRegions = {};
    if (/\.xlsx$/i.test(file.name))
      return this.loadWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
    const text = await file.text();
    if (/\.json$/i.test(file.name)) {
      this.source = { kind: 'json', name: file.name, text };
      this.accept(dataFromJson(text, this.framework));
    } else this.loadCsv(text, file.name);
  }

  /**
   * Reads an `.xlsx` workbook. A COINr / composer workbook (with an `iMeta` sheet) brings its
   * framework, and its data comes from `iData`; any other workbook's first sheet is the data for
   * the framework in use. The session keeps the data sheet as JSON rows.
   */
  async loadWorkbook(bytes: Uint8Array, name: string): Promise<void> {
    // The workbook reader is loaded only when a workbook comes.
    const { workbookInput } = await import('./workbook-in.js');
    this.useWorkbookInput(await workbookInput(bytes, name, this.framework));
  }

  /** Uses what workbooks (or JSON rows) gave: their framework, if any, and their data. */
  private useWorkbookInput(input: WorkbookInput): void {
    if (!input.ok) {
      if (input.where === 'framework') this.frameworkIssues = input.issues;
      else this.accept({ ok: false, issues: input.issues });
      return;
    }
    if (input.framework) {
      this.frameworkIssues = [];
      this.frameworkId = null;
      this.frameworkName = `${input.source.name} (iMeta)`;
      this.original = input.framework;
      this.framework = this.original;
      this.weightSets = { ...(this.original.weightSets ?? {}) };
    }
    this.source = input.source;
    this.accept(input.outcome);
  }

  /**
   * Resolves the unmatched units as typed (a region code or name; the registry's suggestion when
   * nothing was typed) and reads the data again with them. What cannot be resolved is listed.
   */
  applyRegions(): void {
    const s = this.source;
    if (!s || s.kind === 'example' || !this.loaded) return;
    const typed = Object.fromEntries(
      this.loaded.unmatched.map((u) => [u.code, this.typedRegions[u.code] ?? u.suggestion ?? '']),
    );
    const { map, issues } = regionChoices(typed);
    this.regionIssues = issues;
    this.source = { ...s, regions: { ...(s.regions ?? {}), ...map } };
    this.typedRegions = {};
    this.reloadSource();
  }

  private reloadSource(): void {
    const s = this.source;
    if (!s) return;
    if (s.kind === 'example') {
      if (this.frameworkId === null) return;
      this.source = { ...s, framework: this.frameworkId };
      this.accept(exampleData(this.frameworkId, s.year));
    } else if (s.kind === 'csv') {
      const options = {
        ...(s.delimiter ? { delimiter: s.delimiter } : {}),
        ...(s.decimal ? { decimal: s.decimal } : {}),
      };
      this.accept(dataFromCsv(s.text, this.framework, options));
    } else
      this.accept(
        dataFromJson(s.text, this.framework, {
          ...(s.groups ? { groups: s.groups } : {}),
          ...(s.denominators ? { denominators: s.denominators } : {}),
        }),
      );
  }

  private accept(outcome: LoadOutcome): void {
    this.auditReport = null;
    this.auditIssues = [];
    this.changes = [];
    this.recomputeMs = null;
    clearTimeout(this.auditTimer);
    this.auditRunning = this.auditAfterRanking = false;
    this.dropUncertainty();
    this.scenario = null;
    this.removal = null;
    if (!outcome.ok) {
      this.dataIssues = outcome.issues;
      this.loaded = null;
      this.baseline = this.results = null;
      this.status = this.t.issuesTitle(outcome.issues.length);
      return;
    }
    this.dataIssues = [];
    const regions = this.source && this.source.kind !== 'example' ? this.source.regions : undefined;
    this.loaded = regions ? withRegionMap(outcome.data, regions) : outcome.data;
    const years = yearsOf(this.loaded.dataset);
    this.year =
      years.length < 2
        ? null
        : this.year !== null && years.includes(this.year)
          ? this.year
          : (years.at(-1) ?? null);
    this.scoreBaseline();
    // The audit runs once the ranking has drawn (it takes a moment on large data), or after 2 s.
    this.auditRunning = true;
    this.auditAfterRanking = true;
    clearTimeout(this.auditTimer);
    this.auditTimer = setTimeout(() => this.scheduleAudit(), 2000);
  }

  /** The data scored: the year chosen, when the data has several. */
  private loadedDataset(): Dataset | null {
    const data = this.loaded?.dataset;
    return data ? yearSlice(data, this.year) : null;
  }

  /** The years of the loaded data (empty without a year column). */
  dataYears(): number[] {
    return this.loaded ? yearsOf(this.loaded.dataset) : [];
  }

  /** Scores another year of the data (the original weights, then the edits). */
  setYear(year: number): void {
    if (!this.dataYears().includes(year)) return;
    this.year = year;
    this.dropUncertainty();
    this.removal = null;
    this.scenario = null;
    this.scoreBaseline();
    this.scheduleAudit();
  }

  /** Scores every year of the data with the edited framework, for the trend. */
  private scoreTrend(): void {
    const years = this.trendOpen ? this.yearDocuments() : null;
    this.trendDocs = years?.docs ?? null;
    this.trendIssues = years?.issues ?? [];
  }

  /**
   * Every year of the data scored with the edited framework and the options in use (pooled across
   * the years when that option is on): the trend's documents, and a published series. Null with
   * fewer than two years. The issues of a year the engine refuses are listed with its year, first
   * in their path.
   */
  yearDocuments(): { docs: ResultsDocument[]; issues: TakarIssue[] } | null {
    const all = this.loaded?.dataset;
    const years = this.dataYears();
    if (!all || years.length < 2) return null;
    const docs: ResultsDocument[] = [];
    const issues: TakarIssue[] = [];
    for (const y of years) {
      const out = scoreData(
        this.framework,
        dataFor(this.framework, yearSlice(all, y)).dataset,
        this.pipeline,
      );
      if (out.ok) docs.push(out.results);
      else issues.push(...out.issues.map((i) => ({ ...i, path: [String(y), ...i.path] })));
    }
    return { docs, issues };
  }

  /** The data for the edited framework: values of indicators it no longer has set aside. */
  private editedData(framework: Framework = this.framework): Dataset | null {
    const data = this.loadedDataset();
    return data ? dataFor(framework, data).dataset : null;
  }

  // ---- scoring ------------------------------------------------------------------------------

  /**
   * Reads the options into the pipeline scored with (pooling across years on the loaded data).
   * Options the engine refuses are listed and the pipeline in use stays; returns whether they
   * were applied.
   */
  private applyOptions(): boolean {
    const read = pipelineOf(this.options);
    const issues = [...read.issues];
    let pipeline = read.pipeline;
    const data = this.loaded?.dataset;
    if (!issues.length && data) {
      const pooled = withAcross(
        this.framework,
        dataFor(this.framework, data).dataset,
        pipeline,
        this.options.across,
      );
      if (pooled.ok) pipeline = pooled.pipeline;
      else issues.push(...pooled.issues);
    }
    this.optionIssues = issues;
    if (issues.length) return false;
    this.pipeline = pipeline;
    return true;
  }

  private scoreBaseline(): void {
    const data = this.loadedDataset();
    if (!data) return;
    this.applyOptions();
    const base = scoreData(this.original, data, this.pipeline);
    if (!base.ok) {
      this.scoreIssues = base.issues;
      this.baseline = this.results = null;
      this.status = this.t.issuesTitle(base.issues.length);
      return;
    }
    this.scoreIssues = [];
    this.baseline = base.results;
    if (JSON.stringify(this.framework) === JSON.stringify(this.original)) {
      this.results = base.results;
      this.changes = [];
      this.recomputeMs = base.ms;
      if (this.trendOpen) this.scoreTrend();
    } else this.rescore();
    const what = this.loaded?.kind === 'example' ? this.t.exampleWhat : this.sourceName();
    this.status = this.t.loaded(data.units.length, what);
  }

  private sourceName(): string {
    const s = this.source;
    return s && s.kind !== 'example' ? s.name : '';
  }

  /** Rescores with the edited framework and lists the rank changes against the original weights. */
  rescore(): void {
    const data = this.editedData();
    if (!data || !this.baseline) return;
    const out = recompute(this.framework, data, this.pipeline, this.baseline);
    if (!out.ok) {
      this.scoreIssues = out.issues;
      return;
    }
    this.scoreIssues = [];
    this.results = out.results;
    this.changes = out.changes;
    this.recomputeMs = out.ms;
    this.dropUncertainty();
    if (this.trendOpen) this.scoreTrend();
  }

  /** Forgets (and stops) the uncertainty run: it was for other weights or data. */
  private dropUncertainty(): void {
    this.uncAbort?.abort();
    this.uncAbort = undefined;
    this.uncRunning = false;
    this.uncResult = null;
    this.intervals = undefined;
    this.uncDone = 0;
  }

  /**
   * Runs the uncertainty analysis of the index ranks (weights ±25 % at every level) in Web
   * Workers, showing progress; the ranking then draws each region's 5–95 % rank interval.
   */
  async runUncertainty(): Promise<void> {
    const data = this.editedData();
    if (!data || this.uncRunning) return;
    this.dropUncertainty();
    this.uncIssues = [];
    const abort = new AbortController();
    this.uncAbort = abort;
    this.uncRunning = true;
    const runs = this.uncRuns;
    try {
      const result = await runUncertaintyAnalysis(this.framework, data, this.pipeline, {
        runs,
        seed: 2017,
        noise: 0.25,
        methods: {
          ...(this.uncMethods.normalise ? { normalise: METHOD_ALTERNATIVES.normalise } : {}),
          ...(this.uncMethods.aggregate ? { aggregate: METHOD_ALTERNATIVES.aggregate } : {}),
        },
        ...(this.workerSrc ? { workers: this.warmWorkers() } : {}),
        threads: Math.min(4, navigator.hardwareConcurrency || 2),
        onProgress: (done) => {
          if (!abort.signal.aborted) this.uncDone = done;
        },
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this.uncResult = result;
      this.uncDone = runs;
      this.intervals = rankIntervals(result);
    } catch (e) {
      if (abort.signal.aborted) return;
      if (e instanceof TakarError) this.uncIssues = [...e.issues];
      else
        this.uncIssues = [
          issue('pipeline/invalid', ['uncertainty'], (e as Error).message ?? String(e)),
        ];
    } finally {
      if (this.uncAbort === abort) {
        this.uncRunning = false;
        this.uncAbort = undefined;
      }
      this.dispatchEvent(
        new CustomEvent('takar-studio-uncertainty', { bubbles: true, composed: true }),
      );
    }
  }

  /** Coalesces slider input to one rescore per frame. */
  private scheduleRescore(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.rescore();
    });
  }

  private scheduleAudit(): void {
    clearTimeout(this.auditTimer);
    this.auditAfterRanking = false;
    this.auditRunning = true;
    // After the next paint, so the page shows "running the checks" first.
    this.auditTimer = setTimeout(() => {
      const data = this.editedData();
      this.auditRunning = false;
      if (!data) return;
      const out = runAudit(this.framework, data, this.pipeline);
      if (out.ok) {
        this.auditReport = out.report;
        this.auditIssues = [];
      } else this.auditIssues = out.issues;
      this.dispatchEvent(
        new CustomEvent('takar-studio-audited', { bubbles: true, composed: true }),
      );
    }, 30);
  }

  // ---- framework edits ----------------------------------------------------------------------

  /** Sets one node's weight and rescores. */
  setWeight(code: string, weight: number): void {
    if (!Number.isFinite(weight) || weight < 0) return;
    this.framework = withWeights(this.framework, { [code]: weight });
    this.scheduleRescore();
  }

  /**
   * Applies a structure edit (add, remove or move a node) that the engine accepted, and rescores;
   * a refused edit lists the engine's issues and the framework stays.
   */
  editStructure(outcome: EditOutcome): void {
    if (!outcome.ok) {
      this.structureIssues = outcome.issues;
      return;
    }
    this.structureIssues = [];
    this.framework = outcome.framework;
    if (this.options.across) this.applyOptions();
    this.rescore();
  }

  private get structureInput(): StructureInput {
    return {
      t: this.t,
      lang: this.lang,
      framework: this.framework,
      onEdit: (o) => this.editStructure(o),
    };
  }

  /** Sets an aggregate's own aggregation ('' for the pipeline's) and rescores. */
  setAggregation(code: string, method: AggregateMethod | ''): void {
    this.framework = withAggregation(this.framework, code, method);
    this.rescore();
  }

  private setDirection(code: string, direction: 1 | -1): void {
    this.framework = withDirection(this.framework, code, direction);
    // Pooled normalisation parameters are taken on direction-adjusted values.
    if (this.options.across) this.applyOptions();
    this.rescore();
  }

  /**
   * Sets the pipeline options (CLI syntax per family; a family left out is the framework's own)
   * and scores the original weights again under them, so the rank changes compare weights under
   * one pipeline. Options the engine's tables refuse are listed, and nothing is rescored.
   */
  setOptions(options: PipelineTexts): void {
    this.options = options;
    if (!this.applyOptions()) return;
    this.dropUncertainty();
    this.removal = null;
    this.scenario = null;
    this.scoreBaseline();
  }

  /** Sets one family's method as the CLI writes it ('' for the framework's own). */
  setMethod(family: 'impute' | 'treat' | 'normalise' | 'aggregate', text: string): void {
    const next: PipelineTexts = { ...this.options };
    if (text) next[family] = text;
    else delete next[family];
    this.setOptions(next);
  }

  /** The removal test: how far the index ranks move when each element is removed. */
  runRemoval(): void {
    const data = this.editedData();
    if (!data) return;
    try {
      this.removal = removalImpact(this.framework, data, {
        ...(this.pipeline ? { pipeline: this.pipeline } : {}),
      });
    } catch (e) {
      if (e instanceof TakarError) this.auditIssues = [...e.issues];
      else throw e;
    }
  }

  private chooseFramework(id: ExampleId): void {
    this.frameworkId = id;
    this.original = getFramework(id);
    this.framework = this.original;
    this.weightSets = {};
    this.reloadSource();
  }

  resetWeights(): void {
    this.framework = this.original;
    this.rescore();
  }

  private saveWeightSet(): void {
    const name = this.setName.trim();
    if (!name) return;
    this.weightSets = { ...this.weightSets, [name]: weightsOf(this.framework) };
    this.setName = '';
  }

  private applyWeightSet(name: string): void {
    const set = this.weightSets[name];
    if (!set) return;
    this.framework = withWeights(this.framework, set);
    this.rescore();
  }

  // ---- session ------------------------------------------------------------------------------

  /** The whole state as a session. */
  session(): Session {
    return {
      format: 'takar-studio-session',
      formatVersion: 1,
      lang: this.lang,
      frameworkId: this.frameworkId,
      framework: this.framework,
      data: this.source,
      pipeline: pipelineOf(this.options).pipeline,
      options: this.options,
      year: this.year,
      weightSets: this.weightSets,
      uncertainty: { runs: this.uncRuns, vary: this.varied() },
    };
  }

  /** The method families the uncertainty analysis varies too. */
  private varied(): ('normalise' | 'aggregate')[] {
    return (['normalise', 'aggregate'] as const).filter((f) => this.uncMethods[f]);
  }

  /** Restores a session from its text; lists every problem and changes nothing when it is bad. */
  restore(text: string): boolean {
    const out = parseSession(text);
    if (!out.ok) {
      this.sessionIssues = out.issues;
      this.status = this.t.sessionIssues;
      return false;
    }
    const s = out.session;
    this.sessionIssues = [];
    this.lang = s.lang;
    if (s.frameworkId === 'smart-city' || s.frameworkId === 'spbe-2020') {
      this.frameworkId = s.frameworkId;
      this.original = getFramework(s.frameworkId);
    } else {
      this.frameworkId = null;
      this.frameworkName = s.framework.id;
      this.original = s.framework;
    }
    this.framework = s.framework;
    this.options = s.options ?? textsOfPipeline(s.pipeline);
    this.pipeline = pipelineOf(this.options).pipeline;
    this.weightSets = s.weightSets;
    this.year = s.year ?? null;
    // Sessions written before the uncertainty settings were kept have the defaults.
    this.uncRuns = s.uncertainty?.runs ?? DEFAULT_RUNS;
    this.uncMethods = {
      normalise: s.uncertainty?.vary.includes('normalise') ?? false,
      aggregate: s.uncertainty?.vary.includes('aggregate') ?? false,
    };
    this.source = s.data;
    if (s.data) this.reloadSource();
    this.status = this.t.restored;
    return true;
  }

  private saveToBrowser(): void {
    localStorage.setItem(STORAGE_KEY, sessionText(this.session()));
    this.status = this.t.savedBrowser;
  }

  private restoreFromBrowser(): void {
    const text = localStorage.getItem(STORAGE_KEY);
    if (text === null) this.status = this.t.noSavedSession;
    else this.restore(text);
  }

  /** The framework with its edits as a COINr `iMeta` sheet (CSV), as `takar framework` writes it. */
  iMetaText(): string {
    return formatCsv(frameworkToTable(this.framework));
  }

  /** The results package (see publish.ts) of the current results, or null before scoring. */
  packageBytes(): Uint8Array | null {
    const doc = this.results;
    if (!doc) return null;
    const t = this.t;
    return packageZip({
      results: JSON.stringify(doc, null, 2) + '\n',
      csv: resultsCsv(doc, { unit: t.csvUnit, name: t.csvName, rank: t.csvRank }),
      framework: JSON.stringify(this.framework, null, 2) + '\n',
      session: sessionText(this.session()),
    });
  }

  /** The map boundaries' text, fetched once from the studio's own folder (see boundaryText). */
  private boundariesText: { href: string; text: Promise<string> } | undefined;

  /**
   * "Terbitkan situs": the site `takar publish` writes for the current results, as a `.zip`
   * (`site-zip.ts`, loaded when first asked for, with the element bundle and the boundaries: two
   * requests to the studio's own folder, nothing leaves it). Null before scoring; a problem is
   * listed under the buttons and thrown.
   */
  async siteBytes(): Promise<{
    bytes: Uint8Array;
    files: number;
    map: boolean;
    years: (number | null)[];
  } | null> {
    const doc = this.results;
    if (!doc) return null;
    const series = this.publishSeries ? this.yearDocuments() : null;
    // A series publishes every year, or nothing: a year the engine refuses is named.
    if (series?.issues.length) throw new TakarError(series.issues);
    const docs = series?.docs ?? [doc];
    const { loadSiteBundle, siteZip } = await import('./site-zip.js');
    // A map only for kabupaten/kota codes (data of other units, as the ASEM example, has none).
    const map = unitCodes(doc).some((code) => regionByCode(code) !== undefined);
    let boundaries: { file: string; text: string } | undefined;
    if (map) {
      const url = new URL(this.boundaries, document.baseURI);
      boundaries = {
        file: url.pathname.split('/').pop() || 'kabkota.topo.json',
        text: await this.boundaryText(),
      };
    }
    const bytes = await siteZip(docs, {
      bundle: loadSiteBundle(new URL(this.siteBundle, document.baseURI)),
      ...(boundaries ? { boundaries } : {}),
    });
    const { unzipSync } = await import('fflate');
    const years = docs.map((d) => d.year);
    return { bytes, files: Object.keys(unzipSync(bytes)).length, map, years };
  }

  /** The framework in use (with its edits) as the `takar template` workbook. */
  async templateBytes(): Promise<Uint8Array> {
    const { templateBytes } = await import('./workbook-out.js');
    return templateBytes(this.framework, {
      lang: this.lang,
      ...(this.templateYear !== null ? { year: this.templateYear } : {}),
    });
  }

  /**
   * The results workbook: the sheets of `takar score --out x.xlsx` (skor, peringkat) and of
   * `takar audit --out x.xlsx` (statistik, korelasi, alpha, and tanpa-indikator once the removal
   * test ran). Null before scoring.
   */
  async workbookBytes(): Promise<Uint8Array | null> {
    const data = this.editedData();
    if (!data || !this.results) return null;
    const { resultsBytes } = await import('./workbook-out.js');
    return resultsBytes({
      framework: this.framework,
      data,
      pipeline: this.pipeline,
      audit: this.auditReport,
      removal: this.removal,
      lang: this.lang,
    });
  }

  private download(name: string, text: string | Uint8Array, type: string): void {
    const url = URL.createObjectURL(new Blob([text as BlobPart], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  override render() {
    const t = this.t;
    const synthetic = this.loaded?.dataset.source?.synthetic === true;
    return html`
      <header>
        <h1>${t.title}</h1>
        <p>${t.tagline}</p>
        ${
          this.offline
            ? html`<p class="offline" data-state=${this.offline} aria-live="polite">
                ${
                  this.offline === 'loading'
                    ? t.offlineLoading
                    : this.offline === 'ready'
                      ? t.offlineReady
                      : t.offlinePartial(
                          this.offlineParts
                            .filter((p) => !p.ok)
                            .map((p) => t.offlineParts[p.name])
                            .join(', '),
                        )
                }
              </p>`
            : nothing
        }
        <button
          type="button"
          class="lang"
          lang=${this.lang === 'id' ? 'en' : 'id'}
          aria-label=${t.switchLangLabel}
          @click=${() => (this.lang = this.lang === 'id' ? 'en' : 'id')}
        >
          ${t.switchLang}
        </button>
      </header>
      <main>
        ${synthetic ? html`<p class="synthetic" role="note">${t.synthetic}</p>` : nothing}
        <p class="status" role="status" aria-live="polite">${this.status}</p>
        ${this.renderData()} ${this.renderFramework()} ${this.renderAudit()} ${this.renderResults()}
        ${this.renderTuning()} ${this.renderUncertainty()} ${this.renderSession()}
      </main>
    `;
  }

  private renderIssues(issues: readonly TakarIssue[], title: string) {
    if (!issues.length) return nothing;
    const t = this.t;
    return html`<div class="issues" role="alert">
      <p>${title}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${t.issueCode}</th>
            <th scope="col">${t.issuePlace}</th>
            <th scope="col">${t.issueMessage}</th>
          </tr>
        </thead>
        <tbody>
          ${issues.map(
            (i) =>
              html`<tr>
                <td><code>${i.code}</code></td>
                <td>${i.path.join(' › ') || t.none}</td>
                <td>${i.message}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderData() {
    const t = this.t;
    const loc = this.loaded?.locale;
    const unmatched = this.loaded?.unmatched ?? [];
    return html`<section aria-labelledby="s1">
      <h2 id="s1">${t.step1}</h2>
      ${this.renderIssues(this.urlIssues, t.urlIssues)}
      <div class="row">
        <label
          >${t.framework}
          <select
            id="framework"
            @change=${(e: Event) =>
              this.chooseFramework((e.target as HTMLSelectElement).value as ExampleId)}
          >
            ${listFrameworks().map(
              (f) =>
                html`<option value=${f.id} ?selected=${f.id === this.frameworkId}>
                  ${this.lang === 'en' ? (f.label.en ?? f.label.id) : f.label.id}
                </option>`,
            )}
            ${
              this.frameworkId === null
                ? html`<option value="" selected disabled>
                    ${t.frameworkFromFile(this.frameworkName)}
                  </option>`
                : nothing
            }
          </select>
        </label>
        ${
          this.frameworkId !== null
            ? html`<button type="button" id="example" @click=${() => this.loadExample()}>
                  ${t.useExample}
                </button>
                <button type="button" id="example-years" @click=${() => this.loadExample('all')}>
                  ${t.useExampleYears(EXAMPLE_YEARS)}
                </button>`
            : nothing
        }
        <label
          >${t.frameworkFile}
          <input
            type="file"
            id="framework-file"
            accept=".json,application/json"
            @change=${async (e: Event) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) this.loadFrameworkText(await file.text(), file.name);
            }}
          />
        </label>
      </div>
      ${this.renderIssues(this.frameworkIssues, t.issuesTitle(this.frameworkIssues.length))}
      ${templateSection({
        t,
        year: this.templateYear,
        onYear: (y) => (this.templateYear = y),
        onDownload: async () =>
          this.download(`${this.framework.id}-template.xlsx`, await this.templateBytes(), XLSX),
      })}
      <div
        class="drop"
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          void this.loadFiles([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label
          >${t.chooseFile}
          <input
            type="file"
            id="file"
            multiple
            accept=".csv,.txt,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            @change=${(e: Event) => {
              void this.loadFiles([...((e.target as HTMLInputElement).files ?? [])]);
            }}
          />
        </label>
        <span class="hint">${t.dropHint}</span>
      </div>
      <div class="row">
        <label
          >${t.delimiter}
          <select
            id="delimiter"
            @change=${(e: Event) =>
              (this.delimiterChoice = (e.target as HTMLSelectElement).value as '' | ',' | ';')}
          >
            <option value="">${t.auto}</option>
            <option value=",">,</option>
            <option value=";">;</option>
          </select>
        </label>
        <label
          >${t.decimal}
          <select
            id="decimal"
            @change=${(e: Event) =>
              (this.decimalChoice = (e.target as HTMLSelectElement).value as '' | '.' | ',')}
          >
            <option value="">${t.auto}</option>
            <option value=".">.</option>
            <option value=",">,</option>
          </select>
        </label>
      </div>
      <label class="paste"
        >${t.pasteLabel}
        <textarea
          id="paste"
          rows="4"
          .value=${this.pasted}
          @input=${(e: Event) => (this.pasted = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <button type="button" id="read-paste" @click=${() => this.loadCsv(this.pasted)}>
        ${t.readPasted}
      </button>
      ${
        loc
          ? html`<p class="locale">
              ${t.localeShown(loc.delimiter === '\t' ? 'tab' : loc.delimiter, loc.decimal, loc.comments)}
            </p>`
          : nothing
      }
      ${this.renderIssues(this.dataIssues, t.issuesTitle(this.dataIssues.length))}
      ${
        unmatched.length
          ? html`<table class="unmatched">
                <caption>
                  ${t.unmatchedTitle(unmatched.length)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.unmatchedCode}</th>
                    <th scope="col">${t.unmatchedName}</th>
                    <th scope="col">${t.unmatchedSuggestion}</th>
                    <th scope="col">${t.unmatchedRegion}</th>
                  </tr>
                </thead>
                <tbody>
                  ${unmatched.map(
                    (u) =>
                      html`<tr>
                        <td>${u.code}</td>
                        <td>${u.name}</td>
                        <td>${u.suggestion ?? t.none}</td>
                        <td>
                          <input
                            type="text"
                            data-unit=${u.code}
                            aria-label=${`${t.unmatchedRegion}: ${u.name}`}
                            .value=${this.typedRegions[u.code] ?? u.suggestion ?? ''}
                            @input=${(e: Event) =>
                              (this.typedRegions = {
                                ...this.typedRegions,
                                [u.code]: (e.target as HTMLInputElement).value,
                              })}
                          />
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              <button type="button" id="apply-regions" @click=${() => this.applyRegions()}>
                ${t.applyRegions}
              </button>`
          : nothing
      }
      ${this.renderIssues(this.regionIssues, t.issuesTitle(this.regionIssues.length))}
    </section>`;
  }

  private renderFramework() {
    const t = this.t;
    const rows = treeRows(this.framework, this.lang);
    return html`<section aria-labelledby="s2">
      <h2 id="s2">${t.step2}</h2>
      <p class="narrow-note">${t.editWide}</p>
      <details
        id="icicle-box"
        @toggle=${(e: Event) => (this.icicleOpen = (e.target as HTMLDetailsElement).open)}
      >
        <summary>${t.icicleShow}</summary>
        ${this.icicleOpen ? this.renderIcicle(rows) : nothing}
      </details>
      <details id="tree">
        <summary>${t.showTree}</summary>
        <div class="scroll" tabindex="0" role="region" aria-label=${t.treeCaption}>
          <table class="tree">
            <caption>
              ${t.treeCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.code}</th>
                <th scope="col">${t.label}</th>
                <th scope="col">${t.weight}</th>
                <th scope="col">${t.effective}</th>
                <th scope="col">${t.directionOrAggregate}</th>
                <th scope="col">${t.actions}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) =>
                  html`<tr class=${`depth-${Math.min(r.depth, 5)}`}>
                    <th scope="row"><code>${r.code}</code></th>
                    <td>${r.label}</td>
                    <td>
                      ${
                        r.depth === 0
                          ? t.none
                          : html`<input
                              type="number"
                              min="0"
                              step="any"
                              aria-label=${`${t.weight} ${r.label}`}
                              data-code=${r.code}
                              .value=${String(r.weight)}
                              @change=${(e: Event) =>
                                this.setWeight(
                                  r.code,
                                  Number((e.target as HTMLInputElement).value),
                                )}
                            />`
                      }
                    </td>
                    <td>${(r.effective * 100).toFixed(2)}%</td>
                    <td>
                      ${
                        r.aggregate !== null && r.depth > 0 && r.children > 0
                          ? html`<select
                              aria-label=${`${t.aggregate} ${r.label}`}
                              @change=${(e: Event) =>
                                this.setAggregation(
                                  r.code,
                                  (e.target as HTMLSelectElement).value as AggregateMethod | '',
                                )}
                            >
                              <option value="" ?selected=${r.aggregate === ''}>
                                ${t.aggregatePipeline}
                              </option>
                              ${methodChoices('aggregate', this.lang)
                                .filter((m) => !m.needsArgument)
                                .map(
                                  (m) =>
                                    html`<option
                                      value=${m.name}
                                      ?selected=${r.aggregate === m.name}
                                    >
                                      ${m.name}
                                    </option>`,
                                )}
                            </select>`
                          : r.direction === null
                            ? t.none
                            : html`<select
                                aria-label=${`${t.direction} ${r.label}`}
                                @change=${(e: Event) =>
                                  this.setDirection(
                                    r.code,
                                    Number((e.target as HTMLSelectElement).value) as 1 | -1,
                                  )}
                              >
                                <option value="1" ?selected=${r.direction === 1}>
                                  ${t.higherBetter}
                                </option>
                                <option value="-1" ?selected=${r.direction === -1}>
                                  ${t.lowerBetter}
                                </option>
                              </select>`
                      }
                    </td>
                    <td>${structureCell(r, this.structureInput)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <h3 id="structure-title">${t.structureTitle}</h3>
        <p class="hint">${t.structureAbout}</p>
        ${addIndicatorForm(this.structureInput, this.unusedIndicators())}
        ${this.renderIssues(this.structureIssues, t.structureIssues)}
      </details>
      <button
        type="button"
        id="save-framework"
        @click=${() =>
          this.download(
            `${this.framework.id}.framework.json`,
            JSON.stringify(this.framework, null, 2) + '\n',
            'application/json',
          )}
      >
        ${t.saveFramework}
      </button>
      <button
        type="button"
        id="save-imeta"
        @click=${() =>
          this.download(`${this.framework.id}-iMeta.csv`, this.iMetaText(), 'text/csv')}
      >
        ${t.saveIMeta}
      </button>
      ${this.renderPipeline()}
    </section>`;
  }

  /** Indicators of the loaded data that the edited framework no longer has. */
  private unusedIndicators(): string[] {
    const data = this.loadedDataset();
    return data ? dataFor(this.framework, data).unused : [];
  }

  private renderIcicle(rows: TreeRow[]) {
    const t = this.t;
    const cells = icicleLayout(rows);
    const levels = Math.max(...rows.map((r) => r.depth)) + 1;
    const focused = rows.some((r) => r.code === this.icicleFocus)
      ? this.icicleFocus
      : rows[0]?.code;
    const label = (r: TreeRow) => `${r.label} (${r.code}): ${(r.effective * 100).toFixed(1)} %`;
    const focus = (code: string) => {
      this.icicleFocus = code;
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<SVGElement>(`svg.icicle rect[data-code="${CSS.escape(code)}"]`)
          ?.focus(),
      );
    };
    const edit = (code: string) => {
      const details = this.renderRoot.querySelector<HTMLDetailsElement>('#tree');
      if (details) details.open = true;
      this.renderRoot
        .querySelector<HTMLInputElement>(`#tree input[data-code="${CSS.escape(code)}"]`)
        ?.focus();
    };
    return html`<p>${t.icicleAbout}</p>
      <svg
        class="icicle"
        role="tree"
        aria-label=${t.icicleLabel}
        viewBox="0 0 ${ICICLE_WIDTH} ${levels * ICICLE_ROW}"
        width="100%"
        @keydown=${(e: KeyboardEvent) => {
          const code = (e.target as Element).getAttribute('data-code');
          if (!code) return;
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            edit(code);
            return;
          }
          const to = icicleMove(rows, code, e.key);
          if (to) {
            e.preventDefault();
            focus(to);
          }
        }}
        @click=${(e: MouseEvent) => {
          const code = (e.target as Element).getAttribute('data-code');
          if (code) focus(code);
        }}
      >
        ${icicleCells(cells, focused ?? '', label)}
      </svg>`;
  }

  private renderPipeline() {
    return html`${pipelineSection({
        lang: this.lang,
        t: this.t,
        framework: this.original,
        texts: this.options,
        years: this.dataYears(),
        onChange: (options) => this.setOptions(options),
      })}
      ${this.renderIssues(this.optionIssues, this.t.optionIssues)}
      <p class="hint">${this.t.pipelineNote}</p>`;
  }

  private renderAudit() {
    return auditSection({
      t: this.t,
      lang: this.lang,
      framework: this.framework,
      loaded: this.loaded !== null,
      report: this.auditReport,
      running: this.auditRunning,
      issues: this.renderIssues(this.auditIssues, this.t.issuesTitle(this.auditIssues.length)),
      hasResults: this.results !== null,
      removal: this.removal,
      heatmapOpen: this.heatmapOpen,
      onRunRemoval: () => this.runRemoval(),
      onHeatmapToggle: (open) => (this.heatmapOpen = open),
    });
  }

  private renderResults() {
    const t = this.t;
    if (!this.results && !this.scoreIssues.length) return nothing;
    const doc = this.results;
    const top = doc ? places(doc, rootCode(doc)).find((p) => p.rank === 1)?.unit : undefined;
    const previous = this.changes.length ? this.baseline : undefined;
    const years = this.dataYears();
    return html`<section aria-labelledby="s4" id="results">
      <h2 id="s4">${t.step4}</h2>
      ${
        years.length > 1
          ? html`<label
              >${t.yearScored}
              <select
                id="year"
                @change=${(e: Event) => this.setYear(Number((e.target as HTMLSelectElement).value))}
              >
                ${years.map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}
              </select>
            </label>`
          : nothing
      }
      ${this.renderIssues(this.scoreIssues, t.scoreFailed)}
      ${
        doc
          ? html`<takar-ranking
                lang=${this.lang}
                link-group="studio"
                .data=${doc}
                .previous=${previous}
                .rankIntervals=${this.intervals}
              ></takar-ranking>
              <div class="pair">
                <takar-map
                  lang=${this.lang}
                  link-group="studio"
                  .boundaries=${this.boundaryData ?? this.boundaries}
                  hide-table
                  .data=${doc}
                ></takar-map>
                <takar-profile
                  lang=${this.lang}
                  link-group="studio"
                  region=${top ?? nothing}
                  .data=${doc}
                ></takar-profile>
              </div>
              ${years.length > 1 ? this.renderTrend(top) : nothing}`
          : nothing
      }
    </section>`;
  }

  private renderTrend(top: string | undefined) {
    const t = this.t;
    return html`<details
      id="trend-box"
      @toggle=${(e: Event) => {
        this.trendOpen = (e.target as HTMLDetailsElement).open;
        this.scoreTrend();
      }}
    >
      <summary>${t.trendShow}</summary>
      <p class="hint">${t.trendAbout(this.dataYears())}</p>
      ${this.trendOpen ? this.renderIssues(this.trendIssues, t.trendIssues) : nothing}
      ${
        this.trendOpen && this.trendDocs?.length
          ? html`<takar-trend
              lang=${this.lang}
              link-group="studio"
              region=${top ?? nothing}
              .data=${this.trendDocs}
            ></takar-trend>`
          : nothing
      }
    </details>`;
  }

  private renderTuning() {
    const t = this.t;
    if (!this.baseline) return nothing;
    const weights = weightsOf(this.framework);
    const tops = topNodes(this.framework);
    const label = (code: string) => {
      const n = this.framework.nodes.find((x) => x.code === code);
      return n ? (this.lang === 'en' ? (n.label.en ?? n.label.id) : n.label.id) : code;
    };
    const shown = this.changes.slice(0, CHANGES_SHOWN);
    const rank = (r: number | null) => (r === null ? t.unranked : String(r));
    return html`<section aria-labelledby="s5" id="tuning">
      <h2 id="s5">${t.step5}</h2>
      <p>${t.slidersCaption}</p>
      <div class="sliders">
        ${tops.map((code) => {
          const w = weights[code] ?? 1;
          const base = this.original.nodes.find((n) => n.code === code)?.weight ?? 1;
          const max = Math.max(3, Math.ceil(base * 3));
          const step = base >= 10 ? 0.5 : 0.1;
          return html`<label class="slider"
            ><span>${label(code)}</span>
            <input
              type="range"
              min="0"
              max=${max}
              step=${step}
              data-code=${code}
              .value=${String(w)}
              @input=${(e: Event) => this.setWeight(code, Number((e.target as HTMLInputElement).value))}
            />
            <output>${w}</output></label
          >`;
        })}
      </div>
      <p class="timing">
        ${this.recomputeMs !== null ? t.recomputed(this.recomputeMs.toFixed(1)) : nothing}
      </p>
      <button type="button" id="reset" @click=${() => this.resetWeights()}>
        ${t.resetWeights}
      </button>
      <div class="scroll" tabindex="0" role="region" aria-label=${t.changesTitle}>
        <table id="changes">
          <caption>
            ${t.changesTitle}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.region}</th>
              <th scope="col">${t.rankBefore}</th>
              <th scope="col">${t.rankAfter}</th>
            </tr>
          </thead>
          <tbody>
            ${
              shown.length
                ? shown.map(
                    (c) =>
                      html`<tr>
                        <th scope="row">${c.name}: ${rank(c.from)} → ${rank(c.to)}</th>
                        <td>${rank(c.from)}</td>
                        <td>
                          ${rank(c.to)}
                          ${c.gain ? html`<span class=${c.gain > 0 ? 'up' : 'down'}>(${c.gain > 0 ? '▲' : '▼'}${Math.abs(c.gain)})</span>` : nothing}
                        </td>
                      </tr>`,
                  )
                : html`<tr>
                    <td colspan="3">${t.changesNone}</td>
                  </tr>`
            }
          </tbody>
        </table>
      </div>
      ${
        this.changes.length > CHANGES_SHOWN
          ? html`<p>${t.changesMore(this.changes.length - CHANGES_SHOWN)}</p>`
          : nothing
      }
      <div class="row">
        <label
          >${t.weightSetName}
          <input
            type="text"
            id="set-name"
            .value=${this.setName}
            @input=${(e: Event) => (this.setName = (e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="button" id="save-set" @click=${() => this.saveWeightSet()}>
          ${t.saveWeightSet}
        </button>
      </div>
      ${
        Object.keys(this.weightSets).length
          ? html`<ul class="sets" aria-label=${t.weightSets}>
              ${Object.keys(this.weightSets).map(
                (name) =>
                  html`<li>
                    <button type="button" @click=${() => this.applyWeightSet(name)}>
                      ${t.applyWeightSet(name)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.renderScenarios()}
    </section>`;
  }

  /** The weights of a scenario: the original, the current, or a saved weight set. */
  private scenarioFramework(name: string): Framework {
    if (name === ORIGINAL) return this.original;
    if (name === CURRENT) return this.framework;
    return withWeights(this.original, this.weightSets[name] ?? {});
  }

  /** Scores two scenarios and lists the rank changes from A to B. */
  compareScenarios(a: string, b: string): void {
    const data = this.loadedDataset();
    if (!data) return;
    const fa = this.scenarioFramework(a);
    const fb = this.scenarioFramework(b);
    const docA = scoreData(fa, dataFor(fa, data).dataset, this.pipeline);
    const docB = scoreData(fb, dataFor(fb, data).dataset, this.pipeline);
    if (!docA.ok || !docB.ok) {
      this.scoreIssues = [...(docA.ok ? [] : docA.issues), ...(docB.ok ? [] : docB.issues)];
      return;
    }
    this.scenario = {
      a,
      b,
      changes: rankChanges(docA.results, docB.results, rootCode(docB.results)),
    };
  }

  private renderScenarios() {
    return scenarioSection({
      t: this.t,
      weightSets: Object.keys(this.weightSets),
      scenario: this.scenario,
      onCompare: (a, b) => this.compareScenarios(a, b),
    });
  }

  private renderUncertainty() {
    const t = this.t;
    if (!this.baseline) return nothing;
    const r = this.uncResult;
    return html`<section aria-labelledby="s6u" id="uncertainty">
      <h2 id="s6u">${t.uncTitle}</h2>
      <p>${t.uncAbout}</p>
      <div class="row">
        <label
          >${t.uncRuns}
          <input
            type="number"
            id="unc-runs"
            min="10"
            max="10000"
            step="10"
            .value=${String(this.uncRuns)}
            @change=${(e: Event) => {
              const n = Math.round(Number((e.target as HTMLInputElement).value));
              if (n >= 10 && n <= 10000) this.uncRuns = n;
            }}
          />
        </label>
        <fieldset class="unc-methods">
          <legend>${t.uncMethods}</legend>
          <label
            ><input
              type="checkbox"
              id="unc-normalise"
              .checked=${this.uncMethods.normalise}
              @change=${(e: Event) =>
                (this.uncMethods = {
                  ...this.uncMethods,
                  normalise: (e.target as HTMLInputElement).checked,
                })}
            />
            ${t.uncNormalise}</label
          >
          <label
            ><input
              type="checkbox"
              id="unc-aggregate"
              .checked=${this.uncMethods.aggregate}
              @change=${(e: Event) =>
                (this.uncMethods = {
                  ...this.uncMethods,
                  aggregate: (e.target as HTMLInputElement).checked,
                })}
            />
            ${t.uncAggregate}</label
          >
        </fieldset>
        <button
          type="button"
          id="run-uncertainty"
          ?disabled=${this.uncRunning}
          @click=${() => void this.runUncertainty()}
        >
          ${t.uncRun}
        </button>
      </div>
      ${
        this.uncRunning || r
          ? html`<label class="progress"
              >${t.uncProgress(this.uncDone, this.uncRuns)}
              <progress id="unc-progress" max=${this.uncRuns} .value=${this.uncDone}></progress
            ></label>`
          : nothing
      }
      ${this.renderIssues(this.uncIssues, t.issuesTitle(this.uncIssues.length))}
      ${r ? html`<p id="unc-done">${t.uncDone(r.kept, r.runs)}</p>` : nothing}
    </section>`;
  }

  private renderSession() {
    const t = this.t;
    const doc = this.results;
    const years = this.dataYears();
    return html`<section aria-labelledby="s6" id="session">
      <h2 id="s6">${t.step6}</h2>
      <div class="row">
        <button type="button" id="save-browser" @click=${() => this.saveToBrowser()}>
          ${t.saveBrowser}
        </button>
        <button type="button" id="restore-browser" @click=${() => this.restoreFromBrowser()}>
          ${t.restoreBrowser}
        </button>
        <button
          type="button"
          id="download-session"
          @click=${() =>
            this.download('studio.takar.json', sessionText(this.session()), 'application/json')}
        >
          ${t.downloadSession}
        </button>
        <label
          >${t.openSession}
          <input
            type="file"
            id="open-session"
            accept=".json,application/json"
            @change=${async (e: Event) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) this.restore(await file.text());
            }}
          />
        </label>
      </div>
      ${this.renderIssues(this.sessionIssues, t.sessionIssues)}
      ${
        doc
          ? html`<div class="row">
              <button
                type="button"
                id="download-results"
                @click=${() =>
                  this.download(
                    `${this.framework.id}-results.json`,
                    JSON.stringify(doc, null, 2) + '\n',
                    'application/json',
                  )}
              >
                ${t.downloadResults}
              </button>
              <button
                type="button"
                id="download-csv"
                @click=${() =>
                  this.download(
                    `${this.framework.id}-results.csv`,
                    resultsCsv(doc, { unit: t.csvUnit, name: t.csvName, rank: t.csvRank }),
                    'text/csv',
                  )}
              >
                ${t.downloadCsv}
              </button>
              <button
                type="button"
                id="download-package"
                @click=${() => {
                  const bytes = this.packageBytes();
                  if (bytes)
                    this.download(`${this.framework.id}-takar.zip`, bytes, 'application/zip');
                }}
              >
                ${t.downloadPackage}
              </button>
              <button
                type="button"
                id="publish-site"
                @click=${async () => {
                  this.status = t.publishing;
                  try {
                    const site = await this.siteBytes();
                    if (!site) return;
                    this.download(`${this.framework.id}-situs.zip`, site.bytes, 'application/zip');
                    this.status = t.published(site.files, site.map, site.years);
                  } catch (e) {
                    const problem =
                      e instanceof TakarError
                        ? e.issues.map((x) => `${x.code}: ${x.message}`).join('; ')
                        : (e as Error).message;
                    this.status = `${t.publishFailed} ${problem}`;
                  }
                }}
              >
                ${t.publishSite}
              </button>
              ${
                years.length > 1
                  ? html`<label
                      ><input
                        type="checkbox"
                        id="publish-series"
                        .checked=${this.publishSeries}
                        @change=${(e: Event) =>
                          (this.publishSeries = (e.target as HTMLInputElement).checked)}
                      />${t.publishSeries(years)}</label
                    >`
                  : nothing
              }
              <button
                type="button"
                id="download-xlsx"
                @click=${async () => {
                  const bytes = await this.workbookBytes();
                  if (bytes) this.download(`${this.framework.id}-hasil.xlsx`, bytes, XLSX);
                }}
              >
                ${t.downloadXlsx}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-studio': TakarStudio;
  }
}
