// The `description` of every property of the published JSON Schemas (editor hover help), kept here
// rather than as `.describe()` on the zod schemas: those are bundled into the browser elements'
// validation chunk, where every byte counts. Texts follow the TSDoc on the zod schemas in
// src/schema/*.ts; where a field has none, they say what the code does (defaults, units, values).
import { jsonSchema, type JsonSchemaFile } from '../src/schema/json-schema.js';
import { orList, type MethodEntry, type MethodFamily } from '../src/methods/method-family.js';
import { AGGREGATORS } from '../src/methods/aggregators.js';
import { IMPUTERS } from '../src/methods/imputers.js';
import { NORMALISERS } from '../src/methods/normalisers.js';
import { TREATMENTS } from '../src/methods/treatments.js';

/** `intro: `a` (what a does), `b` (what b does) or `c` (…).`, from a method table. */
function methods(intro: string, family: MethodFamily<MethodEntry<unknown>>, outro = ''): string {
  const items = family.entries().map((e) => `\`${e.name}\` (${e.description.en})`);
  return `${intro}: ${orList(items)}.${outro}`;
}

/** A JSON Schema object as `z.toJSONSchema` writes it. */
export type JsonSchemaObject = Record<string, unknown>;

/**
 * The object schemas described here, named after their zod schemas (`Node` for `NodeSchema`);
 * `AxisTag`, `Engine` and `Exclusion` are the zod schemas' inline objects.
 */
export type DefinitionName =
  | 'Framework'
  | 'Node'
  | 'Band'
  | 'Axis'
  | 'AxisTag'
  | 'Label'
  | 'PipelineConfig'
  | 'ScreenSpec'
  | 'ImputeSpec'
  | 'TreatSpec'
  | 'NormaliseSpec'
  | 'AggregateSpec'
  | 'Dataset'
  | 'Unit'
  | 'Value'
  | 'Source'
  | 'ResultsDocument'
  | 'Engine'
  | 'StageRecord'
  | 'ResultUnits'
  | 'ResultColumn'
  | 'Exclusion'
  | 'RegionDocument'
  | 'RegionRef'
  | 'RegionFramework'
  | 'RegionNode'
  | 'RegionYear'
  | 'RegionScores'
  | 'RegionPeers'
  | 'ImpactDocument'
  | 'ImpactRegionRow'
  | 'SketchDocument'
  | 'SketchHash'
  | 'SketchParams'
  | 'SketchGroup';

/**
 * A property's description; with `of`, the objects in the property's schema (itself, its array
 * items, its `anyOf` branches…) are described by that definition too.
 */
export type PropertyDescription = string | { description: string; of: DefinitionName };

/** The description of one object schema and of each of its properties. */
export interface Definition {
  /**
   * Shown where the object is not itself a property's value (the root, array items, `anyOf`
   * branches); a property's own description wins. Omit for objects only ever met as a property.
   */
  description?: string;
  properties: Record<string, PropertyDescription>;
}

/** The definition describing the root of each published schema. */
export const ROOTS: Record<JsonSchemaFile, DefinitionName> = {
  'framework.schema.json': 'Framework',
  'dataset.schema.json': 'Dataset',
  'pipeline.schema.json': 'PipelineConfig',
  'results.schema.json': 'ResultsDocument',
  'region.schema.json': 'RegionDocument',
  'impact.schema.json': 'ImpactDocument',
  'sketch.schema.json': 'SketchDocument',
};

const LABEL = 'Indonesian (`id`, required) and optionally English (`en`)';

