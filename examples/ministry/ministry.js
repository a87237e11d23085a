/* global URLSearchParams, location */
// The ministry page's controls: choose the dimension and the language of every element; a region
// chosen in the ranking or on the map is shown in the distribution and outlined on the map.
const form = document.getElementById('controls');
const elements = ['ranking', 'map', 'awards', 'distribution'].map((id) =>
  document.getElementById(id),
);
const distribution = document.getElementById('distribution');
const map = document.getElementById('map');

// Boundaries for the map: `?boundaries=<url>` points at any GeoJSON or TopoJSON file keyed by
// region code; otherwise the file that `npm start` serves, if it has one. With neither, the map
// stays without boundaries and tells the reader how to provide them.
const LOCAL_BOUNDARIES = '/boundaries/kabkota.geojson';
const asked = new URLSearchParams(location.search).get('boundaries');
if (asked) {
  map.setAttribute('boundaries', asked);
} else {
  fetch(LOCAL_BOUNDARIES, { method: 'HEAD' })
    .then((response) => {
      if (response.ok) map.setAttribute('boundaries', LOCAL_BOUNDARIES);
    })
    .catch(() => {});
}

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
