/** What the iframe snippet needs. */
export interface IframeSnippetOptions {
  /** Address of the frame page with its query, e.g. `https://contoh.go.id/takar/frame.html?element=takar-ranking`. */
  frameUrl: string;
  /** Address of the host resizer, `takar-resize.js` of the element bundle. */
  resizerUrl: string;
  /** The iframe's accessible title. */
  title: string;
  /** Height before the frame reports its own (px). */
  height?: number;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML to paste into a CMS for an iframe embed: the iframe (marked `data-takar-frame`) and
 * the host resizer script, which fits the iframe's height to its content as the frame reports
 * it. Without the script (a CMS that strips scripts) the iframe keeps its fixed height.
 *
 * @example
 * ```ts
 * iframeSnippet({
 *   frameUrl: 'https://contoh.go.id/takar/frame.html?element=takar-ranking',
 *   resizerUrl: 'https://contoh.go.id/takar/takar/takar-resize.js',
 *   title: 'Peringkat Smart City 2024',
 * });
 * ```
 */
export function iframeSnippet(o: IframeSnippetOptions): string {
  return (
    `<iframe data-takar-frame title="${esc(o.title)}" width="100%" height="${o.height ?? 720}" loading="lazy" src="${esc(o.frameUrl)}"></iframe>\n` +
    `<script type="module" src="${esc(o.resizerUrl)}"></script>`
  );
}
