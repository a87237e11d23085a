/**
 * The framework structure controls: the form that adds an indicator, and each tree row's buttons
 * to move a node up or down among its siblings, under another parent, or to remove it. Every edit
 * goes through framework-structure.ts, which has the engine check the result.
 */
import { html, nothing } from 'lit';
import { labelText, type Framework, type Lang } from '@takar/core';
import {
  addIndicator,
  aggregates,
  moveNode,
  removeNode,
  shiftNode,
  subtree,
  type EditOutcome,
} from './framework-structure.js';
import type { TreeRow } from './framework-edit.js';
import type { Texts } from './texts.js';

export interface StructureInput {
  t: Texts;
  lang: Lang;
  framework: Framework;
  onEdit: (outcome: EditOutcome) => void;
}

/** The structure buttons of one row of the tree table (none for the index). */
export function structureCell(row: TreeRow, input: StructureInput) {
  const { t, framework, onEdit, lang } = input;
  if (row.parent === null) return t.none;
  const under = subtree(framework, row.code);
  const targets = aggregates(framework).filter((n) => !under.has(n.code));
  return html`<span class="structure">
    <button
      type="button"
      class="icon"
      data-up=${row.code}
      aria-label=${t.moveUp(row.label)}
      title=${t.moveUp(row.label)}
      @click=${() => onEdit(shiftNode(framework, row.code, -1))}
    >
      ↑
    </button>
    <button
      type="button"
      class="icon"
      data-down=${row.code}
      aria-label=${t.moveDown(row.label)}
      title=${t.moveDown(row.label)}
      @click=${() => onEdit(shiftNode(framework, row.code, 1))}
    >
      ↓
    </button>
    <select
      data-move=${row.code}
      aria-label=${t.moveTo(row.label)}
      @change=${(e: Event) => onEdit(moveNode(framework, row.code, (e.target as HTMLSelectElement).value))}
    >
      ${targets.map(
        (n) =>
          html`<option value=${n.code} ?selected=${n.code === row.parent}>
            ${n.code === row.parent ? '' : '→ '}${labelText(n.label, lang)}
          </option>`,
      )}
    </select>
    <button
      type="button"
      class="icon"
      data-remove=${row.code}
      aria-label=${t.removeNode(row.label)}
      title=${t.removeNode(row.label)}
      @click=${() => onEdit(removeNode(framework, row.code))}
    >
      ✕
    </button>
  </span>`;
}

/** The form that adds an indicator under a chosen aggregate. */
export function addIndicatorForm(input: StructureInput, unused: readonly string[]) {
  const { t, framework, lang, onEdit } = input;
  const parents = aggregates(framework);
  const value = (host: Element, sel: string) =>
    (host.querySelector(sel) as HTMLInputElement | HTMLSelectElement).value;
  return html`<form
      class="row add-indicator"
      aria-labelledby="structure-title"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        const outcome = addIndicator(framework, {
          code: value(form, '#new-code'),
          label: value(form, '#new-label'),
          parent: value(form, '#new-parent'),
        });
        onEdit(outcome);
        if (outcome.ok) form.reset();
      }}
    >
      <label>${t.newCode} <input type="text" id="new-code" autocomplete="off" /></label>
      <label>${t.newLabel} <input type="text" id="new-label" autocomplete="off" /></label>
      <label
        >${t.newParent}
        <select id="new-parent">
          ${parents.map(
            (n, i) =>
              html`<option value=${n.code} ?selected=${i === parents.length - 1}>
                ${labelText(n.label, lang)} (${n.code})
              </option>`,
          )}
        </select>
      </label>
      <button type="submit" id="add-indicator">${t.addIndicator}</button>
    </form>
    ${unused.length ? html`<p class="hint" id="unused-data">${t.unusedData(unused)}</p>` : nothing}`;
}
