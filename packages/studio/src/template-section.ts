/**
 * "Start from a template": the framework in use (with its edits) as the input workbook
 * `takar template` writes, to fill in and drop back on the studio.
 */
import { html } from 'lit';
import type { Texts } from './texts.js';

export interface TemplateInput {
  t: Texts;
  /** The year written in the template's `tahun` column; null for none. */
  year: number | null;
  onYear: (year: number | null) => void;
  onDownload: () => void;
}

/** The template block of the data step. */
export function templateSection(input: TemplateInput) {
  const { t } = input;
  return html`<details class="template" id="template-box">
    <summary>${t.templateTitle}</summary>
    <p class="hint">${t.templateAbout}</p>
    <div class="row">
      <label
        >${t.templateYear}
        <input
          type="number"
          id="template-year"
          min="1900"
          max="2100"
          step="1"
          .value=${input.year === null ? '' : String(input.year)}
          @change=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value.trim();
            const year = Number(text);
            input.onYear(text === '' || !Number.isInteger(year) ? null : year);
          }}
        />
      </label>
      <button type="button" id="download-template" @click=${() => input.onDownload()}>
        ${t.downloadTemplate}
      </button>
    </div>
  </details>`;
}
