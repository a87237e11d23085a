import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DIVERGING_COLORS,
  SEQUENTIAL_COLORS,
  interpolateColor,
  unionBox,
  viewBox,
  type ProjectedFeature,
} from '@takar/charts';
import type {
  ResultsError,
  ResultsKind,
  ResultsSource,
} from '../controllers/results-controller.js';
import type { Texts } from '../i18n/texts.js';
import type { Locale } from '../i18n/locale.js';
import { TakarElement, type ElementView, type LegendEntry } from '../common/takar-element.js';
import type { ThemeColors } from '../common/theme.js';
import { nextDirection, sortHeader } from '../common/sort-header.js';
import { unknownRegion } from '../common/labels.js';
import { shareSelection } from '../common/link-bus.js';
import {
  loadBoundaries,
  type BoundariesOutcome,
  type LoadedBoundaries,
} from './boundaries-store.js';
import { mapTextsFor, type MapMeasure, type MapTexts } from './map-texts.js';
import { PROVINCE_NAMES, provinceOf } from './provinces.js';
import { mapStyles } from './map-styles.js';
import {
  MAP_KIND,
  MEASURES,
  NO_VALUE,
  colorScale,
  compareRows,
  formatMeasure,
  mapValues,
  type MapData,
  type MapRow,
} from './map-values.js';
import { describeBands, describeMap } from './map-describe.js';
import { mapSvg, type Drawing, type ExportRamp } from './map-export.js';
import { middleOf, nextByArrow, type Point } from './map-keys.js';

export type { MapData } from './map-values.js';

type Geo =
  | { status: 'none' }
  | { status: 'waiting' }
  | { status: 'loading' }
  | { status: 'ready'; value: LoadedBoundaries }
  | { status: 'error'; error: ResultsError };

type SortKey = 'name' | 'province' | 'value';

const SPLIT_BELOW_PX = 600;

/**
 * Provinces of the western panel on narrow screens: Sumatra, Java, Bali, Nusa Tenggara Barat and
 * Kalimantan. Split by province, not by longitude: Kota Bima (NTB, 118.8°E) lies east of parts of
 * Sulawesi Barat and Sulawesi Selatan, so no meridian separates the two.
 */
const isWest = (code: string): boolean => /^(1|2|3|6|51|52)/.test(provinceOf(code));

/**
 * `<takar-map>`: a choropleth of kabupaten/kota, coloured by a node's score, its band, the
 * coverage of positively affected citizens, or the change of a score between two years. The
 * boundaries come from the page (`boundaries`: a GeoJSON or TopoJSON URL or object, keyed by
 * region code); Takar ships none. The map is drawn as SVG in Mercator, which near the equator
 * keeps Indonesia's shapes and distances true to within 2 %; on narrow screens it splits into a
 * western and an eastern panel so that both halves stay legible. A sortable table holds every
 * value behind the map.
 *
 * @summary A choropleth map of regions, from boundaries the page supplies.
 * @tag takar-map
 *
 * @attr src - URL of a results document (or impact data for `measure="coverage"`); `{year}` is replaced by `year`.
 * @attr boundaries - URL of a GeoJSON or TopoJSON file of region boundaries (the property also takes the object).
 * @attr boundary-key - Feature property holding the region code (default `code`; `id` also reads the feature id).
 * @attr measure - `score` (default), `band`, `coverage` or `change`.
 * @attr from-year - For `change`: the earlier year, put into `{year}` of `src` (`year` is the later one).
 * @attr dimension - Node code (default the index).
 * @attr region - Unit code to outline.
 * @attr zoom - Province code (e.g. `32`) or region code (e.g. `32.73`) to zoom to.
 * @attr layout - `auto` (default: two panels below 600 px), `single` or `split`.
 * @attr lang - `id` (default) or `en`.
 * @attr theme - `light`, `dark`, or unset to follow the reader's preference.
 *
 * @cssprop --takar-map-outline - Colour of region outlines (default the surface colour).
 * @cssprop --takar-map-absent - Fill of regions that are on the map but not in the data.
 *
 * @csspart note - The note on regions missing from the boundaries or the data.
 * @csspart credit - The boundaries' own credit line (from the file's `metadata`), e.g. for the shipped file.
 * @csspart zoom - The zoom control.
 *
 * @fires takar-rendered - The map is drawn; `detail.bars` is the number of regions drawn.
 * @fires takar-error - Data or boundaries could not be loaded or read, or a node or region is unknown.
 * @fires takar-select - A region was chosen on the map or in the table.
 *
 * @example
 * ```html
 * <takar-map src="/data/smart-city-2024.json" boundaries="/geo/kabkota.geojson" region="32.73"></takar-map>
 * ```
 */