/** Every description, by definition name and property name. */
export const DEFINITIONS: Record<DefinitionName, Definition> = {
  Framework: {
    description:
      'A Takar framework: data, never code. A flat list of nodes with parents (a tree of any depth), bands, optional second axes, named alternative weight sets and a default pipeline.',
    properties: {
      format: 'Format version of this framework file: 1, the only one so far. Optional.',
      id: 'Code of the framework, e.g. `spbe-2020`: letters, digits, `_`, `-` and `.`.',
      version: 'Version or edition of the framework, e.g. `2020` or `2022.1`; non-empty text.',
      label: { description: `Name of the framework: ${LABEL}.`, of: 'Label' },
      description: {
        description: `What the framework measures and on what basis: ${LABEL}.`,
        of: 'Label',
      },
      sources: 'Where the method comes from (regulation, handbook, URL), one entry per source.',
      nodes: {
        description:
          'The nodes of the tree, at least one, in any order: one index (the root, `parent: null`), aggregates and indicators. Codes are unique, parents form no cycles and every aggregate has at least one child.',
        of: 'Node',
      },
      digits:
        'Decimals the official figures are published with, a whole number from 0 to 14. Bands are then assigned on the score rounded half up, decimal-correctly, to this many decimals (what a spreadsheet shows), not on the binary value. Omit to compare the unrounded (15-significant-digit) score.',
      bands: {
        description:
          'Bands (*predikat*, predicates) of the index (the root node), lowest first, without overlaps.',
        of: 'Band',
      },
      axes: {
        description:
          'Second axes across the tree (e.g. the Smart City evaluation stages): indicators carry a tag per axis in their `tags`, and each axis is scored per tag and as a weighted total.',
        of: 'Axis',
      },
      weightSets:
        "Named alternative weights: set name → node code → weight (zero or more). A set is chosen with the pipeline's `weights`; nodes it does not name keep their own weight.",
      pipeline: {
        description:
          'The pipeline this framework is meant to be scored with. Settings given when scoring override it key by key.',
        of: 'PipelineConfig',
      },
    },
  },
  Node: {
    description:
      'One node of the framework tree: the index (the root), an aggregate (dimension, aspect…) or an indicator.',
    properties: {
      code: 'Code of the node, unique within the framework: letters, digits, `_`, `-` and `.`. Data values name indicators by this code.',
      parent:
        'Code of the parent node; `null` for the index (the root). Only aggregates can be parents.',
      type: '`indicator` for leaves that carry data; `aggregate` for every other node, the index included. An aggregate needs at least one child.',
      label: { description: `Name of the node: ${LABEL}.`, of: 'Label' },
      weight:
        'Weight relative to siblings, zero or more; default 1. Weights are renormalised over the siblings present, so they need not sum to 1 (percentages work); siblings may not all be 0.',
      aggregate: {
        description:
          "Aggregates: how the children are combined (default: the pipeline's `aggregate`).",
        of: 'AggregateSpec',
      },
      direction:
        'Indicators: `1` if a higher value is better, `-1` if a lower value is better (values are turned around before normalisation); default 1.',
      unit: 'Indicators: unit of measurement, e.g. `%` or `level 1–5`.',
      scale:
        'Indicators: the scale the raw values live on, [low, high], e.g. [1, 5]. Not used in scoring; target analysis (`reachTarget`) searches within it instead of the observed range.',
      decimals:
        'Indicators: decimals the raw values are written with (0–14). Target analysis rounds the value it finds to them, in the direction that reaches the target; default the precision of the data.',
      denominator:
        "Indicators: the unit attribute to divide by when the pipeline denominates (`denominate: true`), a key of the units' `denominators`, e.g. `population`.",
      target:
        "Indicators: target value, in the indicator's own units, used by `dist2targ` normalisation.",
      goalposts:
        "Indicators: goalposts [low, high], in the indicator's own units, lowest first, for `goalposts` normalisation: the score is (x − low) / (high − low), truncated to [0, 1], then scaled onto the normalisation's `range`.",
      normalise: {
        description:
          "Indicators: a normalisation that overrides the pipeline's for this indicator.",
        of: 'NormaliseSpec',
      },
      tags: 'Indicators: their tag on each second axis, axis id → tag code, e.g. `{ "stage": "outcome" }`. The tag must be one of those the axis lists.',
      bands: {
        description:
          "Bands for this node, lowest first (default: the framework's `bands` apply to the root only).",
        of: 'Band',
      },
      description: {
        description: `Free text about the node (source, notes): ${LABEL}.`,
        of: 'Label',
      },
    },
  },
  Band: {
    description:
      'A band (*predikat*, predicate): the half-open interval [min, max) with a bilingual label. A score falls in the band when min ≤ score < max.',
    properties: {
      code: "Code of the band, written in the results' `bands`: letters, digits, `_`, `-` and `.`.",
      label: {
        description: `Name of the band, e.g. \`{ "id": "Baik", "en": "Good" }\`: ${LABEL}.`,
        of: 'Label',
      },
      min: "Lower bound, included; `null` for open below (first band only). At least the previous band's `max`.",
      max: 'Upper bound, excluded; `null` for open above (last band only). Above `min`.',
    },
  },
  Axis: {
    description:
      'A second axis across the tree (e.g. the Smart City evaluation stages): indicators carry a tag, each tag has a weight, and the axis aggregates indicators by tag, then tags into a total.',
    properties: {
      id: "Code of the axis: the key indicators use in their `tags`, and the prefix of the axis' score keys in the results (`<id>:<tag>`, `<id>:total`).",
      label: { description: `Name of the axis: ${LABEL}.`, of: 'Label' },
      tags: {
        description:
          'The tags of the axis, at least one. A tag scores the indicators tagged with it, weighted by their effective weight in the index.',
        of: 'AxisTag',
      },
      aggregate: {
        description:
          "How indicators are combined into tag scores and tags into the axis total (default: the pipeline's `aggregate`).",
        of: 'AggregateSpec',
      },
    },
  },
  AxisTag: {
    description: 'One tag of a second axis.',
    properties: {
      code: 'Code of the tag, as indicators write it in `tags`; `total` is reserved for the axis total.',
      label: { description: `Name of the tag: ${LABEL}.`, of: 'Label' },
      weight: 'Weight of the tag in the axis total; default 1.',
    },
  },
  Label: {
    description: 'Text in Indonesian (`id`) and optionally English (`en`).',
    properties: {
      id: 'Text in Indonesian (`id` is the language code, not an identifier); required, non-empty.',
      en: 'Text in English, non-empty; optional (the Indonesian text is shown when it is absent).',
    },
  },
  PipelineConfig: {
    description:
      'The pipeline: which stages run and with what parameters. Every field is optional; defaults are filled when scoring, so the configuration recorded in the results is complete.',
    properties: {
      denominate:
        'Stage 1: divide every indicator that names a `denominator` by that unit attribute; default false.',
      screen: {
        description:
          'Stage 2: screening of units by data availability; omit or `null` for none (the default).',
        of: 'ScreenSpec',
      },
      impute: {
        description: 'Stage 3: imputation of missing values; default `{ "method": "none" }`.',
        of: 'ImputeSpec',
      },
      treat: {
        description: 'Stage 4: outlier treatment; default `{ "method": "none" }`.',
        of: 'TreatSpec',
      },
      normalise: {
        description:
          'Stage 5: normalisation of the indicators; default `{ "method": "minmax", "range": [0, 100] }`. An indicator\'s own `normalise` overrides it.',
        of: 'NormaliseSpec',
      },
      aggregate: {
        description:
          'Stage 6: how aggregates combine their children; default `{ "method": "amean" }`, the weighted arithmetic mean. A node\'s own `aggregate` overrides it.',
        of: 'AggregateSpec',
      },
      weights:
        "Weights to use instead of the node weights: the name of one of the framework's `weightSets`, or a map node code → weight (nodes not named keep their weight).",
      order:
        'Order of the indicator stages; default `["denominate", "screen", "impute", "treat", "normalise"]`. Stages left out are added in the default order; list each stage once, `normalise` last. COINr\'s ASEM example screens after imputing: `["denominate", "impute", "screen", "treat", "normalise"]`.',
      groupRanks:
        'Unit group columns (keys of the units\' `groups`) to compute in-group ranks for, e.g. `["province"]`.',
    },
  },
  ScreenSpec: {
    description: 'Screening of units by data availability (COINr `Screen`).',
    properties: {
      minAvailability:
        'Minimum share (0–1) of indicators a unit must have; units below are removed (when `by` is `missing` or `both`). Required.',
      minNonZero:
        "Minimum share (0–1) of a unit's present values that are non-zero; used when `by` is `zeros` or `both`. Default 0.05.",
      by: 'What removes a unit: `missing`, too much missing data (the default); `zeros`, too many zeros; or `both`, either.',
    },
  },
  ImputeSpec: {
    properties: {
      method: methods(
        'How missing values are filled',
        IMPUTERS,
        ' `latest` and `linear` need data with several years.',
      ),
      group:
        "`group-mean` / `group-median`: the unit group column to group by (a key of the units' `groups`). Units without a group stay missing.",
    },
  },
  TreatSpec: {
    properties: {
      method: methods(
        'Outlier treatment of every indicator (the JRC rule: |skewness| ≥ `skewMax` and kurtosis ≥ `kurtMax`)',
        TREATMENTS,
      ),
      winmax: 'Maximum number of points winsorised per indicator, a whole number ≥ 0; default 5.',
      skewMax: 'Threshold on the absolute sample skewness, above 0; default 2.',
      kurtMax: 'Threshold on the sample excess kurtosis; default 3.5.',
      overrides:
        "Per-indicator overrides, indicator code → `none` (leave untreated), `default` (the treatment above) or `log` (always log-transform, COINr's `log_CT`). They apply even when `method` is `none`.",
    },
  },
  NormaliseSpec: {
    properties: {
      method: methods(
        'Normalisation method (OECD/JRC Handbook 2008, step 5; COINr `Normalise`), applied after turning round indicators with `direction: -1`',
        NORMALISERS,
      ),
      range: '`minmax` and `goalposts`: output range [low, high]; default [0, 100].',
      meanSd: '`zscore`: output mean and standard deviation (above 0); default [0, 1].',
      reference: "`dist2ref`: the reference unit's code; it must be in the data.",
      cap: '`dist2targ` and `dist2ref`: cap scores at 1; default false (as COINr).',
      truncate:
        '`goalposts`: clamp scores to the goalposts; default true (COINr `trunc2posts`). With false a value beyond a goalpost scores beyond the range.',
      across:
        '`years`: `minmax` and `zscore` with parameters fixed once from all years of a panel pooled (COINr panel normalisation), so trends are not relative to each year; see `pooled`.',
      pooled:
        'The pooled parameters per indicator code, on direction-adjusted values: [min, max] for `minmax`, [mean, sd] for `zscore`.',
    },
  },
  AggregateSpec: {
    properties: {
      method: methods(
        'Aggregation method (OECD/JRC Handbook 2008, step 6)',
        AGGREGATORS,
        ' Missing children are left out and the remaining weights renormalised.',
      ),
      p: '`pmean`: the exponent; default 1. 1 is the arithmetic, 0 the geometric, −1 the harmonic mean; for p ≤ 0 values must be above 0.',
      minAvailable:
        'Minimum share (0–1) of children (by count) that must be present, else the node is missing; default 0.',
    },
  },
  Dataset: {
    description: 'Data for scoring: units and long values (one or several years).',
    properties: {
      units: {
        description: 'The units (regions, countries…) to score, at least one; each code once.',
        of: 'Unit',
      },
      values: {
        description:
          'Observed values in long form, one per unit, indicator and year. Every indicator of the framework needs at least one non-null value in the year scored.',
        of: 'Value',
      },
      source: {
        description: 'Where the data comes from; `synthetic: true` marks illustrative data.',
        of: 'Source',
      },
    },
  },
  Unit: {
    description: 'A unit (region, country…): code, name, group memberships and denominator values.',
    properties: {
      code: 'Code of the unit, unique in the data: letters, digits, `_`, `-` and `.`.',
      name: 'Name of the unit, for display; non-empty.',
      groups:
        'Group memberships, group column → group, e.g. `{ "province": "Jawa Barat", "type": "kota" }`; used by group imputation and in-group ranks.',
      denominators:
        'Denominators and other numeric attributes, e.g. `{ "population": 2506603 }`; an indicator names one in `denominator`.',
    },
  },
  Value: {
    description: 'One observed value in long form. `value: null` is an explicitly missing value.',
    properties: {
      unit: 'Code of the unit, one of `units`.',
      indicator: 'Code of an indicator node of the framework.',
      year: 'Year of the value, a whole number; omit for data without years. When the data has several years, the year to score is chosen when scoring.',
      value:
        "The value, a finite number in the indicator's own units, or `null` for an explicitly missing value.",
    },
  },
  Source: {
    properties: {
      title: 'Title of the data source.',
      synthetic:
        '`true` marks illustrative (made-up) data, to be labelled "illustrative, not official" wherever it is shown.',
      note: 'Free-text note about the data.',
      url: 'Address (URL) of the data source.',
    },
  },
  ResultsDocument: {
    description:
      'A results document: everything needed to show, compare and replay a scoring run. Deterministic: the same inputs give the same bytes (no timestamps unless given).',
    properties: {
      format: 'Always `takar-results`: marks a Takar results document.',
      formatVersion:
        'Version of the results format: 2 for this release (which also reads format 1 and migrates it).',
      engine: { description: 'The engine that scored: package name and version.', of: 'Engine' },
      inputHash:
        'SHA-256 (64 lowercase hex digits) of the inputs: the canonical JSON of framework, pipeline, year, units and source, then the indicator values. Equal inputs give equal hashes.',
      year: 'The year scored, or `null` when the data has no years.',
      title: 'A title given to the run (the `title` option of `score`).',
      source: {
        description:
          'Data provenance, from the dataset; `synthetic: true` must be shown as "illustrative, not official".',
        of: 'Source',
      },
      framework: { description: 'The framework scored, as validated.', of: 'Framework' },
      pipeline: {
        description:
          "The pipeline the run used, every default filled in: the framework's own settings, overridden by those given when scoring.",
        of: 'PipelineConfig',
      },
      stages: {
        description:
          'One record per stage run, in the order run, with the parameters it used, so that the run can be replayed.',
        of: 'StageRecord',
      },
      units: {
        description:
          'The units still in the run, in input order, as parallel arrays (units removed by screening are in `excluded`). Every column has one entry per unit, in this order.',
        of: 'ResultUnits',
      },
      columns: {
        description:
          'One column per score key, in table order: indicators, then aggregates level by level from the bottom up, then second-axis keys. In-group ranks are not stored: readers compute them from the scores and `units.groups` with the engine rank rule, for the groups in `pipeline.groupRanks`.',
        of: 'ResultColumn',
      },
      until:
        'The stage the run stopped after, when it was stopped early (`until`): `denominate`, `screen`, `impute`, `treat`, `normalise`, `aggregate` or `rank`. Up to `normalise`, `scores` hold only the indicators as they stand after that stage; up to `aggregate`, `ranks` are empty.',
      excluded: { description: 'Units removed by screening, with the reason.', of: 'Exclusion' },
    },
  },
  Engine: {
    properties: {
      name: 'Package name of the engine: `@takar/core`.',
      version: 'Version of the engine package.',
    },
  },
  StageRecord: {
    description: 'A record of one pipeline stage: its name and the parameters it ran with.',
    properties: {
      stage:
        'Name of the stage: `denominate`, `screen`, `impute`, `treat`, `normalise`, `aggregate` or `rank`.',
      params: 'The parameters the stage ran with, defaults filled in.',
      details: 'Stage-specific details (e.g. which indicators were treated, and how).',
    },
  },
  ResultUnits: {
    properties: {
      codes: 'Code of each unit, in input order; unique.',
      names: 'Name of each unit, in the order of `codes`.',
      groups:
        'Group memberships, by group column (as in the data): one label per unit, in the order of `codes`; `null` where a unit has no label in that column.',
    },
  },
  ResultColumn: {
    description:
      "One score key's results, one entry per unit in the order of `units.codes`. The key is a node code, or for frameworks with second axes `<axis>:<tag>` (the tag's score, e.g. `stage:baseline`) or `<axis>:total` (the weighted total across tags); node codes cannot contain `:`.",
    properties: {
      key: 'The score key: a node code, or a second-axis key `<axis>:<tag>` / `<axis>:total`.',
      scores:
        'Scores: indicators after the last stage, aggregates after aggregation; `null` when missing. Aggregate (and second-axis) scores are written with 15 significant digits (the decimal a spreadsheet shows; the rule bands compare with): weighted sums carry binary noise that depends on the order of summation, such as 3.3489999999999998 for 3.349; this changes no rank. Indicator scores are written exactly.',
      ranks:
        'Ranks (1 = best; ties share the best rank; missing stays `null`). Absent when the run stopped before ranking, or when the document was slimmed (e.g. indicator ranks left out for a web page).',
      bands:
        'Band code per unit, for nodes that have bands; `null` when the score is missing or outside every band.',
      coverage: "Share (0–1) of the key's indicators that had data before imputation.",
      raw: 'Raw values of an indicator as given (before any stage), for display; `null` when missing. Only on indicators.',
    },
  },
  Exclusion: {
    description: 'A unit removed by screening.',
    properties: {
      unit: 'Code of the unit removed.',
      reason: 'Why, in English, e.g. `data availability 0.500 is below 0.6`.',
    },
  },
  RegionDocument: {
    description:
      "A region document: one region's scores, ranks, bands and in-group ranks at every aggregate node across the published years, with the national and peer medians its profile compares with and the framework labels and bands it needs. Written by `takar publish` as `data/regions/<code>.json` (`regionDocuments()` of @takar/core). Every per-node array is aligned with `keys`.",
    properties: {
      format: 'Always `takar-region`.',
      formatVersion: 'Version of the region document format: 1.',
      engine: { description: 'The engine that wrote it: package name and version.', of: 'Engine' },
      region: { description: 'The region.', of: 'RegionRef' },
      title: 'The title of the latest results.',
      source: {
        description:
          'Data provenance; `synthetic: true` must be shown as "illustrative, not official".',
        of: 'Source',
      },
      framework: {
        description: 'What of the framework the region pages need.',
        of: 'RegionFramework',
      },
      keys: 'The node codes every per-node array follows, in framework order.',
      years: { description: 'One entry per published year, oldest first.', of: 'RegionYear' },
    },
  },
  RegionRef: {
    properties: {
      code: 'Code of the region (e.g. Kemendagri `32.73`).',
      name: 'Name of the region, as in the latest results.',
    },
  },
  RegionFramework: {
    properties: {
      id: 'Code of the framework.',
      version: 'Version or edition of the framework.',
      label: { description: `Name of the framework: ${LABEL}.`, of: 'Label' },
      digits: 'Decimals the official figures are published with.',
      bands: { description: 'Bands of the index (the root node).', of: 'Band' },
      nodes: { description: 'The nodes of `keys`, in framework order.', of: 'RegionNode' },
    },
  },
  RegionNode: {
    description: 'A framework node as a region document keeps it.',
    properties: {
      code: 'Code of the node.',
      parent: 'Code of its parent; `null` for the index.',
      type: '`aggregate` or `indicator`.',
      label: { description: `Name of the node: ${LABEL}.`, of: 'Label' },
      bands: { description: "The node's own bands.", of: 'Band' },
    },
  },
  RegionYear: {
    description: 'One published year.',
    properties: {
      year: 'The year scored, or `null` when the results had none.',
      title: "That year's results title.",
      units: "Units in that year's results.",
      counts: 'Units with a score at each key.',
      ranked: 'Units with a rank at each key.',
      medians:
        'The national median at each key (every unit of the results); `null` when none has a score.',
      region: {
        description: "The region's own figures; `null` when it is not in that year's results.",
        of: 'RegionScores',
      },
    },
  },
  RegionScores: {
    description: "The region's own figures in one year.",
    properties: {
      name: "The region's name that year.",
      scores: 'Scores at each key; `null` when missing.',
      ranks: 'Ranks at each key (1 = best); `null` when missing or not ranked.',
      bands: 'Band codes at each key; `null` where the node has no bands or the score is missing.',
      peers: {
        description: 'One entry per group column the region has a value in.',
        of: 'RegionPeers',
      },
    },
  },
  RegionPeers: {
    description: "The region's peer group in one group column, in one year.",
    properties: {
      column: 'The group column, e.g. `type`.',
      value: "The region's value in it, e.g. `kota`.",
      count: 'Units in the group that year, the region included.',
      medians: 'Median score of the group at each key; `null` when none has a score.',
      ranks: "The region's rank within the group at each key, for the run's in-group rank columns.",
    },
  },
  ImpactDocument: {
    description:
      'An impact document: the citizens that regional programmes positively affect, per region, with the method that counted them, as `<takar-impact>` shows it. Written by `impactDocument` in @takar/core.',
    properties: {
      format: 'Always `takar-impact`. Optional for documents written before it existed.',
      formatVersion:
        'Version of the impact format: 1. Optional for documents written before it existed.',
      method: {
        description:
          'How the counts were made (e.g. a beneficiary survey, programme data): text, or Indonesian (`id`) and optionally English (`en`).',
        of: 'Label',
      },
      title: 'A title for the counts.',
      year: 'The year counted, or `null`.',
      interval: {
        description:
          'What a low–high range is, e.g. `interval 90%` or `rentang program` (programme range): text, or Indonesian and English.',
        of: 'Label',
      },
      source: {
        description:
          'Data provenance: `synthetic: true` marks illustrative (made-up) data, to be labelled "illustrative, not official" wherever it is shown; `title` and `note` describe the source.',
        of: 'Source',
      },
      rows: { description: 'One row per region.', of: 'ImpactRegionRow' },
    },
  },
  ImpactRegionRow: {
    description:
      "One region's positively-affected citizens: a point estimate (`affected`), a range (`low`–`high`), or both.",
    properties: {
      region: 'Code of the region (Kemendagri, e.g. `32.73`).',
      name: 'Name of the region.',
      affected: 'Persons positively affected: a count or a point estimate (≥ 0).',
      low: 'Lower bound of the range (≥ 0, at most `high`).',
      high: 'Upper bound of the range (≥ 0).',
      population: "The region's population (> 0), the base of the share.",
      coverage:
        'Share (0–1) of the population positively affected; computed from `affected` if absent.',
      method: {
        description: "How this row was counted, when it differs from the document's `method`.",
        of: 'Label',
      },
    },
  },
  SketchDocument: {
    description:
      'What one agency sends for federated counting (takar impact sketch): a postgresql-hll sketch of its beneficiaries per group, the hash rule and the sketch parameters. It holds no identifier.',
    properties: {
      format: 'Always `takar-sketch`.',
      version: 'Layout version of the document: 1.',
      hash: { description: 'How each beneficiary became a 64-bit hash.', of: 'SketchHash' },
      params: {
        description: 'The postgresql-hll parameters of every sketch in the document.',
        of: 'SketchParams',
      },
      groupBy:
        'The grouping of the groups, e.g. `region`, `region+year` (values joined by `|` in the labels) or `national`.',
      source: 'Who made the document (an agency name); shown in merges and overlaps. Optional.',
      groups: {
        description: 'One sketch per group, in code-point order of the group.',
        of: 'SketchGroup',
      },
    },
  },
  SketchHash: {
    properties: {
      rule: '`hmac-sha256-int64-v1`: the first 8 bytes of HMAC-SHA-256(shared key, normalised NIK) read as a signed big-endian 64-bit integer; a NIK is normalised to its 16 digits (spaces, dots and dashes between them removed), any other key is trimmed.',
      keyCheck:
        'The first 8 bytes (16 hex digits) of HMAC-SHA-256(shared key, `takar-key-check`): tells whether two documents used the same key without revealing it. Optional.',
    },
  },
  SketchParams: {
    properties: {
      log2m:
        "log2 of the number of registers, 4 to 24; the extension's default 11 (2048 registers, relative standard error 1.04/√2048 ≈ 2.3 %).",
      regwidth: 'Bits per register, 1 to 8; default 5.',
      expthresh:
        'Largest number of distinct hashes kept as an exact list (EXPLICIT): -1 automatic (160 for 11/5), 0 never, or a power of two.',
      sparseon: 'Whether the SPARSE form is written while it is smaller than FULL; default true.',
    },
  },
  SketchGroup: {
    description:
      'One group of a sketch document: its label, its sketch and how many records made it.',
    properties: {
      group: 'The group label, e.g. a region code `32.73`; never a person.',
      records: 'Input records behind the sketch (with repeats). Optional.',
      sketch:
        'The sketch in the postgresql-hll storage format as PostgreSQL prints it: `\\x` and lowercase hex (EMPTY, EXPLICIT, SPARSE or FULL).',
    },
  },
};

