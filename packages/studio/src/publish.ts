/**
 * "Unduh paket hasil": one `.zip` with everything the studio made, ready to hand on or to publish
 * with `takar publish`: the results document (as the engine wrote it), the scores and ranks as
 * CSV, the framework with its edits, the session, and a bilingual README. Entries are in a fixed
 * order with a fixed date, so the same work gives the same bytes (in one time zone: ZIP stores
 * local time).
 */
import { strToU8, zipSync } from 'fflate';

/** What goes into the package. */
export interface PackageInput {
  /** The results document's JSON text. */
  results: string;
  /** The CSV of scores and ranks. */
  csv: string;
  /** The framework's JSON text. */
  framework: string;
  /** The session's `.takar.json` text. */
  session: string;
}

/** The names of the package's files, in order. */
export const PACKAGE_FILES = [
  'README.txt',
  'results.json',
  'scores.csv',
  'framework.json',
  'session.takar.json',
] as const;

const README = `Takar Studio: paket hasil / results package

results.json        dokumen hasil Takar / the Takar results document
scores.csv          skor dan peringkat tiap wilayah / every region's scores and ranks
framework.json      kerangka beserta bobotnya / the framework with its weights
session.takar.json  sesi studio (buka lagi di Takar Studio) / the studio session (open it again in Takar Studio)

Terbitkan sebagai situs / publish as a site:
  npx takar publish --results results.json --out situs --boundaries indonesia
`;

const DATE = new Date(2000, 0, 1);

/** The package's bytes. */
export function packageZip(input: PackageInput): Uint8Array {
  const texts: Record<(typeof PACKAGE_FILES)[number], string> = {
    'README.txt': README,
    'results.json': input.results,
    'scores.csv': input.csv,
    'framework.json': input.framework,
    'session.takar.json': input.session,
  };
  return zipSync(Object.fromEntries(PACKAGE_FILES.map((name) => [name, strToU8(texts[name])])), {
    level: 6,
    mtime: DATE,
  });
}