export class TakarMap extends TakarElement<MapData> {
  static override styles = [...TakarElement.styles, mapStyles];

  /** URL (attribute) or GeoJSON / TopoJSON object (property) of the region boundaries. */
  @property({ attribute: 'boundaries' }) accessor boundaries: string | object | undefined =
    undefined;
  /** Feature property holding the region code. */
  @property({ reflect: true, attribute: 'boundary-key' }) accessor boundaryKey = 'code';
  /** What colours the regions. */
  @property({ reflect: true }) accessor measure: MapMeasure = 'score';
  /** The earlier year for `measure="change"`. */
  @property({ reflect: true, attribute: 'from-year' }) accessor fromYear: string | undefined =
    undefined;
  /** Province or region code to zoom to. */
  @property({ reflect: true }) accessor zoom: string | undefined = undefined;
  /** `auto`, `single` or `split`. */
  @property({ reflect: true }) accessor layout: 'auto' | 'single' | 'split' = 'auto';

  @state() private accessor geo: Geo = { status: 'none' };
  @state() private accessor narrow = false;
  /** The region whose button in the table has the keyboard focus: outlined on the map. */
  @state() private accessor keyboardUnit: string | undefined = undefined;
  /** The region that is the map's one tab stop (roving focus), moved by the arrow keys. */
  @state() private accessor activeUnit: string | undefined = undefined;
  /** The column the table is sorted by. */
  @state() accessor sortKey: SortKey = 'value';
  /** The direction of the table's sort. */
  @state() accessor sortDirection: 'ascending' | 'descending' = 'descending';

  private geoKey: unknown[] = [];
  private resize: ResizeObserver | undefined;
  private drawing: Drawing | undefined;
  private tips = new Map<string, string>();
  private names = new Map<string, string>();
  private renderedView: unknown;
  /** Regions the keyboard moves through, in the table's order (then those not in the data). */
  private keyOrder: string[] = [];
  private middles = new Map<string, Point>();
  private exportRamp: ExportRamp | undefined;

  /** Milliseconds the boundaries took to fetch and parse (0 when another map had them already). */
  get boundariesMs(): number | undefined {
    return this.geo.status === 'ready' ? this.geo.value.ms : undefined;
  }

  protected override resultsKind(): ResultsKind<MapData> {
    return MAP_KIND;
  }

  protected override source(): ResultsSource {
    const at = (year: string | undefined) => this.src?.replace(/\{year\}/g, year ?? '');
    if (this.measure === 'change' && this.fromYear && this.src?.includes('{year}'))
      return { src: [at(this.fromYear)!, at(this.year)!], data: this.data };
    return { src: at(this.year), data: this.data };
  }

  protected override viewDependencies(): unknown[] {
    return [
      this.measure,
      this.fromYear,
      this.zoom,
      this.layout,
      this.narrow,
      this.geo,
      this.sortKey,
      this.sortDirection,
      this.keyboardUnit,
      this.activeUnit,
    ];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resize = new ResizeObserver(() => {
        const narrow = this.clientWidth > 0 && this.clientWidth < SPLIT_BELOW_PX;
        if (narrow !== this.narrow) this.narrow = narrow;
      });
      this.resize.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = undefined;
  }

