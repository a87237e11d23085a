// The React 19 example page: a region chosen in a <select> (or in the ranking table) is shown in
// <takar-profile> and highlighted in <takar-ranking>; both take the results document through their
// `data` property, and the page switches their language between Indonesian and English.
//
// The elements come from the CDN build (a <script> tag in index.html), which defines each element
// when its tag first appears in the page, i.e. after React has created it. React 19 assigns a prop
// as a property only if the element already has that property when React renders it, and as an
// attribute otherwise; so `data` (an object) is assigned in a ref callback, which works before and
// after the element is defined. (When the definitions are imported from npm before React renders,
// `<takar-ranking data={doc}>` works directly.) Events use React 19's custom-element listeners:
// `ontakar-select` listens to the `takar-select` event.
/* global AbortController */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const DATA_URL = '../data/smart-city-2024.json';

const TEXTS = {
  id: {
    region: 'Daerah',
    language: 'Bahasa / Language',
    loading: 'Memuat data…',
    failed: 'Data tidak dapat dimuat',
    chosen: 'Dipilih dari tabel',
    hint: 'Pilih daerah di atas, atau klik nama daerah di tabel peringkat.',
  },
  en: {
    region: 'Region',
    language: 'Bahasa / Language',
    loading: 'Loading the data…',
    failed: 'The data could not be loaded',
    chosen: 'Chosen in the table',
    hint: 'Choose a region above, or click a region name in the ranking table.',
  },
};

/** The results document, fetched once. */
function useResults(url) {
  const [state, setState] = useState({ doc: null, error: null });
  useEffect(() => {
    const abort = new AbortController();
    fetch(url, { signal: abort.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((doc) => setState({ doc, error: null }))
      .catch((e) => {
        if (!abort.signal.aborted) setState({ doc: null, error: e.message });
      });
    return () => abort.abort();
  }, [url]);
  return state;
}

function App() {
  const { doc, error } = useResults(DATA_URL);
  const [region, setRegion] = useState('32.73');
  const [lang, setLang] = useState('id');
  const [chosen, setChosen] = useState(null);
  const t = TEXTS[lang];

  // Sets the `data` property of an element (defined yet or not) whenever the document changes.
  const withData = useCallback(
    (el) => {
      if (el) el.data = doc;
    },
    [doc],
  );
  // `takar-select` bubbles out of the element's shadow root; detail is { unit, name }.
  const onSelect = useCallback((event) => {
    setRegion(event.detail.unit);
    setChosen(event.detail.name);
  }, []);

  if (error) {
    return (
      <p className="status" data-kind="error">
        {t.failed}: {error}
      </p>
    );
  }
  if (!doc) return <p className="status">{t.loading}</p>;

  // Results format 2 keeps units as columns: codes and names side by side.
  const regions = doc.units.codes
    .map((unit, i) => ({ unit, name: doc.units.names[i] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return (
    <>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.region}
          <select
            name="region"
            value={region}
            onChange={(e) => {
              setRegion(e.target.value);
              setChosen(null);
            }}
          >
            {regions.map((u) => (
              <option key={u.unit} value={u.unit}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.language}
          <select name="lang" value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </form>
      <p className="status" role="status">
        {chosen ? (
          <>
            {t.chosen}: <strong>{chosen}</strong>
          </>
        ) : (
          t.hint
        )}
      </p>
      <takar-profile
        ref={withData}
        lang={lang}
        region={region}
        peers="type"
        ontakar-select={onSelect}
      />
      <takar-ranking ref={withData} lang={lang} region={region} ontakar-select={onSelect} />
    </>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
