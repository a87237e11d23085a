/* global URLSearchParams, location */
// Applies ?lang= and ?theme= to every element of the gallery (and the page background).
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const theme = params.get('theme');
if (theme === 'dark') document.documentElement.classList.add('dark');
for (const el of document.querySelectorAll('main > section > *')) {
  if (lang) el.setAttribute('lang', lang);
  if (theme) el.setAttribute('theme', theme);
}

// Maps get the boundaries that `npm start` serves, if it has any; otherwise they explain how to
// provide them.
const maps = document.querySelectorAll('takar-map');
if (maps.length > 0)
  fetch('/boundaries/kabkota.geojson', { method: 'HEAD' })
    .then((response) => {
      if (response.ok)
        for (const map of maps) map.setAttribute('boundaries', '/boundaries/kabkota.geojson');
    })
    .catch(() => {});