  override retry(): void {
    if (this.geo.status === 'error') {
      this.geoKey = [];
      this.geo = { status: 'none' };
    }
    super.retry();
  }

  /** Sorts the table by a column (the same as clicking its header). */
  sortBy(key: SortKey, direction?: 'ascending' | 'descending'): void {
    this.sortDirection =
      direction ?? nextDirection(this, key, key === 'value' ? 'descending' : 'ascending');
    this.sortKey = key;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.ensureBoundaries();
    super.willUpdate(changed);
  }

  protected override updated(): void {
    super.updated();
    // While the boundaries load, the element keeps the height it reserved before the data came.
    const wait = this.renderRoot.querySelector<HTMLElement>('.map-wait');
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    if (wait && base) {
      const others = base.offsetHeight - wait.offsetHeight;
      wait.style.minHeight = `${Math.max(0, this.reservedHeight() - others)}px`;
    }
    const view = this.view;
    if (view && !('code' in view) && this.drawing && view !== this.renderedView) {
      this.renderedView = view;
      this.emitRendered();
    }
  }

  private ensureBoundaries(): void {
    const source = this.boundaries;
    const key = [source, this.boundaryKey];
    if (key[0] === this.geoKey[0] && key[1] === this.geoKey[1] && this.geo.status !== 'waiting')
      return;
    if (source === undefined || source === null || source === '') {
      this.geoKey = key;
      this.geo = { status: 'none' };
      return;
    }
    if (!this.near.near) {
      if (this.geo.status !== 'waiting') this.geo = { status: 'waiting' };
      return;
    }
    this.geoKey = key;
    this.geo = { status: 'loading' };
    void loadBoundaries(source, this.boundaryKey).then((outcome: BoundariesOutcome) => {
      if (this.geoKey !== key) return; // the boundaries changed meanwhile
      // An error is shown (and sent as takar-error) by buildView, once the data is in too.
      this.geo = outcome.ok
        ? { status: 'ready', value: outcome.value }
        : { status: 'error', error: outcome.error };
    });
  }

