// The iframe page's script (`takar/takar-frame.js`, loaded by frame.html): builds one element
// from the address, e.g. frame.html?element=takar-ranking&region=32.73&lang=en, refuses data
// from anywhere but the frame's own site, and tells the host page its height so the host's
// resizer (takar-resize.js) can fit the iframe to it.
import {
  FRAME_ATTRIBUTES,
  FRAME_ELEMENTS,
  FRAME_URL_ATTRIBUTES,
  isSameSitePath,
  type FrameHeightMessage,
} from './frame-attributes.js';

const REFUSED = {
  id: 'Alamat data ditolak: halaman ini hanya menampilkan berkas dari situs ini sendiri (jalur relatif, mis. data/results.json).',
  en: 'Data address refused: this page shows only files from its own site (relative paths, e.g. data/results.json).',
};
const UNKNOWN = {
  id: 'Elemen tidak dikenal: gunakan salah satu dari',
  en: 'Unknown element: use one of',
};

function refuse(main: HTMLElement, lang: 'id' | 'en', text: string, detail: string): void {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.className = 'takar-frame-refused';
  box.textContent = text;
  main.append(box);
  console.info(`takar frame: ${detail}`);
  void lang;
}

function postHeight(): void {
  const body = document.body;
  const height = Math.ceil(body.getBoundingClientRect().height);
  const message: FrameHeightMessage = { type: 'takar:height', height };
  // The height is no secret; the host's resizer checks which iframe sent it.
  if (parent !== window) parent.postMessage(message, '*');
}

/**
 * The region document to show for one region's profile or trend: `<regions folder><code>.json`
 * when takar publish wrote the folder (`data-regions`), the address names one region (a plain
 * unit code) and no data of its own.
 */
export function regionDocument(
  tag: string,
  folder: string | undefined,
  params: URLSearchParams,
): string | undefined {
  if (!folder || (tag !== 'takar-profile' && tag !== 'takar-trend')) return undefined;
  if (params.has('src') || params.has('srcs') || params.has('regions')) return undefined;
  const region = params.get('region');
  if (!region || !/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(region) || region.includes('..'))
    return undefined;
  const path = `${folder.endsWith('/') ? folder : `${folder}/`}${region}.json`;
  return isSameSitePath(path, location.href) ? path : undefined;
}

function start(): void {
  const main = document.querySelector<HTMLElement>('main') ?? document.body;
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang')?.startsWith('en') ? 'en' : 'id';
  const tag = params.get('element') ?? 'takar-ranking';
  if (!(FRAME_ELEMENTS as readonly string[]).includes(tag)) {
    refuse(main, lang, `${UNKNOWN[lang]} ${FRAME_ELEMENTS.join(', ')}.`, `unknown element ${tag}`);
  } else {
    const refused = FRAME_URL_ATTRIBUTES.filter((name) => {
      const value = params.get(name);
      return (
        value !== null &&
        !value
          .split(/\s+/)
          .filter(Boolean)
          .every((one) => isSameSitePath(one, location.href))
      );
    });
    if (refused.length > 0) {
      refuse(
        main,
        lang,
        REFUSED[lang],
        `refused ${refused.join(', ')}: only relative paths on ${location.origin}`,
      );
    } else {
      const el = document.createElement(tag);
      // Defaults written by takar publish: the published results and boundaries, and the folder
      // of region documents, which the profile and the trend of one region read instead.
      const d = main.dataset;
      const regionDoc = regionDocument(tag, d.regions, params);
      if (regionDoc) el.setAttribute('src', regionDoc);
      else if (d.src) el.setAttribute(tag === 'takar-trend' ? 'srcs' : 'src', d.src);
      if (tag === 'takar-map' && d.boundaries) el.setAttribute('boundaries', d.boundaries);
      if (tag === 'takar-map' && d.boundaryKey) el.setAttribute('boundary-key', d.boundaryKey);
      for (const name of FRAME_ATTRIBUTES) {
        const value = params.get(name);
        if (value !== null) el.setAttribute(name, value);
      }
      main.append(el);
    }
  }
  postHeight();
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(postHeight).observe(document.body);
  addEventListener('load', postHeight);
}

start();
