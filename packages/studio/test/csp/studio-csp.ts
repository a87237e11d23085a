// Drives the studio on a page served with `default-src 'self'; script-src 'self'; style-src 'self'`:
// the example data in, the ranking rendered, a weight changed, uncertainty in a worker, the
// package, pipeline options, a structure edit, the template and the results workbook (whose score
// sheet is large enough for the zip library to want a worker), then tells the parent test.
// `?control` adds an inline style attribute on purpose, to prove that the page sees a violation.
import type { TakarStudio } from '../../src/studio-app.js';
import { removeNode } from '../../src/framework-structure.js';

await customElements.whenDefined('takar-studio');
// Requests from here on are "after load": none may leave the page's origin.
const loadedAt = performance.now();
const studio = document.querySelector('takar-studio') as TakarStudio;
await studio.updateComplete;
studio.shadowRoot!.querySelector<HTMLButtonElement>('#example')!.click();
await studio.updateComplete;
const ranking = studio.shadowRoot!.querySelector('takar-ranking')!;
const outcome = await new Promise<string>((resolve) => {
  ranking.addEventListener('takar-rendered', () => resolve('rendered'), { once: true });
  ranking.addEventListener('takar-error', () => resolve('error'), { once: true });
  setTimeout(() => resolve('timeout'), 30000);
  ranking.scrollIntoView();
});
studio.setWeight('governance', 2);
if (location.search.includes('control')) document.body.setAttribute('style', 'margin: 1px');
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
// The map draws through the CSSOM and SVG: bring it into view too.
studio.shadowRoot!.querySelector('takar-map')?.scrollIntoView();
await new Promise((r) => setTimeout(r, 1500));
// Uncertainty in a Web Worker (the worker is served with the policy too).
studio.workerSrc = '/packages/studio/src/uncertainty-worker.ts';
studio.uncRuns = 40;
await studio.runUncertainty();
const intervals = Object.keys(studio.intervals ?? {}).length;
const uncertaintyIssues = studio.uncIssues.map((i) => i.message);
// The results package (zip) is made under the policy too.
const packaged = studio.packageBytes()?.length ?? 0;
// Pipeline options and a structure edit rescore under the policy.
studio.setOptions({ treat: 'default,winmax=3', normalise: 'zscore' });
const optionIssues = studio.optionIssues.map((i) => i.message);
studio.editStructure(removeNode(studio.framework, 'governance.policy'));
const structureIssues = studio.structureIssues.map((i) => i.message);
await studio.updateComplete;
// The template and the results workbook (.xlsx) are written under the policy too.
const template = (await studio.templateBytes()).length;
const workbook = (await studio.workbookBytes())?.length ?? 0;
const afterLoad = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
  (e) => e.startTime >= loadedAt,
);
const foreign = afterLoad.map((e) => e.name).filter((u) => new URL(u).origin !== location.origin);
parent.postMessage(
  {
    type: 'takar-studio-csp',
    outcome,
    changes: studio.changes.length,
    packaged,
    intervals,
    optionIssues,
    structureIssues,
    template,
    workbook,
    requestsAfterLoad: afterLoad.length,
    foreign,
    uncertaintyIssues,
    violations: window.cspViolations,
  },
  '*',
);
