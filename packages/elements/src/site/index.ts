/**
 * `@takar/elements/site`: the site `takar publish` writes, made as data ({@link buildSite}), so the
 * CLI writes it to a folder and Takar Studio zips it in the browser. See `build-site.ts` for why it
 * lives here.
 * @packageDocumentation
 */
export {
  buildSite,
  SITE_BUNDLE_REQUIRED,
  type Site,
  type SiteFile,
  type SiteInput,
  type SiteMapSummary,
} from './build-site.js';
export { checkBoundaries, type SiteBoundaries } from './boundaries.js';
export { seriesIssues, publicationIndex, yearKey, type SiteYear } from './series.js';
export { csvFiles } from './csv-files.js';
export { embedsFor, tagHtml, type Embed } from './embeds.js';
export { cspMeta, page, SITE_CSS, type PageOptions } from './pages.js';
