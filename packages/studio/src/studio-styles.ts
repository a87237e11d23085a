import { css } from 'lit';

/** The studio's styles (adopted stylesheets: allowed under `style-src 'self'`). */
export const studioStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    color: #1a1a1a;
    background: #fff;
    line-height: 1.45;
    max-width: 72rem;
    margin: 0 auto;
    padding: 0 1rem 3rem;
  }
  header {
    border-bottom: 2px solid #0b5394;
    margin-bottom: 1rem;
  }
  header .offline {
    font-size: 0.9rem;
    color: #4a5560;
    margin: 0.2rem 0;
  }
  header .offline[data-state='ready'] {
    color: #1b5e20;
  }
  h1 {
    margin: 0.6rem 0 0.2rem;
    color: #0b5394;
  }
  h2 {
    font-size: 1.2rem;
    margin: 1.6rem 0 0.6rem;
    color: #0b3d6e;
  }
  section {
    border-top: 1px solid #d0d7de;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
  }
  button {
    background: #0b5394;
    color: #fff;
    border: 1px solid #0b5394;
    border-radius: 4px;
    padding: 0.35rem 0.8rem;
    cursor: pointer;
    margin: 0.2rem 0.4rem 0.2rem 0;
  }
  button.lang {
    background: #fff;
    color: #0b5394;
  }
  :is(button, select, input, textarea, summary):focus-visible {
    outline: 3px solid #e69500;
    outline-offset: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem 1rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
    max-width: 100%;
  }
  input[type='file'] {
    max-width: 100%;
  }
  .paste {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    margin: 0.5rem 0;
  }
  .drop {
    border: 2px dashed #57606a;
    border-radius: 6px;
    padding: 0.8rem;
    margin: 0.5rem 0;
  }
  .hint {
    color: #57606a;
    margin-left: 0.5rem;
  }
  .synthetic {
    background: #fff4ce;
    border-left: 4px solid #9a6700;
    padding: 0.4rem 0.8rem;
    font-weight: 600;
  }
  .status {
    min-height: 1.4em;
  }
  .issues {
    border-left: 4px solid #b3261e;
    padding-left: 0.8rem;
  }
  .issues p {
    color: #b3261e;
    font-weight: 600;
  }
  .scroll {
    overflow-x: auto;
    max-height: 28rem;
    overflow-y: auto;
  }
  table {
    border-collapse: collapse;
    margin: 0.5rem 0;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.3rem 0;
  }
  th,
  td {
    border-bottom: 1px solid #d0d7de;
    padding: 0.25rem 0.6rem;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: #f3f5f7;
  }
  .tree input {
    width: 5.5rem;
  }
  .depth-1 > :first-child {
    padding-left: 1.2rem;
  }
  .depth-2 > :first-child {
    padding-left: 2.2rem;
  }
  .depth-3 > :first-child,
  .depth-4 > :first-child,
  .depth-5 > :first-child {
    padding-left: 3.2rem;
  }
  .sliders {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: 0.5rem 1.5rem;
  }
  .slider {
    display: grid;
    grid-template-columns: 1fr auto;
  }
  .slider span {
    grid-column: 1 / -1;
  }
  .up {
    color: #116329;
  }
  .down {
    color: #b3261e;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    gap: 1rem;
  }
  .sets {
    list-style: none;
    padding: 0;
  }
  svg.icicle {
    max-width: 60rem;
    display: block;
  }
  svg.icicle rect:focus {
    outline: none;
    stroke: #e69500;
    stroke-width: 4;
  }
  .swatch {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    vertical-align: middle;
    border: 1px solid #57606a;
  }
  .swatch.neg {
    background: #b3261e;
  }
  .swatch.zero {
    background: #fff;
  }
  .swatch.pos {
    background: #0b5394;
  }
  .swatch.na {
    background: #c8c8c8;
  }
  select,
  input[type='text'] {
    max-width: 100%;
  }
  fieldset.pipeline {
    min-width: 0;
    border: 1px solid #c8d3e0;
    border-radius: 4px;
    margin: 0.8rem 0;
    padding: 0.4rem 0.8rem;
  }
  fieldset.pipeline legend {
    font-weight: 600;
  }
  .option {
    margin: 0.5rem 0;
  }
  .option > label,
  .option select,
  .option .arg {
    margin-right: 0.5rem;
  }
  .option .hint {
    margin: 0.2rem 0 0;
  }
  .structure {
    display: inline-flex;
    gap: 0.2rem;
    align-items: center;
    white-space: nowrap;
  }
  button.icon {
    padding: 0.1rem 0.45rem;
    margin: 0;
  }
  .narrow-note {
    display: none;
    color: #57606a;
  }
  @media (max-width: 40rem) {
    .narrow-note {
      display: block;
    }
  }
`;
