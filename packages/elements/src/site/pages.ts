import { esc } from './html.js';

/** The published pages' own style sheet, `takar-site.css`. */
export const SITE_CSS = `/* Styles of the published Takar page (an external sheet: works under style-src 'self'). */
body { margin: 0; font-family: system-ui, sans-serif; color: #1f2933; background: #f5f7fa; }
header { padding: 1rem 1.5rem; color: #fff; background: #1e3a5f; }
header h1 { margin: 0; font-size: 1.3rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
section { background: #fff; border: 1px solid #d9dee5; border-radius: 0.5rem; padding: 1rem 1.25rem; margin-bottom: 1.25rem; }
pre { overflow-x: auto; background: #f0f3f7; padding: 0.5rem 0.75rem; border-radius: 0.25rem; }
iframe { width: 100%; height: 720px; border: 1px solid #d9dee5; }
body.frame { background: #fff; }
body.frame main { padding: 0.5rem; }
`;

/**
 * The Content-Security-Policy of the published pages, as a meta tag (a static host may not let
 * the ministry set headers): scripts, styles and data from the site itself only, plus the
 * boundaries' origin when they are a URL elsewhere. Exported pictures are drawn through Blob
 * URLs (img-src blob:).
 *
 * @param connect - origins besides the site's own that the pages fetch from
 * @example
 * ```ts
 * cspMeta(['https://peta.example.go.id']).includes("connect-src 'self' https://peta.example.go.id"); // true
 * ```
 */
export function cspMeta(connect: readonly string[]): string {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/** What a published page carries besides its body. */
export interface PageOptions {
  /** The `class` of `<body>` (`frame` for the iframe page). */
  bodyClass?: string;
  /** Origins for `connect-src` besides the site's own. */
  connect?: readonly string[];
  /** Module scripts after `takar/takar.js`. */
  scripts?: readonly string[];
}

/**
 * A published page: the CSP meta tag, the element bundle's script and style sheet, the site's
 * style sheet, and `body` as given (HTML). No inline script or style.
 *
 * @example
 * ```ts
 * page('Indeks 2024', '    <main></main>').startsWith('<!doctype html>'); // true
 * ```
 */
export function page(title: string, body: string, options: PageOptions = {}): string {
  const bodyClass = options.bodyClass ?? '';
  const scripts = ['takar/takar.js', ...(options.scripts ?? [])]
    .map((src) => `\n    <script type="module" src="${src}"></script>`)
    .join('');
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    ${cspMeta(options.connect ?? [])}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${esc(title)}</title>
    <link rel="stylesheet" href="takar/takar.css" />
    <link rel="stylesheet" href="takar-site.css" />${scripts}
  </head>
  <body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
  </body>
</html>
`;
}
