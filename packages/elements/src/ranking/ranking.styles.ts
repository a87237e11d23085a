import { css } from 'lit';

/**
 * Styles of `<takar-ranking>`. Adopted as constructable style sheets (no `<style>` element, no
 * `style` attributes), so they work under `style-src 'self'`.
 */
export const rankingStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--takar-font, system-ui, sans-serif);
    color: var(--takar-text-color, #1f2933);
    background: var(--takar-surface, transparent);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
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
    background: var(--takar-notice-background, #fff4d6);
    color: var(--takar-notice-color, #6b4a00);
  }
  .description {
    margin: 0.25rem 0 0.75rem;
    color: var(--takar-muted-color, #52606d);
    font-size: 0.9rem;
  }
  .chart {
    width: 100%;
    overflow: hidden;
  }
  .chart svg {
    display: block;
    max-width: 100%;
  }
  .status,
  .chart-status {
    color: var(--takar-muted-color, #52606d);
    font-size: 0.9rem;
  }
  .error {
    border: 1px solid var(--takar-error-color, #b42318);
    border-radius: 0.25rem;
    padding: 0.5rem 0.75rem;
    color: var(--takar-error-color, #b42318);
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .error .detail {
    color: var(--takar-muted-color, #52606d);
    font-size: 0.8rem;
  }
  button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    background: var(--takar-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--takar-focus-color, #1d4ed8);
    outline-offset: 2px;
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
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--takar-border-color, #d9dee5);
    text-align: start;
  }
  thead th {
    font-weight: 600;
  }
  tbody th {
    font-weight: normal;
  }
  .num {
    text-align: end;
  }
  tr.highlight {
    background: var(--takar-highlight-background, #fdebdf);
    font-weight: 600;
  }
  :host([hide-table]) table,
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
`;
