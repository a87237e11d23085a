// siteZip in Chromium: the bundle's zip fetched once through loadSiteBundle, the site made by
// buildSite and zipped with fflate on the page's thread, the same files as buildSite's.
import { expect } from '@open-wc/testing';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { score } from '@takar/core';
import { exampleDataset, getFramework } from '@takar/indonesia';
import { buildSite } from '@takar/elements/site';
import { loadSiteBundle, siteZip } from '../../src/site-zip.js';

describe('siteZip in the browser', () => {
  it('zips the published site from a bundle fetched once', async () => {
    // The Smart City example: synthetic data (illustrative, not official).
    const results = score(getFramework('smart-city'), exampleDataset('smart-city', 2024), {
      year: 2024,
    });
    const files = ['takar.js', 'takar.css', 'takar-frame.js', 'takar-resize.js', 'chunks/a.js'];
    const packed = zipSync(Object.fromEntries(files.map((f) => [f, strToU8(`/* ${f} */\n`)])));
    const requests: string[] = [];
    const fetcher = (async (input: string | URL | Request) => {
      requests.push(String(input));
      return new Response(packed);
    }) as typeof fetch;
    const url = new URL('/site-bundle-test.zip', location.href);
    const bundle = await loadSiteBundle(url, fetcher);
    const zip = await siteZip(results, { bundle: loadSiteBundle(url, fetcher) });
    expect(requests).to.deep.equal([url.href]);
    const unzipped = unzipSync(zip);
    const site = buildSite({ years: [{ results }], bundle });
    expect(Object.keys(unzipped)).to.deep.equal(site.files.map((f) => f.path));
    const index = new TextDecoder().decode(unzipped['index.html']);
    expect(index).to.contain('<takar-ranking src="data/results.json"></takar-ranking>');
    expect(index).to.contain('Data ilustratif, bukan hasil resmi.');
    expect(new TextDecoder().decode(unzipped['takar/chunks/a.js'])).to.equal('/* chunks/a.js */\n');
  });
});
