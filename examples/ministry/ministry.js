/* global URLSearchParams, location */
// The ministry page's controls: choose the dimension and the language of every element; a region
// chosen in the ranking or on the map is shown in the distribution and outlined on the map.
const form = document.getElementById('controls');
const elements = ['ranking', 'map', 'awards', 'distribution'].map((id) =>
  document.getElementById(id),
);
const distribution = document.getElementById('distribution');
const map = document.getElementById('map');

// Boundaries for the map: the page names the file npm start serves (the boundaries shipped in
// @takar/indonesia/boundaries, or TAKAR_BOUNDARIES); `?boundaries=<url>` points at another GeoJSON
// or TopoJSON file keyed by region code, such as a ministry's own official file.
const asked = new URLSearchParams(location.search).get('boundaries');
if (asked) map.setAttribute('boundaries', asked);

form.addEventListener('change', () => {
  const dimension = form.elements.namedItem('dimension').value;
  const lang = form.elements.namedItem('lang').value;
  for (const el of elements) {
    if (dimension) el.setAttribute('dimension', dimension);
    else el.removeAttribute('dimension');
    el.setAttribute('lang', lang);
  }
});

document.addEventListener('takar-select', (event) => {
  distribution.setAttribute('region', event.detail.unit);
  map.setAttribute('region', event.detail.unit);
});

document.addEventListener('takar-error', (event) => {
  console.warn(`${event.target.localName}: ${event.detail.message}`);
});