/** The keys of the table: `Node` for a definition's description, `Node.weight` for a property's. */
export function descriptionKeys(): string[] {
  return Object.entries(DEFINITIONS).flatMap(([name, def]) => [
    name,
    ...Object.keys(def.properties).map((key) => `${name}.${key}`),
  ]);
}

/**
 * A published JSON Schema with the descriptions of the table, as `npm run schema` writes it: the
 * schema of `jsonSchema(file)`, plus a `description` on the root (after its `title`), on every
 * object and on every property the table describes (placed first). Changes nothing else.
 *
 * @param used - collects the table keys (see {@link descriptionKeys}) this schema uses
 *
 * @example
 * ```ts
 * describedJsonSchema('framework.schema.json').description; // 'A Takar framework: data, never code…'
 * ```
 */
export function describedJsonSchema(
  file: JsonSchemaFile,
  used: Set<string> = new Set(),
): JsonSchemaObject {
  const { description, ...schema } = describeObject(jsonSchema(file), ROOTS[file], undefined, used);
  return description === undefined ? schema : { ...schema, description };
}

function describeObject(
  schema: JsonSchemaObject,
  name: DefinitionName,
  own: string | undefined,
  used: Set<string>,
): JsonSchemaObject {
  const def = DEFINITIONS[name];
  // A definition's own description counts as used only where it is shown.
  if (own === undefined || def.description === undefined) used.add(name);
  const out: JsonSchemaObject = { ...schema };
  if (isObject(schema.properties))
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, property]) => {
        const entry = def.properties[key];
        if (entry === undefined || !isObject(property)) return [key, property];
        used.add(`${name}.${key}`);
        const { description, of } = typeof entry === 'string' ? { description: entry } : entry;
        const inner =
          of === undefined
            ? property
            : mapObjects(property, (object, self) =>
                describeObject(object, of, self ? description : undefined, used),
              );
        return [key, { description, ...inner }];
      }),
    );
  const text = own ?? def.description;
  return text === undefined ? out : { description: text, ...out };
}

/** Replaces the object schemas (those with `properties`) in a schema: itself, or inside it. */
function mapObjects(
  schema: JsonSchemaObject,
  fn: (object: JsonSchemaObject, self: boolean) => JsonSchemaObject,
  self = true,
): JsonSchemaObject {
  if (isObject(schema.properties)) return fn(schema, self);
  const out: JsonSchemaObject = { ...schema };
  for (const key of ['items', 'additionalProperties']) {
    const sub = schema[key];
    if (isObject(sub)) out[key] = mapObjects(sub, fn, false);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    const subs = schema[key];
    if (Array.isArray(subs))
      out[key] = subs.map((sub: unknown) => (isObject(sub) ? mapObjects(sub, fn, false) : sub));
  }
  return out;
}

function isObject(x: unknown): x is JsonSchemaObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
