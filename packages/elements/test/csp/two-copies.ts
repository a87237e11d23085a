// Waits for both elements of two-copies.html to render and reports to the parent test.
const elements = [...document.body.children].filter((e) => e.localName.startsWith('takar-'));
const outcomes = await Promise.all(
  elements.map(
    (el) =>
      new Promise<string>((resolve) => {
        el.addEventListener('takar-rendered', () => resolve('rendered'), { once: true });
        el.addEventListener('takar-error', () => resolve('error'), { once: true });
        setTimeout(() => resolve('timeout'), 20000);
      }),
  ),
);
await new Promise((r) => setTimeout(r, 200));
parent.postMessage(
  {
    type: 'takar-two-copies',
    outcomes,
    warnings: window.takarWarnings,
    errors: window.takarErrors,
    violations: window.cspViolations,
  },
  location.origin,
);
export {};
