/**
 * The CDN entry of @takar/elements: one `<script type="module" src=".../takar.js">` is enough.
 * It is an autoloader: it looks for `takar-*` tags in the page (now and as they are added) and
 * imports only the definitions it finds, each in its own chunk; Lit and the shared code load with
 * the first of them, the schemas when data arrives and Vega when a chart scrolls into view. So the
 * first script stays ~1 KB and a page pays only for the elements it uses.
 *
 * Elements created inside other shadow roots are not seen by the page-level observer: call
 * `customElements.whenDefined` after `import('.../chunks/all-*.js')`, or use the npm package.
 */
// The catalogue's elements (src/catalogue.ts; written by `npm run catalogue -w @takar/elements`).
const loaders: Record<string, () => Promise<unknown>> = {
  // catalogue:loaders start
  'takar-ranking': () => import('./define/ranking.js'),
  'takar-profile': () => import('./define/profile.js'),
  'takar-compare': () => import('./define/compare.js'),
  'takar-trend': () => import('./define/trend.js'),
  'takar-awards': () => import('./define/awards.js'),
  'takar-impact': () => import('./define/impact.js'),
  'takar-distribution': () => import('./define/distribution.js'),
  'takar-map': () => import('./define/map.js'),
  // catalogue:loaders end
};

const requested = new Set<string>();

function scan(root: ParentNode): void {
  for (const [tag, load] of Object.entries(loaders)) {
    if (requested.has(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((e: unknown) =>
      console.error(`Takar: could not load <${tag}> (${(e as Error).message}).`),
    );
  }
}

scan(document);
if (requested.size < Object.keys(loaders).length) {
  const observer = new MutationObserver(() => {
    scan(document);
    if (requested.size === Object.keys(loaders).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
