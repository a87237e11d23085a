import { readBoundaries } from '@takar/charts';
import { TakarError, issue } from '@takar/core/results';

/**
 * Region boundaries for the published `<takar-map>`: a file's text (checked, and written as
 * `data/boundaries.topojson` or `.geojson`, by its name), or an `http(s)://` URL used as it is.
 */
export type SiteBoundaries =
  | {
      /** The file's name or path: messages name it, and a `.topojson` / `.topo.json` name makes a TopoJSON file. */
      file: string;
      /** Its text (GeoJSON or TopoJSON). */
      text: string;
      /** Feature property holding the region code (default `code`). */
      key?: string;
    }
  | {
      /** Where the boundaries are (`http://` or `https://`). */
      url: string;
      /** Feature property holding the region code (default `code`). */
      key?: string;
    };

/**
 * Parses and checks a boundaries file's text, throwing every problem at once, each with its place
 * and the file's name (`boundaries/invalid` when it is not JSON).
 *
 * @returns the region codes of its features
 * @example
 * ```ts
 * checkBoundaries('kabkota.topo.json', text, 'code').has('32.73'); // true
 * ```
 */
export function checkBoundaries(file: string, text: string, key: string): Set<string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new TakarError(
      issue(
        'boundaries/invalid',
        ['boundaries'],
        `${file} is not JSON (${(e as Error).message}); give a GeoJSON or TopoJSON file.`,
      ),
    );
  }
  const read = readBoundaries(value, { key });
  if (!read.ok)
    throw new TakarError(
      read.problems.map((p) => issue(p.code, ['boundaries', ...p.path], `${file}: ${p.message}`)),
    );
  return new Set(read.features.map((f) => f.code));
}
