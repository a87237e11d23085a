/**
 * The checks before scoring (step 3): the audit's flagged indicators and correlation flags, the
 * removal test and the correlation heatmap, drawn from what the studio computed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AuditReport, Framework, Lang, RemovalImpact } from '@takar/core';
import { heatmap } from './heatmap.js';
import type { Texts } from './texts.js';

export interface AuditSectionInput {
  t: Texts;
  lang: Lang;
  framework: Framework;
  /** Whether data is loaded (the section is shown only then). */
  loaded: boolean;
  report: AuditReport | null;
  running: boolean;
  /** The audit's issues, as the page lists issues. */
  issues: TemplateResult | typeof nothing;
  hasResults: boolean;
  removal: RemovalImpact[] | null;
  heatmapOpen: boolean;
  onRunRemoval: () => void;
  onHeatmapToggle: (open: boolean) => void;
}

/** A node's label in the page's language (its code when the framework has no such node). */
function labelOf(s: AuditSectionInput): (code: string) => string {
  return (code) => {
    const n = s.framework.nodes.find((x) => x.code === code);
    return n ? (s.lang === 'en' ? (n.label.en ?? n.label.id) : n.label.id) : code;
  };
}

/** The checks section. */
export function auditSection(s: AuditSectionInput) {
  const t = s.t;
  const a = s.report;
  if (!s.loaded) return nothing;
  const flagged = a
    ? a.indicators.filter(
        (i) => i.flagAvail === 'LOW' || i.flagUnique === 'LOW' || i.flagSkewKurt === 'OUT',
      )
    : [];
  const label = labelOf(s);
  return html`<section aria-labelledby="s3" id="audit">
    <h2 id="s3">${t.step3}</h2>
    ${s.running ? html`<p>${t.auditRunning}</p>` : nothing} ${s.issues}
    ${
      a
        ? html`<p>${t.auditSummary(a.units, a.indicators.length)}</p>
            ${
              flagged.length
                ? html`<div class="scroll" tabindex="0" role="region" aria-label=${t.auditFlagged}>
                    <table id="audit-flags">
                      <caption>
                        ${t.auditFlagged}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">${t.code}</th>
                          <th scope="col">${t.label}</th>
                          <th scope="col">${t.availability}</th>
                          <th scope="col">${t.sameValues}</th>
                          <th scope="col">${t.skewKurt}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${flagged.map(
                          (i) =>
                            html`<tr>
                              <th scope="row"><code>${i.code}</code></th>
                              <td>${label(i.code)}</td>
                              <td>
                                ${(i.frcAvail * 100).toFixed(1)}%
                                ${i.flagAvail === 'LOW' ? html`<strong>${t.flagLow}</strong>` : nothing}
                              </td>
                              <td>
                                ${(i.frcSame * 100).toFixed(1)}%
                                ${i.flagUnique === 'LOW' ? html`<strong>${t.flagLow}</strong>` : nothing}
                              </td>
                              <td>
                                ${Number.isFinite(i.skew) ? i.skew.toFixed(2) : t.none} /
                                ${Number.isFinite(i.kurt) ? i.kurt.toFixed(2) : t.none}
                                ${i.flagSkewKurt === 'OUT' ? html`<strong>${t.flagOut}</strong>` : nothing}
                              </td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
                : html`<p>${t.auditNone}</p>`
            }
            ${
              a.flags.length
                ? html`<div class="scroll" tabindex="0" role="region" aria-label=${t.corrFlags}>
                    <table id="corr-flags">
                      <caption>
                        ${t.corrFlags}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">${t.corrGroup}</th>
                          <th scope="col">${t.corrPair}</th>
                          <th scope="col">${t.corrR}</th>
                          <th scope="col">${t.corrKind}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${a.flags.map(
                          (f) =>
                            html`<tr>
                              <td>${label(f.group)}</td>
                              <td><code>${f.a}</code> · <code>${f.b}</code></td>
                              <td>${f.r.toFixed(3)}</td>
                              <td>${f.kind === 'redundant' ? t.redundant : t.negative}</td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
                : html`<p>${t.corrNone}</p>`
            }`
        : nothing
    }
    ${
      s.hasResults
        ? html`<button type="button" id="run-removal" @click=${() => s.onRunRemoval()}>
            ${t.removalRun}
          </button>`
        : nothing
    }
    ${s.removal ? removalView(s, s.removal) : nothing}
    ${
      s.report
        ? html`<details
            id="heatmap"
            @toggle=${(e: Event) => s.onHeatmapToggle((e.target as HTMLDetailsElement).open)}
          >
            <summary>${t.heatmapShow}</summary>
            ${s.heatmapOpen ? heatmapView(t, s.report) : nothing}
          </details>`
        : nothing
    }
  </section>`;
}

function heatmapView(t: Texts, a: AuditReport) {
  const table = a.correlations.pearson;
  const n = table.codes.length;
  const cell = Math.max(3, Math.min(14, Math.floor(540 / Math.max(1, n))));
  return html`<p>${t.heatmapAbout(n)}</p>
    <div class="scroll" tabindex="0" role="region" aria-label=${t.heatmapShow}>
      ${heatmap(table, t.heatmapLabel(n), cell)}
    </div>
    <p class="legend">
      <span class="swatch neg"></span> −1 <span class="swatch zero"></span> 0
      <span class="swatch pos"></span> +1 <span class="swatch na"></span> ${t.heatmapNa}
    </p>`;
}

function removalView(s: AuditSectionInput, removal: RemovalImpact[]) {
  const t = s.t;
  const label = labelOf(s);
  const tested = removal
    .filter((r) => r.meanAbsRankChange !== null)
    .sort(
      (a, b) =>
        (b.meanAbsRankChange as number) - (a.meanAbsRankChange as number) ||
        (a.code < b.code ? -1 : 1),
    );
  const skipped = removal.length - tested.length;
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${t.removalTitle}>
      <table id="removal">
        <caption>
          ${t.removalTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.code}</th>
            <th scope="col">${t.label}</th>
            <th scope="col">${t.removalMean}</th>
            <th scope="col">${t.removalMax}</th>
          </tr>
        </thead>
        <tbody>
          ${tested.map(
            (r) =>
              html`<tr>
                <th scope="row"><code>${r.code}</code></th>
                <td>${label(r.code)}</td>
                <td>${(r.meanAbsRankChange as number).toFixed(2)}</td>
                <td>${r.maxAbsRankChange}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${skipped ? html`<p>${t.removalSkipped(skipped)}</p>` : nothing}`;
}
