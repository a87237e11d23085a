import { css } from 'lit';

/** Styles of `<takar-map>` only (adopted as a constructable style sheet, CSP-safe). */
export const mapStyles = css`
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    position: relative;
  }
  .panel {
    width: 100%;
  }
  .panel-label {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  svg.map {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--takar-map-max-height, 70vh);
    touch-action: manipulation;
  }
  svg.map path[data-unit] {
    cursor: pointer;
  }
  /* The focused region is outlined by a drawn path (a halo and a dashed line), not the box outline. */
  svg.map path[data-unit]:focus {
    outline: none;
  }
  svg.map path.faded {
    opacity: 0.35;
  }
  svg.map path[data-unit]:hover {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .ramp {
    display: inline-flex;
    flex-direction: column;
    gap: 0.15rem;
    margin: 0 0 0.5rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .ramp svg {
    display: block;
  }
  .ramp-labels {
    display: flex;
    justify-content: space-between;
    width: 200px;
  }
  .map-note {
    margin: 0.25rem 0 0.5rem;
    padding: 0.35rem 0.6rem;
    border-inline-start: 3px solid var(--_notice-text);
    background: var(--_notice-bg);
    color: var(--_notice-text);
    font-size: 0.85rem;
  }
  .map-note p {
    margin: 0.2rem 0;
  }
  /* Columns as a grid, not CSS columns: columns under a max-height overflow sideways. */
  .map-note ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    column-gap: 1.5rem;
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
    max-height: 12rem;
    overflow-y: auto;
  }
  .map-note .code {
    font-variant-numeric: tabular-nums;
  }
  .map-credit {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .map-controls {
    margin-bottom: 0.5rem;
  }
`;
