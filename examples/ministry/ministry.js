// The ministry page's controls: choose the dimension and the language of every element; a region
// chosen in the ranking is shown in the distribution.
const form = document.getElementById('controls');
const elements = ['ranking', 'awards', 'distribution'].map((id) => document.getElementById(id));
const distribution = document.getElementById('distribution');

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
});

document.addEventListener('takar-error', (event) => {
  console.warn(`${event.target.localName}: ${event.detail.message}`);
});
