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
