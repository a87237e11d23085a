import { css } from 'lit';

/**
 * The dark palette, used by `theme="dark"` and, unless `theme="light"`, by a dark system setting;
 * written once so the two rules cannot drift apart.
 */
const darkPalette = css`
  --_text: var(--takar-text-color, #e5e9f0);
  --_muted: var(--takar-muted-color, #aab4c0);
  --_surface: var(--takar-surface, #111827);
  --_surface-solid: var(--takar-surface, #111827);
  --_bar: var(--takar-bar-color, #7fb0e8);
  --_highlight: var(--takar-highlight-color, #fb923c);
  --_highlight-bg: var(--takar-highlight-background, #4a2a17);
  --_grid: var(--takar-grid-color, #374151);
  --_border: var(--takar-border-color, #374151);
  --_notice-bg: var(--takar-notice-background, #3d3314);
  --_notice-text: var(--takar-notice-color, #fde68a);
  --_error: var(--takar-error-color, #f87171);
  --_focus: var(--takar-focus-color, #93c5fd);
  --_peer: var(--takar-peer-color, #7fb0e8);
  --_nation: var(--takar-nation-color, #9ca3af);
  --_up: var(--takar-up-color, #4ade80);
  --_down: var(--takar-down-color, #f87171);
  --_series-1: var(--takar-series-1, #fb923c);
  --_series-2: var(--takar-series-2, #7fb0e8);
  --_series-3: var(--takar-series-3, #68d391);
  --_series-4: var(--takar-series-4, #b794f4);
  --_series-5: var(--takar-series-5, #f6e05e);
  --_series-6: var(--takar-series-6, #67e8f9);
  --_band-1: var(--takar-band-1, #f87171);
  --_band-2: var(--takar-band-2, #fb923c);
  --_band-3: var(--takar-band-3, #facc15);
  --_band-4: var(--takar-band-4, #60a5fa);
  --_band-5: var(--takar-band-5, #a5b4fc);
`;

