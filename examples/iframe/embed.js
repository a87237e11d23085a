/* global URLSearchParams, location */
// The iframe page: builds one element from the query string, e.g.
// embed.html?element=takar-ranking&src=data/smart-city-2024.json&region=32.73&lang=en
// Only takar-* elements and a fixed list of attributes are accepted.
const ALLOWED = [
  'src',
  'srcs',
  'years',
  'lang',
  'region',
  'regions',
  'dimension',
  'peers',
  'theme',
  'group',
  'measure',
  'previous-src',
  'color-by',
  'page-size',
];
const params = new URLSearchParams(location.search);
const tag = params.get('element') ?? 'takar-ranking';
if (!/^takar-[a-z]+$/.test(tag)) throw new Error(`embed: ${tag} is not a Takar element`);
const el = document.createElement(tag);
for (const name of ALLOWED) {
  const value = params.get(name);
  if (value !== null) el.setAttribute(name, value);
}
document.body.append(el);