  protected override buildView(
    data: MapData,
    locale: Locale,
    theme: ThemeColors,
  ): ElementView | ResultsError {
    const t = locale.texts;
    this.drawing = undefined;
    if (this.geo.status === 'error') return this.geo.error;
    const m = mapTextsFor(locale.lang);
    const measure = this.measure;
    if (!MEASURES.includes(measure))
      return {
        code: 'map/wrong-data',
        message: `measure="${String(measure)}" is not known; use one of ${MEASURES.join(', ')}.`,
      };

    const values = mapValues(data, {
      measure,
      dimension: this.dimension,
      locale,
      texts: m,
      theme,
    });
    if ('code' in values) return values;
    const { rows, title, measureLabel, bandLegend, year } = values;

    const byUnit = new Map(rows.map((r) => [r.unit, r]));
    const geo = this.geo.status === 'ready' ? this.geo.value : undefined;
    const featureByCode = new Map(geo?.map.features.map((f) => [f.code, f]));
    if (this.region && !byUnit.has(this.region) && !featureByCode.has(this.region))
      return unknownRegion(this.region);

    const { colorOf, min, max, span, count } = colorScale(measure, rows, bandLegend);

    // Table rows, sorted.
    const sorted = [...rows].sort(compareRows(this.sortKey, this.sortDirection));

    this.exportRamp =
      measure === 'band' || count === 0
        ? undefined
        : this.rampForExport(measure, min, max, span, locale, measureLabel, theme.text);
    const view: ElementView = {
      title,
      figureLabel: geo ? m.mapLabel(title) : undefined,
      description:
        measure === 'band'
          ? describeBands(m, bandLegend, rows, geo ? featureByCode : undefined)
          : describeMap(m, {
              measure,
              measureLabel,
              rows,
              features: geo ? featureByCode : undefined,
              locale,
            }),
      ...(rows.length === 0 ? { empty: t.empty } : {}),
      controls: this.geo.status === 'none' ? undefined : this.renderZoom(m, geo, byUnit),
      legend: this.legend(m, measure, bandLegend, theme),
      legendFigure:
        measure === 'band' || count === 0 ? undefined : this.ramp(measure, min, max, span, locale),
      // The note on regions without a boundary (and the credit) goes below the map once the
      // boundaries are in: above it, its arrival would push the map down (a layout shift).
      notes: geo ? undefined : this.renderNotes(m, rows, geo),
      figure: geo
        ? this.renderFigure(m, geo, rows, sorted, colorOf, theme)
        : this.geo.status === 'none'
          ? undefined
          : html`<p class="chart-status map-wait">${m.loadingMap}</p>`,
      body: html`${geo ? this.renderNotes(m, rows, geo) : nothing}${this.renderTable(t, m, title, measureLabel, sorted)}`,
      csv: {
        visible: {
          header: ['unit', 'name', 'province', measure],
          rows: sorted.map((r) => [r.unit, r.name, r.province, r.band ?? r.value]),
        },
        full: {
          header: ['unit', 'name', 'province', measure, 'drawn'],
          rows: rows.map((r) => [
            r.unit,
            r.name,
            r.province,
            r.band ?? r.value,
            geo ? (featureByCode.has(r.unit) ? 'yes' : 'no') : '',
          ]),
        },
      },
      fileName: `takar-map-${measure}${year === null ? '' : `-${year}`}`,
      marks: geo ? geo.map.features.length : 0,
    };
    return view;
  }

  private legend(
    m: MapTexts,
    measure: MapMeasure,
    bands: { label: string; color: string }[],
    theme: ThemeColors,
  ): LegendEntry[] {
    const out: LegendEntry[] =
      measure === 'band'
        ? bands.map((b) => ({ label: b.label, color: b.color, shape: 'square' }))
        : [];
    out.push({ label: m.noData, color: NO_VALUE, shape: 'square' });
    out.push({ label: m.notInData, color: absentColor(this, theme), shape: 'square' });
    return out;
  }

  /** A colour ramp with its end values (and 0 in the middle for change). */
  private ramp(
    measure: MapMeasure,
    min: number,
    max: number,
    span: number,
    locale: Locale,
  ): TemplateResult {
    const colors = measure === 'change' ? DIVERGING_COLORS : SEQUENTIAL_COLORS;
    const steps = 32;
    const fmt = (v: number) => formatMeasure(measure, v, locale, 0);
    const [lo, hi] =
      measure === 'change' ? [-span, span] : measure === 'coverage' ? [0, max] : [min, max];
    return html`<div class="ramp" part="legend" aria-hidden="true">
      <svg viewBox="0 0 ${steps} 1" preserveAspectRatio="none" width="200" height="12">
        ${Array.from(
          { length: steps },
          (_, i) =>
            svg`<rect x=${i} y="0" width="1.05" height="1" fill=${interpolateColor(colors, (i + 0.5) / steps)}></rect>`,
        )}
      </svg>
      <span class="ramp-labels"
        ><span>${fmt(lo)}</span
        >${measure === 'change' ? html`<span>${fmt(0)}</span>` : nothing}<span
          >${fmt(hi)}</span
        ></span
      >
    </div>`;
  }

