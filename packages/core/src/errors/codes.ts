/**
 * The closed set of error codes Takar reports. Codes are stable: tools and tests may match on them.
 * Grouped by the place the problem comes from (`framework/`, `data/`, `pipeline/`, …).
 * Add a code here (with a one-line meaning) before using it anywhere.
 *
 * @category I/O
 */
export const ERROR_CODES = {
  // framework: the tree, weights, bands, axes
  'framework/invalid': 'The framework does not match the schema.',
  'framework/duplicate-code': 'Two nodes share a code.',
  'framework/unknown-parent': 'A node names a parent that does not exist.',
  'framework/cycle': 'Following parents from a node comes back to it.',
  'framework/no-root': 'No node without a parent (the index) was found.',
  'framework/several-roots': 'More than one node has no parent.',
  'framework/negative-weight': 'A weight is negative.',
  'framework/zero-weights': 'All children of a node have weight zero.',
  'framework/empty-aggregate': 'An aggregate node has no children.',
  'framework/duplicate-band': 'Two bands of one list share a code.',
  'framework/weight-overflow': 'The weights of siblings add up to more than a number can hold.',
  'framework/bands-overlap': 'Bands are not ordered, half-open and non-overlapping.',
  'framework/band-gap':
    'A score falls in no band: in a gap between two bands, or beyond the first or last (a warning).',
  'framework/unknown-tag': 'A leaf is tagged with a value its axis does not list.',
  'framework/unknown-weight-set': 'A weight set was requested that the framework does not define.',
  'framework/unknown-id':
    'A framework was named by an id that is not a shipped framework, and no file of that name exists.',
  // data: units and values
  'data/invalid': 'The data does not match the schema.',
  'data/empty': 'There are no units or no values.',
  'data/duplicate-unit': 'Two units share a code.',
  'data/duplicate-value': 'The same unit, indicator and year appear twice.',
  'data/unknown-unit': 'A value names a unit that is not in the unit list.',
  'data/unknown-indicator': 'A value names an indicator the framework does not have.',
  'data/not-a-number': 'A cell could not be read as a finite number.',
  'data/no-values': 'An indicator has no values at all.',
  'data/zero-max': 'An indicator normalised by fracmax is 0 for every unit (0 / 0).',
  'data/zero-range': 'An indicator has the same value for every unit, so it cannot be normalised.',
  'data/mixed-years': 'Several years were given where one was expected.',
  'data/unknown-year': 'The requested year is not in the data.',
  'data/unknown-group': 'A group column was named that the units do not have.',
  'data/unknown-denominator': 'An indicator names a denominator that the units do not have.',
  'data/csv': 'A CSV file could not be read.',
  'data/ambiguous-number':
    'A number such as 61.000 could mean 61 or 61000; the number format must be stated.',
  'data/unknown-region': 'A region name or code is not in the region registry.',
  'data/ambiguous-region': 'A region name fits several regions of the registry.',
  'data/unknown-column': 'A column is neither an indicator nor a declared extra column.',
  // pipeline: stage parameters and their preconditions
  'pipeline/invalid': 'The pipeline configuration does not match the schema.',
  'pipeline/non-positive-for-geometric':
    'The geometric or harmonic mean needs values greater than zero.',
  'pipeline/unknown-reference-unit': 'A normalisation refers to a unit that is not in the data.',
  'pipeline/missing-target': 'A normalisation needs a target the indicator does not have.',
  'pipeline/missing-goalposts':
    'Goalpost normalisation needs goalposts the indicator does not have.',
  'pipeline/all-units-screened': 'Screening removed every unit.',
  // results: the results document
  'results/invalid': 'The results document does not match the schema.',
  'results/unsupported-version':
    'The results document was written by a newer, incompatible format version.',
  'results/unknown-unit': 'A unit was asked for that the results do not have.',
  'results/unknown-node': 'A node was asked for that the results do not have.',
  'results/no-source': 'An element has neither a `src` address nor a `data` value.',
  'results/network': 'A document could not be fetched (network error).',
  'results/http': 'The server answered a document request with an HTTP error.',
  'results/invalid-json': 'A fetched document is not JSON.',
  'results/invalid-document': 'A document is not the kind the element shows.',
  'results/unknown-region': 'An element was given a region the results do not have.',
  'results/unknown-peers':
    'An element was given a peer group (column or list) the results do not have.',
  // elements: drawing
  'chart/render': 'A chart could not be drawn.',
  'map/no-bands': 'A band map was asked for a node without bands.',
  'map/no-baseline': 'A change map was asked for without a previous year.',
  'map/wrong-data': 'The map was given data it cannot colour (e.g. impact rows for a score map).',
  // impact: positively-affected citizens
  'impact/invalid': 'Impact input does not match the schema.',
  'impact/raw-identifier':
    'A key looks like a raw identifier (e.g. a 16-digit NIK) and was refused.',
  'impact/missing-salt': 'Hashing identifiers needs a salt.',
  'impact/weak-salt': 'The salt is shorter than 16 bytes, so pseudonyms could be reversed.',
  'impact/missing-population': 'Coverage needs a population the region does not have.',
  'impact/missing-assumption':
    'A point value needs a stated assumption (overlap or household size).',
  'impact/incompatible-sketch': 'Sketches with different parameters cannot be merged.',
  'impact/invalid-sketch':
    'A sketch (postgresql-hll bytes, a sketch document or a group,sketch CSV) cannot be read.',
  'impact/invalid-survey': 'Survey counts are impossible (e.g. k > n).',
  'impact/engine-unavailable': 'The requested engine (e.g. DuckDB) is not installed.',
  'impact/unsupported-version':
    'The impact document was written by a newer, incompatible format version.',
  // boundaries: region shapes for maps
  'boundaries/invalid':
    'The boundaries are not GeoJSON or TopoJSON polygons keyed by a string region code.',
  'boundaries/not-geojson': 'A boundaries value is neither GeoJSON nor TopoJSON.',
  'boundaries/geometry': 'A boundary feature has no geometry, or one that is not a polygon.',
  'boundaries/key':
    'A boundary feature has no region code (or name) as a string in its key property.',
  'boundaries/coordinates':
    'A boundary has coordinates that are not [longitude, latitude] numbers.',
  'boundaries/topology': 'A TopoJSON file has broken arcs, transforms or objects.',
  'boundaries/empty': 'A boundaries file has no features.',
  'boundaries/network': 'The boundaries could not be fetched (network error).',
  'boundaries/http': 'The server answered the boundaries request with an HTTP error.',
  'boundaries/invalid-json': 'The fetched boundaries are not JSON.',
  // io: files and formats
  'io/unreadable': 'A file could not be read.',
  'io/unknown-format': 'The file format could not be told from its name or content.',
  'io/encoding': 'A text file is not valid UTF-8 (or is UTF-16) and no other encoding was given.',
  'io/not-found': 'A file or folder does not exist (ENOENT).',
  'io/permission-denied': 'The file system refused access to a path (EACCES, EPERM, EROFS).',
  'io/is-directory': 'A file was expected but the path is a folder (EISDIR).',
  'io/not-a-directory': 'A folder was expected but a part of the path is a file (ENOTDIR).',
  'io/disk-full': 'The disk or quota is full (ENOSPC, EDQUOT); nothing was replaced.',
  'io/exists': 'The path exists and would be overwritten or lost (EEXIST).',
  'io/same-as-input': 'An output path is one of the inputs, or two outputs share a path.',
  'io/symlink': 'An output path is a symbolic link, which Takar does not write through.',
  'io/write-failed': 'A file could not be written for another reason; nothing was replaced.',
  // cli
  'cli/usage': 'The command line is not valid.',
  'cli/too-large':
    'A size flag (--runs, --samples, --bootstrap) would need more memory than is available; the message names the largest that fits.',
} as const;

/**
 * A stable error code, such as `framework/unknown-parent`.
 *
 * @category I/O
 */
export type TakarErrorCode = keyof typeof ERROR_CODES;