/**
 * Styles shared by every Takar element, adopted as constructable style sheets (no `<style>`
 * element, no `style` attributes), so they work under `style-src 'self'`.
 *
 * Theming: every colour is a public custom property (`--takar-*`) with a light default, a dark
 * default (used when `theme="dark"`, or when the reader prefers dark and `theme` is not `light`),
 * read into a private `--_*` property that the styles and the chart colours use.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--takar-text-color, #1f2933);
    --_muted: var(--takar-muted-color, #52606d);
    --_surface: var(--takar-surface, transparent);
    --_surface-solid: var(--takar-surface, #ffffff);
    --_bar: var(--takar-bar-color, #3b6ea8);
    --_highlight: var(--takar-highlight-color, #c2410c);
    --_highlight-bg: var(--takar-highlight-background, #fdebdf);
    --_grid: var(--takar-grid-color, #d9dee5);
    --_border: var(--takar-border-color, #d9dee5);
    --_notice-bg: var(--takar-notice-background, #fff4d6);
    --_notice-text: var(--takar-notice-color, #6b4a00);
    --_error: var(--takar-error-color, #b42318);
    --_focus: var(--takar-focus-color, #1d4ed8);
    --_peer: var(--takar-peer-color, #3b6ea8);
    --_nation: var(--takar-nation-color, #6b7280);
    --_up: var(--takar-up-color, #137333);
    --_down: var(--takar-down-color, #b42318);
    --_series-1: var(--takar-series-1, #c2410c);
    --_series-2: var(--takar-series-2, #3b6ea8);
    --_series-3: var(--takar-series-3, #2f855a);
    --_series-4: var(--takar-series-4, #805ad5);
    --_series-5: var(--takar-series-5, #b7791f);
    --_series-6: var(--takar-series-6, #0e7490);
    --_band-1: var(--takar-band-1, #b42318);
    --_band-2: var(--takar-band-2, #d97706);
    --_band-3: var(--takar-band-3, #ca8a04);
    --_band-4: var(--takar-band-4, #3b82f6);
    --_band-5: var(--takar-band-5, #1e40af);
    display: block;
    box-sizing: border-box;
    position: relative;
    font-family: var(--takar-font, system-ui, sans-serif);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.4;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  .base {
    position: relative;
    padding: var(--takar-padding, 0);
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: var(--takar-title-size, 1.15rem);
    font-weight: 600;
  }
  .notice {
    display: inline-block;
    margin: 0.25rem 0 0.5rem;
    padding: 0.15rem 0.5rem;
    border-radius: 0.25rem;
    font-size: 0.85rem;
    background: var(--_notice-bg);
    color: var(--_notice-text);
  }
  .description {
    margin: 0.25rem 0 0.75rem;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .chart-wrap {
    position: relative;
  }
  .chart-wrap > .chart-status {
    position: absolute;
    top: 0;
    margin: 0;
  }
  .chart {
    width: 100%;
    overflow: hidden;
  }
  .subtitle {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.95rem;
  }
  .source,
  .author-note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.8rem;
    overflow-wrap: anywhere;
  }
  .source a {
    color: inherit;
  }
  /* Tables scroll sideways inside their own region on narrow screens, never the page. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-block[hidden] {
    display: none;
  }
  .table-toggle {
    margin-top: 0.5rem;
  }
  .skip {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip:focus {
    position: static;
    width: auto;
    height: auto;
    clip: auto;
    margin-top: 0.5rem;
  }
  .table-end {
    display: block;
    height: 0;
    outline: none;
  }
  .chart svg {
    display: block;
    max-width: 100%;
  }
  .status,
  .chart-status {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .error {
    border: 1px solid var(--_error);
    border-radius: 0.25rem;
    padding: 0.5rem 0.75rem;
    color: var(--_error);
  }
  .warning {
    margin: 0.25rem 0 0.5rem;
    color: var(--_error);
    font-size: 0.9rem;
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .error .detail {
    color: var(--_muted);
    font-size: 0.8rem;
    overflow-wrap: anywhere;
  }
  button,
  select,
  input {
    max-width: 100%;
    font: inherit;
    font-size: 0.9rem;
    color: inherit;
    background: var(--_surface-solid);
    border: 1px solid var(--_muted);
    border-radius: 0.25rem;
  }
  button {
    padding: 0.2rem 0.6rem;
    cursor: pointer;
  }
  select,
  input {
    padding: 0.2rem 0.4rem;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
    margin: 0.25rem 0 0.5rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .toolbar button {
    font-size: 0.8rem;
    padding: 0.1rem 0.5rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0.5rem 0;
  }
  .controls label {
    min-width: 0;
    max-width: 100%;
    display: flex;
    flex-direction: column;
    font-size: 0.8rem;
    color: var(--_muted);
    gap: 0.15rem;
  }
  .controls label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.35rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .tooltip {
    position: absolute;
    z-index: 10;
    pointer-events: none;
    max-width: 18rem;
    padding: 0.3rem 0.5rem;
    border-radius: 0.25rem;
    font-size: 0.85rem;
    background: var(--_text);
    color: var(--_surface-solid);
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
  }
  .tooltip[hidden] {
    display: none;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-top: 0.75rem;
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    overflow-wrap: break-word;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  thead th {
    font-weight: 600;
  }
  thead th button {
    border: none;
    background: none;
    padding: 0;
    font-weight: 600;
    font-size: inherit;
  }
  tbody th {
    font-weight: normal;
  }
  .num {
    text-align: end;
  }
  tr.highlight {
    background: var(--_highlight-bg);
    font-weight: 600;
  }
  .up {
    color: var(--_up);
  }
  .down {
    color: var(--_down);
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    text-align: start;
    text-decoration: underline dotted;
    font-size: inherit;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
    font-size: 0.85rem;
  }
  .lists {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    font-size: 0.9rem;
  }
  .lists ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
  .lists h3 {
    margin: 0.5rem 0 0;
    font-size: 0.95rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (max-width: 420px) {
    th,
    td {
      padding: 0.25rem 0.3rem;
    }
    table {
      font-size: 0.85rem;
    }
  }
  /* Print: the chart, a compact table (none with hide-table) and the source line; no toolbars, pagers or buttons. */
  @media print {
    .toolbar,
    .controls,
    .pager,
    .table-toggle,
    .skip,
    .tooltip,
    button[part='retry'],
    .chart-status {
      display: none !important;
    }
    .table-scroll {
      overflow: visible;
    }
    table {
      font-size: 0.75rem;
    }
    th,
    td {
      padding: 0.1rem 0.3rem;
    }
    thead th button,
    .link {
      text-decoration: none;
    }
    .base,
    .chart-wrap {
      min-height: 0 !important;
    }
    .chart svg {
      break-inside: avoid;
    }
  }
`;