  /** The ramp's colours and end labels, drawn into the exported picture. */
  private rampForExport(
    measure: MapMeasure,
    min: number,
    max: number,
    span: number,
    locale: Locale,
    label: string,
    text: string,
  ): ExportRamp {
    const colors = measure === 'change' ? DIVERGING_COLORS : SEQUENTIAL_COLORS;
    const steps = 32;
    const fmt = (v: number) => formatMeasure(measure, v, locale, 0);
    const [lo, hi] =
      measure === 'change' ? [-span, span] : measure === 'coverage' ? [0, max] : [min, max];
    return {
      label,
      text,
      colors: Array.from({ length: steps }, (_, i) => interpolateColor(colors, (i + 0.5) / steps)),
      labels: measure === 'change' ? [fmt(lo), fmt(0), fmt(hi)] : [fmt(lo), fmt(hi)],
    };
  }

  private renderNotes(
    m: MapTexts,
    rows: MapRow[],
    geo: LoadedBoundaries | undefined,
  ): TemplateResult {
    if (this.geo.status === 'none')
      return html`<div part="note" class="map-note" role="note">
        <p><strong>${m.noBoundaries}</strong></p>
        <p>${m.noBoundariesHow}</p>
      </div>`;
    if (!geo) return html``;
    const credit = geo.attribution
      ? html`<p part="credit" class="map-credit">${m.credit(geo.attribution)}</p>`
      : nothing;
    return html`${this.renderMismatch(m, rows, geo)}${credit}`;
  }

  /** The note on regions missing from the boundaries or the data, merged codes, unknown zoom. */
  private renderMismatch(
    m: MapTexts,
    rows: MapRow[],
    geo: LoadedBoundaries,
  ): TemplateResult | typeof nothing {
    const inData = new Set(rows.map((r) => r.unit));
    const codes = new Set(geo.map.features.map((f) => f.code));
    const missingMap = rows.length ? geo.map.features.filter((f) => !inData.has(f.code)) : [];
    const missingB = rows.filter((r) => !codes.has(r.unit));
    const zoomUnknown = this.zoom && !this.zoomFeatures(geo).length;
    if (!missingB.length && !missingMap.length && !geo.merged.length && !zoomUnknown)
      return nothing;
    const list = (items: { code: string; name: string }[]) =>
      html`<ul>
        ${items.map((i) => html`<li><span class="code">${i.code}</span> ${i.name}</li>`)}
      </ul>`;
    return html`<div part="note" class="map-note" role="note">
      ${
        missingB.length
          ? html`<details class="missing-boundaries" ?open=${missingB.length <= 10}>
              <summary>${m.missingBoundaries(missingB.length)}</summary>
              ${list(missingB.map((r) => ({ code: r.unit, name: r.name })))}
            </details>`
          : nothing
      }
      ${
        missingMap.length
          ? html`<details class="missing-results" ?open=${missingMap.length <= 10}>
              <summary>${m.missingResults(missingMap.length)}</summary>
              ${list(missingMap.map((f) => ({ code: f.code, name: f.name ?? '' })))}
            </details>`
          : nothing
      }
      ${geo.merged.length ? html`<p>${m.merged(geo.merged.length)}: ${geo.merged.join(', ')}</p>` : nothing}
      ${zoomUnknown ? html`<p class="zoom-unknown">${m.zoomUnknown(this.zoom!)}</p>` : nothing}
    </div>`;
  }

  private zoomFeatures(geo: LoadedBoundaries): ProjectedFeature[] {
    const z = this.zoom;
    if (!z) return [];
    return geo.map.features.filter((f) =>
      z.includes('.') ? f.code === z : provinceOf(f.code) === z,
    );
  }

