// The Vue 3 example page: a region chosen in a <select> (or in the ranking table) is shown in
// <takar-profile> and highlighted in <takar-ranking>; both take the results document through their
// `data` property, and the page switches their language between Indonesian and English.
//
// Written with render functions (h), bundled with Vue's runtime-only build: the in-browser
// template compiler needs `new Function`, which `script-src 'self'` forbids. (Pre-compiled
// single-file components work as well.) With h() and a tag name, Vue creates the element directly,
// so `compilerOptions.isCustomElement` is not needed. The `.data` key forces a DOM property even
// before the CDN build has defined the element (plain `data` would become an attribute then), and
// `onTakarSelect` listens to the `takar-select` event (Vue hyphenates the name after `on`), as
// `@takar-select` does in a template.
/* global AbortController */
import { computed, createApp, h, onBeforeUnmount, onMounted, ref, shallowRef } from 'vue';

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

const App = {
  setup() {
    // shallowRef: the elements get the plain document, not a deep reactive proxy of it.
    const doc = shallowRef(null);
    const error = ref(null);
    const region = ref('32.73');
    const lang = ref('id');
    const chosen = ref(null);
    const abort = new AbortController();

    onMounted(() => {
      fetch(DATA_URL, { signal: abort.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((d) => {
          doc.value = d;
        })
        .catch((e) => {
          if (!abort.signal.aborted) error.value = e.message;
        });
    });
    onBeforeUnmount(() => abort.abort());

    const regions = computed(() =>
      // Results format 2 keeps units as columns: codes and names side by side.
      doc.value
        ? doc.value.units.codes
            .map((unit, i) => ({ unit, name: doc.value.units.names[i] }))
            .sort((a, b) => a.name.localeCompare(b.name, 'id'))
        : [],
    );
    // `takar-select` bubbles out of the element's shadow root; detail is { unit, name }.
    const onTakarSelect = (event) => {
      region.value = event.detail.unit;
      chosen.value = event.detail.name;
    };

    return () => {
      const t = TEXTS[lang.value];
      if (error.value)
        return h('p', { class: 'status', 'data-kind': 'error' }, `${t.failed}: ${error.value}`);
      if (!doc.value) return h('p', { class: 'status' }, t.loading);
      return [
        h('form', { class: 'controls', onSubmit: (e) => e.preventDefault() }, [
          h('label', [
            t.region,
            h(
              'select',
              {
                name: 'region',
                value: region.value,
                onChange: (e) => {
                  region.value = e.target.value;
                  chosen.value = null;
                },
              },
              regions.value.map((u) => h('option', { key: u.unit, value: u.unit }, u.name)),
            ),
          ]),
          h('label', [
            t.language,
            h(
              'select',
              {
                name: 'lang',
                value: lang.value,
                onChange: (e) => {
                  lang.value = e.target.value;
                },
              },
              [
                h('option', { value: 'id' }, 'Bahasa Indonesia'),
                h('option', { value: 'en' }, 'English'),
              ],
            ),
          ]),
        ]),
        h(
          'p',
          { class: 'status', role: 'status' },
          chosen.value ? [`${t.chosen}: `, h('strong', chosen.value)] : t.hint,
        ),
        h('takar-profile', {
          '.data': doc.value,
          lang: lang.value,
          region: region.value,
          peers: 'type',
          onTakarSelect,
        }),
        h('takar-ranking', {
          '.data': doc.value,
          lang: lang.value,
          region: region.value,
          onTakarSelect,
        }),
      ];
    };
  },
};

createApp(App).mount('#app');
