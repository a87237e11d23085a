// Renders <takar-ranking> on a page served with `script-src 'self'; style-src 'self'` and tells
// the parent test what happened. `?control` adds an inline style on purpose, to prove that the
// page would see a violation.
import '../../src/define/ranking.js';

const el = document.querySelector('takar-ranking')!;
const outcome = await new Promise<string>((resolve) => {
  el.addEventListener('takar-rendered', () => resolve('rendered'));
  el.addEventListener('takar-error', (e) => resolve(`error: ${e.detail.message}`));
  setTimeout(() => resolve('timeout'), 15000);
});
if (new URLSearchParams(location.search).has('control')) el.setAttribute('style', 'color: red');
await new Promise((r) => setTimeout(r, 200)); // violations are reported asynchronously
const bars = el.shadowRoot?.querySelectorAll('.chart svg g.mark-rect path').length ?? 0;
parent.postMessage(
  { type: 'takar-csp', outcome, bars, violations: window.cspViolations },
  location.origin,
);
