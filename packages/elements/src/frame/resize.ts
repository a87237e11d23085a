// The host page's resizer (`takar/takar-resize.js`), included in the iframe snippet that takar
// publish writes: each Takar frame posts its content height, and this script sets the height of
// the iframe that sent it, so the iframe grows and shrinks with its content. It only touches
// iframes marked `data-takar-frame` whose address is on the sender's origin. Safe to include
// once per snippet: a second copy does nothing.
import type { FrameHeightMessage } from './frame-attributes.js';

const KEY = Symbol.for('takar.resize.v1');
const g = globalThis as unknown as Record<symbol, boolean | undefined>;

/** Heights outside this range are ignored (a broken or hostile frame cannot blow up the page). */
const MIN = 50;
const MAX = 30000;

function onMessage(e: MessageEvent<Partial<FrameHeightMessage> | null>): void {
  const d = e.data;
  if (!d || d.type !== 'takar:height' || typeof d.height !== 'number' || !Number.isFinite(d.height))
    return;
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe[data-takar-frame]')) {
    if (iframe.contentWindow !== e.source) continue;
    let origin: string;
    try {
      origin = new URL(iframe.src, location.href).origin;
    } catch {
      continue;
    }
    if (origin !== e.origin) continue;
    const height = Math.min(MAX, Math.max(MIN, Math.ceil(d.height)));
    // The CSSOM, not a style attribute: allowed under the host's style-src 'self'.
    iframe.style.height = `${height}px`;
  }
}

if (!g[KEY]) {
  g[KEY] = true;
  addEventListener('message', onMessage);
}

export {};
