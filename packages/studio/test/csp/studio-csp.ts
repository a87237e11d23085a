// Drives the studio on a page served with `script-src 'self'; style-src 'self'`: the example
// data in, the ranking rendered, a weight changed, then tells the parent test what happened.
// `?control` adds an inline style attribute on purpose, to prove that the page sees a violation.
import type { TakarStudio } from '../../src/studio-app.js';

await customElements.whenDefined('takar-studio');
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
parent.postMessage(
  {
    type: 'takar-studio-csp',
    outcome,
    changes: studio.changes.length,
    packaged,
    intervals,
    uncertaintyIssues,
    violations: window.cspViolations,
  },
  '*',
);
