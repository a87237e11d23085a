/**
 * @takar/indonesia: Indonesian regions (38 provinces, 514 kabupaten/kota with 2024 population,
 * area and IPM), the official frameworks (Smart City evaluation, Indeks SPBE), band presets,
 * decimal-correct rounding and an illustrative example data set for Takar.
 * @packageDocumentation
 */

export {
  provinces,
  regions,
  regionByCode,
  provinceByCode,
  registrySources,
  type Province,
  type Region,
  type RegionType,
} from './regions/registry.js';
export {
  findRegion,
  findProvince,
  type FindRegionContext,
  type FindRegionResult,
} from './regions/find-region.js';
export {
  populationClass,
  POPULATION_CLASSES,
  type PopulationClass,
} from './regions/population-class.js';
export { toUnits } from './regions/to-units.js';

export { decimalCorrect, roundHalfUpDecimal, assignBandDecimal } from './decimal-round.js';

export {
  SPBE_PREDICATES,
  IPM_BANDS,
  INOVASI_DAERAH_BANDS,
  BAND_PRESETS,
} from './frameworks/bands.js';
export { withBands } from './frameworks/with-bands.js';
export {
  smartCityFramework,
  smartCityLeaf,
  SMART_CITY_STAGES,
  SMART_CITY_DIMENSIONS,
  type SmartCityStage,
  type SmartCityDimension,
} from './frameworks/smart-city.js';
export { spbeFramework, spbeIndicatorCode, SPBE_MATURITY_LEVELS } from './frameworks/spbe-2020.js';
export {
  getFramework,
  findFramework,
  listFrameworks,
  type FrameworkSummary,
} from './frameworks/catalogue.js';

export {
  generateExample,
  EXAMPLE_SEED,
  EXAMPLE_YEARS,
  EXAMPLE_NOTE,
  type ExampleData,
  type GenerateOptions,
  type Programme,
  type WideValues,
} from './example/generate.js';
export {
  exampleData,
  exampleDataset,
  examplePrograms,
  type ExampleFrameworkId,
} from './example/example-dataset.js';
export {
  exampleFiles,
  exampleSource,
  datasetFromExampleFile,
  programmesFromExampleFile,
  type ExampleSource,
  type ExampleValuesFile,
  type ExampleProgrammesFile,
} from './example/example-files.js';
export { COHORT_2017, KNOWN_PARTICIPANTS, WAVES } from './example/participants.js';
export { createRng, type Rng } from './example/prng.js';
export type { BeneficiaryUnit } from './example/programme-templates.js';