  private renderZoom(
    m: MapTexts,
    geo: LoadedBoundaries | undefined,
    byUnit: Map<string, MapRow>,
  ): TemplateResult {
    // Without the boundaries yet, the same control, disabled: it keeps its place (no shift).
    const provinces = geo
      ? [...new Set(geo.map.features.map((f) => provinceOf(f.code)))].sort()
      : [];
    const nameOf = (code: string) => {
      const fromData = [...byUnit.values()].find((r) => provinceOf(r.unit) === code)?.province;
      return PROVINCE_NAMES.get(code) ?? fromData ?? m.provinceCode(code);
    };
    const region = this.region;
    const regionName = region ? (byUnit.get(region)?.name ?? region) : undefined;
    return html`<div class="controls map-controls">
      <label part="zoom"
        >${m.zoom}
        <select
          ?disabled=${!geo}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.zoom = v || undefined;
          }}
        >
          <option value="" ?selected=${!this.zoom}>${m.wholeCountry}</option>
          ${region ? html`<option value=${region} ?selected=${this.zoom === region}>${m.selectedRegion(regionName!)}</option>` : nothing}
          ${provinces.map((p) => html`<option value=${p} ?selected=${this.zoom === p}>${nameOf(p)}</option>`)}
        </select></label
      >
    </div>`;
  }

  private renderFigure(
    m: MapTexts,
    geo: LoadedBoundaries,
    rows: MapRow[],
    sorted: MapRow[],
    colorOf: (v: number | null) => string,
    theme: ThemeColors,
  ): TemplateResult {
    const byUnit = new Map(rows.map((r) => [r.unit, r]));
    const absent = absentColor(this, theme);
    const fills = new Map<string, string>();
    const labels = new Map<string, string>();
    this.tips = new Map();
    this.names = new Map();
    this.middles = new Map();
    for (const f of geo.map.features) {
      const r = byUnit.get(f.code);
      fills.set(f.code, r ? colorOf(r.value) : absent);
      const name = r?.name ?? f.name ?? f.code;
      const province = r?.province ?? PROVINCE_NAMES.get(provinceOf(f.code));
      this.names.set(f.code, name);
      this.middles.set(f.code, middleOf(f.box));
      const tip = `${name}${province ? ` (${province})` : ''}: ${r ? (r.value === null ? m.noData : r.text) : m.notInData}`;
      this.tips.set(f.code, tip);
      labels.set(f.code, r?.bandLabel ? `${tip}, ${m.bandOf(r.bandLabel)}` : tip);
    }
    const outline = readVar(this, '--takar-map-outline') || theme.surface;
    const focus = this.region ? geo.map.features.find((f) => f.code === this.region) : undefined;
    const zoomed = this.zoomFeatures(geo);
    const box = zoomed.length ? unionBox(zoomed.map((f) => f.box)) : geo.map.box;
    // Zoomed in, the regions of other provinces stay as faded context, so the province stands out.
    const inFocus = zoomed.length ? provinceOf(this.zoom!) : undefined;
    const faded = new Set(
      inFocus === undefined
        ? []
        : geo.map.features.filter((f) => provinceOf(f.code) !== inFocus).map((f) => f.code),
    );
    // The keyboard goes through the regions drawn (not the faded ones), in the table's order.
    const drawn = new Set(geo.map.features.filter((f) => !faded.has(f.code)).map((f) => f.code));
    const inTable = sorted.map((r) => r.unit).filter((u) => drawn.has(u));
    const listed = new Set(inTable);
    this.keyOrder = [
      ...inTable,
      ...[...drawn].filter((c) => !listed.has(c)).sort((a, b) => a.localeCompare(b, 'en')),
    ];
    const stop = [this.activeUnit, this.region, this.keyOrder[0]].find(
      (c) => c !== undefined && drawn.has(c),
    );
    const keys = { labels, stop };
    this.drawing = {
      features: geo.map.features,
      fills,
      faded,
      box,
      outline,
      focus,
      highlight: theme.highlight,
    };
    const split =
      !zoomed.length && (this.layout === 'split' || (this.layout === 'auto' && this.narrow));
    if (!split)
      return this.panel(
        geo.map.features,
        fills,
        faded,
        outline,
        focus,
        theme,
        viewBox(box, { minAspect: 1.2, maxAspect: 3 }),
        keys,
      );
    const west = geo.map.features.filter((f) => isWest(f.code));
    const east = geo.map.features.filter((f) => !isWest(f.code));
    const panel = (features: ProjectedFeature[], label: string) =>
      features.length
        ? this.panel(
            features,
            fills,
            faded,
            outline,
            focus,
            theme,
            viewBox(unionBox(features.map((f) => f.box))),
            keys,
            label,
          )
        : nothing;
    return html`${panel(west, m.west)} ${panel(east, m.east)}`;
  }

