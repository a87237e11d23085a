// The ministry page's controls: choose the dimension and the language of <takar-ranking>.
const form = document.getElementById('controls');
const ranking = document.getElementById('ranking');

form.addEventListener('change', () => {
  const node = form.elements.namedItem('node').value;
  const lang = form.elements.namedItem('lang').value;
  if (node) ranking.setAttribute('node', node);
  else ranking.removeAttribute('node');
  ranking.setAttribute('lang', lang);
});

ranking.addEventListener('takar-error', (event) => {
  console.warn(`takar-ranking: ${event.detail.message}`);
});
