/**
 * Proper case for the upper-case names in `idn-area-data`: "KOTA ADMINISTRASI JAKARTA PUSAT" →
 * "Kota Administrasi Jakarta Pusat", "KABUPATEN PANGKAJENE DAN KEPULAUAN" → "Kabupaten Pangkajene
 * dan Kepulauan", "DKI JAKARTA" → "DKI Jakarta".
 */
const LOWER = new Set(['DAN']);
const UPPER = new Set(['DKI']);

/** Turns an upper-case official name into the proper-case form used in Indonesian texts. */
export function properCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      if (UPPER.has(w)) return w;
      if (i > 0 && LOWER.has(w)) return w.toLowerCase();
      return w
        .toLowerCase()
        .replace(/(^|[-'(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}
