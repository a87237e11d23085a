// Two copies of the CDN bundle on one page (a CMS plugin and a theme, say): the second copy warns
// once per element instead of throwing, and the elements render. Needs the CDN build
// (`npm test` builds it when missing); fails with that advice without it.
import { expect } from '@open-wc/testing';

interface Report {
  type: 'takar-two-copies';
  outcomes: string[];
  warnings: string[];
  errors: string[];
  violations: string[];
}

describe('two copies of the CDN bundle on one page', () => {
  it('render, and the second copy warns instead of throwing', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const bundle = await fetch('/packages/elements/dist/cdn/takar.js');
    if (!bundle.ok) {
      throw new Error('The CDN bundle is missing: run `npm run build` (or `npx rollup -c`) first.');
    }
    const iframe = document.createElement('iframe');
    iframe.title = 'two copies';
    iframe.width = '800';
    iframe.height = '2000';
    const report = new Promise<Report>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no report within 40 s')), 40000);
      window.addEventListener('message', function onMessage(e: MessageEvent<Report>) {
        if (e.source !== iframe.contentWindow || e.data?.type !== 'takar-two-copies') return;
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(e.data);
      });
    });
    iframe.src = new URL('./csp/two-copies.html', import.meta.url).href;
    document.body.append(iframe);
    try {
      const r = await report;
      expect(r.outcomes).to.deep.equal(['rendered', 'rendered']);
      expect(r.errors).to.deep.equal([]);
      expect(r.violations).to.deep.equal([]);
      expect(r.warnings.filter((w) => /already defined/.test(w))).to.have.length(2);
    } finally {
      iframe.remove();
    }
  });
});