  private panel(
    features: ProjectedFeature[],
    fills: Map<string, string>,
    faded: Set<string>,
    outline: string,
    focus: ProjectedFeature | undefined,
    theme: ThemeColors,
    box: string,
    keys: { labels: Map<string, string>; stop: string | undefined },
    label?: string,
  ): TemplateResult {
    const showFocus = focus && features.includes(focus);
    const keyboard = this.keyboardUnit
      ? features.find((f) => f.code === this.keyboardUnit)
      : undefined;
    return html`<div class="panel">
      ${label ? html`<p class="panel-label">${label}</p>` : nothing}
      <svg
        class="map"
        viewBox=${box}
        preserveAspectRatio="xMidYMid meet"
        @pointermove=${this.onPointer}
        @click=${this.onClick}
        @keydown=${this.onKey}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        <g class="regions" stroke=${outline} stroke-width="0.6" stroke-linejoin="round">
          ${features.map(
            (f) =>
              svg`<path d=${f.path} fill=${fills.get(f.code)!} data-unit=${f.code} class=${faded.has(f.code) ? 'faded' : ''} fill-rule="evenodd" vector-effect="non-scaling-stroke" role="button" aria-label=${keys.labels.get(f.code) ?? f.code} tabindex=${f.code === keys.stop ? '0' : '-1'}></path>`,
          )}
        </g>
        ${
          showFocus
            ? svg`<path class="focus" aria-hidden="true" d=${focus.path} fill="none" stroke=${theme.highlight} stroke-width="2.5" vector-effect="non-scaling-stroke" pointer-events="none"></path>`
            : nothing
        }
        ${
          keyboard
            ? svg`<g class="keyboard-outline" aria-hidden="true" pointer-events="none" fill="none" vector-effect="non-scaling-stroke"><path class="keyboard-halo" d=${keyboard.path} stroke=${theme.surface} stroke-width="6" vector-effect="non-scaling-stroke"></path><path class="keyboard" d=${keyboard.path} stroke=${theme.text} stroke-width="3" stroke-dasharray="4 2" vector-effect="non-scaling-stroke"></path></g>`
            : nothing
        }
      </svg>
    </div>`;
  }

  private readonly onPointer = (e: PointerEvent) => {
    const code = unitOf(e.target);
    this.tooltip.show(e, code ? this.tips.get(code) : undefined);
  };

  private readonly onClick = (e: MouseEvent) => {
    const code = unitOf(e.target);
    if (code) this.select(code, this.names.get(code) ?? code);
  };

