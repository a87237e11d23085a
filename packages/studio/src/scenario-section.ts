/**
 * Two scenarios side by side (in the tuning step): pick scenario A and B (the original weights,
 * the current weights or a saved weight set) and list the rank changes from A to B.
 */
import { html, nothing } from 'lit';
import type { RankChange } from './rank-change.js';
import type { Texts } from './texts.js';

/** The scenario names of the original and the current weights (weight-set names are free text). */
export const ORIGINAL = '\u0000original';
export const CURRENT = '\u0000current';

/** Rows of a rank-change table shown before "and N more". */
export const CHANGES_SHOWN = 20;

export interface ScenarioInput {
  t: Texts;
  /** The names of the saved weight sets. */
  weightSets: readonly string[];
  scenario: { a: string; b: string; changes: RankChange[] } | null;
  onCompare: (a: string, b: string) => void;
}

/** The scenarios' choices and, once compared, their rank-change table. */
export function scenarioSection(s: ScenarioInput) {
  const t = s.t;
  const names = [ORIGINAL, CURRENT, ...s.weightSets];
  const title = (n: string) =>
    n === ORIGINAL ? t.scenarioOriginal : n === CURRENT ? t.scenarioCurrent : n;
  const pick = (id: string, label: string, value: string) =>
    html`<label
      >${label}
      <select id=${id}>
        ${names.map((n) => html`<option value=${n} ?selected=${n === value}>${title(n)}</option>`)}
      </select>
    </label>`;
  const sc = s.scenario;
  const rank = (r: number | null) => (r === null ? t.unranked : String(r));
  return html`<h3>${t.scenarioTitle}</h3>
    <div class="row">
      ${pick('scenario-a', t.scenarioA, sc?.a ?? ORIGINAL)}
      ${pick('scenario-b', t.scenarioB, sc?.b ?? CURRENT)}
      <button
        type="button"
        id="compare"
        @click=${(e: Event) => {
          const root = (e.target as Element).getRootNode() as ParentNode;
          s.onCompare(
            (root.querySelector('#scenario-a') as HTMLSelectElement).value,
            (root.querySelector('#scenario-b') as HTMLSelectElement).value,
          );
        }}
      >
        ${t.scenarioCompare}
      </button>
    </div>
    ${
      sc
        ? html`<div
              class="scroll"
              tabindex="0"
              role="region"
              aria-label=${t.scenarioCaption(title(sc.a), title(sc.b))}
            >
              <table id="scenario">
                <caption>
                  ${t.scenarioCaption(title(sc.a), title(sc.b))}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.region}</th>
                    <th scope="col">${title(sc.a)}</th>
                    <th scope="col">${title(sc.b)}</th>
                  </tr>
                </thead>
                <tbody>
                  ${
                    sc.changes.length
                      ? sc.changes.slice(0, CHANGES_SHOWN).map(
                          (c) =>
                            html`<tr>
                              <th scope="row">${c.name}: ${rank(c.from)} → ${rank(c.to)}</th>
                              <td>${rank(c.from)}</td>
                              <td>${rank(c.to)}</td>
                            </tr>`,
                        )
                      : html`<tr>
                          <td colspan="3">${t.scenarioSame}</td>
                        </tr>`
                  }
                </tbody>
              </table>
            </div>
            ${
              sc.changes.length > CHANGES_SHOWN
                ? html`<p>${t.changesMore(sc.changes.length - CHANGES_SHOWN)}</p>`
                : nothing
            }`
        : nothing
    }`;
}
