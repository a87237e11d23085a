import { expect } from '@open-wc/testing';
import { failOnConsole } from './helpers.js';

interface CspReport {
  type: 'takar-csp';
  outcomes: Record<string, string>;
  marks: Record<string, number>;
  violations: string[];
}

const TAGS = [
  'takar-ranking',
  'takar-profile',
  'takar-compare',
  'takar-trend',
  'takar-awards',
  'takar-impact',
  'takar-distribution',
  'takar-map',
];

/** Loads test/csp/csp-page.html (served with the strict policy) in an iframe and waits for its report. */
async function loadCspPage(query = ''): Promise<{ report: CspReport; header: string | null }> {
  const url = new URL(`./csp/csp-page.html${query}`, import.meta.url).href;
  const header = (await fetch(url)).headers.get('content-security-policy');
  const iframe = document.createElement('iframe');
  iframe.title = 'CSP test page';
  iframe.width = '800';
  iframe.height = '6000';
  const report = new Promise<CspReport>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the CSP page did not report within 40 s')),
      40000,
    );
    window.addEventListener('message', function onMessage(e: MessageEvent<CspReport>) {
      if (e.source !== iframe.contentWindow || e.data?.type !== 'takar-csp') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(e.data);
    });
  });
  iframe.src = url;
  document.body.append(iframe);
  try {
    return { report: await report, header };
  } finally {
    iframe.remove();
  }
}

describe("Every element under Content-Security-Policy: script-src 'self'; style-src 'self'", () => {
  failOnConsole();

  it('renders every element with no violation', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const { report, header } = await loadCspPage();
    expect(header).to.equal("script-src 'self'; style-src 'self'");
    expect(report.outcomes).to.deep.equal(Object.fromEntries(TAGS.map((t) => [t, 'rendered'])));
    expect(report.marks['takar-ranking']).to.equal(5);
    for (const tag of TAGS) expect(report.marks[tag], tag).to.be.greaterThan(0);
    expect(report.violations).to.deep.equal([]);
  });

  it('would notice a violation (control: an inline style attribute)', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(60000);
    const { report } = await loadCspPage('?control');
    expect(report.outcomes['takar-ranking']).to.equal('rendered');
    expect(report.violations.some((v) => v.startsWith('style-src'))).to.equal(
      true,
      report.violations.join('; '),
    );
  });
});