  /** Arrows move the roving focus, Home/End go to the first/last region, Enter/Space select, Escape clears. */
  private readonly onKey = (e: KeyboardEvent) => {
    const code = unitOf(e.target);
    if (!code) return;
    const order = this.keyOrder;
    let next: string | undefined;
    if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order[order.length - 1];
    else if (e.key.startsWith('Arrow')) next = nextByArrow(e.key, code, this.middles, order);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(code, this.names.get(code) ?? code);
      return;
    } else if (e.key === 'Escape') {
      this.tooltip.hide();
      this.clearSelection();
      return;
    } else return;
    e.preventDefault(); // no page scroll, even at the edge of the map
    if (next) this.focusRegion(next);
  };

  private readonly onFocusIn = (e: FocusEvent) => {
    const code = unitOf(e.target);
    if (!code) return;
    this.activeUnit = code;
    // The outline is for the keyboard: a click focuses the region too, but needs no outline.
    if ((e.target as Element).matches(':focus-visible')) this.keyboardUnit = code;
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    if (unitOf(e.target)) this.keyboardUnit = undefined;
  };

  /** Puts the keyboard focus on a region of the map (it becomes the map's tab stop). */
  focusRegion(code: string): void {
    const path = this.renderRoot.querySelector<SVGPathElement>(
      `svg.map path[data-unit="${CSS.escape(code)}"]`,
    );
    path?.focus();
  }

  /** Clears the selected region (its outline, and the link group's region). */
  private clearSelection(): void {
    if (this.region === undefined) return;
    this.region = undefined;
    const group = this.linkGroup ?? (this.syncUrl ? 'takar-url' : undefined);
    if (group) shareSelection(group, { region: undefined });
  }

  private renderTable(
    t: Texts,
    m: MapTexts,
    title: string,
    measureLabel: string,
    rows: MapRow[],
  ): TemplateResult {
    return this.tableBlock(
      t,
      m.mapCaption(title),
      html`<table part="table">
        <caption>
          ${m.mapCaption(title)}
        </caption>
        <thead>
          <tr>
            ${sortHeader(t, this, 'name', t.region)} ${sortHeader(t, this, 'province', m.province)}
            ${sortHeader(t, this, 'value', measureLabel, this.measure !== 'band')}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr class=${r.unit === this.region ? 'highlight' : ''} data-unit=${r.unit}>
                <th scope="row">
                  <button
                    type="button"
                    class="link"
                    @click=${() => this.select(r.unit, r.name)}
                    @focus=${() => (this.keyboardUnit = r.unit)}
                    @blur=${() => (this.keyboardUnit = undefined)}
                  >
                    ${r.name}</button
                  >${r.unit === this.region ? html`<span class="visually-hidden"> (${t.highlighted})</span>` : nothing}
                </th>
                <td>${r.province}</td>
                <td class=${this.measure === 'band' ? '' : 'num'}>
                  ${r.value === null ? t.noScore : r.text}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }

  /** The map and its legend, and the table of every region below unless `hide-table` (measured on the example data). */
  protected override reservedHeights(): readonly (readonly [number, number])[] {
    // Two panels below SPLIT_BELOW_PX, stacked (taller as the width grows); one panel above it.
    const figure = [
      [230, 1216],
      [270, 1135],
      [322, 1132],
      [510, 1247],
      [SPLIT_BELOW_PX - 1, 1289],
      [SPLIT_BELOW_PX, 722],
      [678, 742],
      [910, 802],
    ] as const;
    // The table of every region (191 in the example), unless hide-table.
    const table = [9244, 9015, 9015, 5738, 5711, 5711, 5598, 5598];
    return figure.map(([w, h], i) => [w, h + (this.hideTable ? 0 : table[i]!)] as const);
  }

  /** The map draws its own SVG: no Vega to preload; its schema depends on the measure. */
  protected override usesVega(): boolean {
    return false;
  }

  /** The map checks `region` itself: a region with a boundary but no data is fine. */
  protected override checkFocusOf(): ResultsError | undefined {
    return undefined;
  }

  /** The map as standalone SVG text (the view shown, one panel), for export. */
  protected override async imageSVG(): Promise<string | undefined> {
    if (!this.drawing) return undefined;
    const title = this.view && !('code' in this.view) ? this.view.title : 'Takar';
    return mapSvg(this.drawing, this.tips, title, this.exportRamp);
  }
}

function unitOf(target: EventTarget | null): string | undefined {
  const el = target as Element | null;
  return el?.getAttribute?.('data-unit') ?? undefined;
}

function readVar(host: HTMLElement, name: string): string {
  return getComputedStyle(host).getPropertyValue(name).trim();
}

function absentColor(host: HTMLElement, theme: ThemeColors): string {
  return readVar(host, '--takar-map-absent') || theme.grid;
}

declare global {
  interface HTMLElementTagNameMap {
    'takar-map': TakarMap;
  }
}
