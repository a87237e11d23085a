/*
 * The text of `takar --help` and of `takar <command> --help`: one section per command. The
 * pipeline methods (--normalise, --aggregate, --impute, --treat) are listed from the method tables
 * of @takar/core, so the help names every method the parser accepts.
 */
import {
  AGGREGATORS,
  IMPUTERS,
  NORMALISERS,
  TREATMENTS,
  TREAT_SETTINGS,
  type MethodEntry,
  type MethodFamily,
} from '@takar/core';

/** The column where option descriptions start. */
const COLUMN = 26;
/** The width help text is wrapped to. */
const WIDTH = 100;

/** `first`, then `text` from {@link COLUMN} on, wrapped to {@link WIDTH}. */
function wrapAt(first: string, text: string): string {
  const lines: string[] = [];
  let line = first.length < COLUMN ? first.padEnd(COLUMN) : first;
  if (first.length >= COLUMN) {
    lines.push(line);
    line = ' '.repeat(COLUMN);
  }
  let fresh = true;
  for (const word of text.split(' ')) {
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(COLUMN) + word;
    } else line += (fresh ? '' : ' ') + word;
    fresh = false;
  }
  lines.push(line);
  return lines.join('\n') + '\n';
}

function methodLines(
  flag: string,
  headline: string,
  family: MethodFamily<MethodEntry<unknown>>,
): string {
  let out = wrapAt(`  ${flag}`, headline);
  for (const e of family.entries()) out += wrapAt(`      ${e.cli.syntax}`, e.description.en);
  return out;
}

/**
 * The lines of `--impute`, `--treat`, `--normalise` and `--aggregate`: every method of the tables,
 * with its CLI syntax and description.
 *
 * @example
 * ```ts
 * methodHelp().includes('minmax[:lo,hi]'); // true
 * ```
 */
export function methodHelp(): string {
  let treat = methodLines(
    '--treat <how>',
    'Outlier treatment (default none): a method, optionally with settings joined by commas (default,winmax=3):',
    TREATMENTS,
  );
  for (const s of TREAT_SETTINGS) treat += wrapAt(`      ${s.syntax}`, s.description.en);
  return (
    methodLines('--impute <method>', 'How missing values are filled (default none):', IMPUTERS) +
    treat +
    methodLines('--normalise <method>', 'Normalisation (default minmax:0,100):', NORMALISERS) +
    methodLines('--aggregate <method>', 'Aggregation (default amean):', AGGREGATORS)
  );
}

/** Every command in one line each. */
const USAGE = `takar — score, rank and compare units on composite indicators

Usage:
  takar score --framework <framework.json | coinr-meta.csv> --data <data.csv | data.xlsx | data.json | data.arrow> [options]
  takar score --data <composer.xlsx>   (a COINr/composer workbook: sheets iData and iMeta)
  takar stats --framework <…> --data <…> [--year <n>] [--denominate] [--out stats.csv]
  takar framework <id> [--format json|csv] [--out <file>] | takar framework --list
  takar impact --programmes <file> | --records <file> | --survey <file> [options]
  takar impact sketch --records <file.csv> --by region --out <agency.sketch.json>
  takar impact merge <sketch files…> --out counts.csv [--out-overlaps overlaps.csv]
  takar impact sql --dialect postgres-hll --table <table> [--key-column nik] [--group-column region]
  takar compare | trend | awards | uncertainty | sensitivity | audit | whatif
  takar publish --results <results.json> --out <dir> [--cdn <url>] [--boundaries indonesia|<file|url>]
        --framework <…> --data <…> [pipeline options as for score] [command options]
  takar template --framework <id | file> --out template.xlsx [--year <n>] [--province <32,…>]
  takar studio --out <dir> [--from <built studio>]
  takar --help | takar <command> --help | takar --version
`;
/** `takar score`; the methods are filled in when the help is printed. */
const score = (): string => `takar score options
  --framework <file|id>   Takar framework JSON, or a COINr indicator metadata table (.csv with
                          Level, iCode, iName, Direction, Weight, Parent, Type, Target, Denominator;
                          Takar's extra Band/Axis/AxisTag rows as written by takar framework), or
                          the id of a shipped framework (smart-city, spbe-2020), scored with its
                          own default pipeline. A value with a / or \\, with an extension (.json,
                          .csv, .xlsx) or naming an existing file is a file (a missing one is
                          io/not-found); any other is an id (an unknown one is
                          framework/unknown-id, listing the shipped ids).
  --data <file|example>   CSV (long: unit,indicator,value[,year]; or wide: one row per unit, one
                          column per indicator, COINr data.csv style; leading # lines are comments),
                          Excel .xlsx (the first sheet, --sheet, or iData), JSON ({units, values}
                          or an array of rows) or Apache Arrow IPC; or
                          "example": the embedded, illustrative example data of a shipped framework
                          (with --year 2020–2024; default 2024).
  --example               Same as --data example.
  --config <file.json>    Pipeline settings as JSON (the "pipeline" of a framework); flags below
                          override it.
  --year <n>              The year to score when the data has several.
  --denominate            Divide indicators by the unit column their "denominator" names.
  --screen <share>        Remove units with data availability below <share> (0–1).
${methodHelp()}  --aggregate-level <l>=<method>,…  A different aggregation per level (COINr levels: 1 =
                          indicators, 2 = their parents, …), e.g. 2=gmean,3=amean.
  --min-available <share> An aggregate with fewer children present (by count) is missing (0–1).
  --screen-zeros <share>  Remove units whose share of non-zero values is below <share> (with
                          --screen: either rule).
  --normalise-across years|none  years: min-max / z-score parameters from all years pooled (the
                          default of takar trend), recorded in the results; none: per year.
  --weights <file|name>   A CSV or JSON of node weights (columns code,weight; or {"code": w}), or
                          the name of a weight set of the framework.
  --group-ranks <cols>    Unit group columns to rank within, comma-separated.
  --order <stages>        Order of denominate,screen,impute,treat,normalise (normalise last).
  --until <stage>         Stop after denominate | screen | impute | treat | normalise | aggregate
                          and write the data as it stands there.
  --out <file>            results.json (the results document), scores.csv (wide: unit, name, then
                          one column per node: indicators after the last stage, then aggregates)
                          or scores.xlsx (sheets of scores and ranks). Without --out the results
                          document goes to standard output. The document (format 2, one column
                          per node) is written compact, column by column.
  --pretty                Indent the results document (two spaces).
  --raw                   Also write each indicator's raw values (as given) into the document, so
                          that audit and re-scoring work from the document alone.
  --out-ranks <file>      ranks.csv (wide, like scores.csv, with ranks: 1 = best), then for each
                          --group-ranks column its value and <node>_rank_in_<column>.
  --title <text>          A title recorded in the results.
  Reading numbers (every command that reads data, impact and whatif --set included):
    --delimiter <,|;|tab>  --decimal <.|,>  --thousands <.|,|space>  --missing <token,…>
    Numbers are never guessed: "1,5" is an error unless --decimal , is given, and in a
    ;-separated file (or a text cell of a workbook) "61.000" is refused as ambiguous until
    --thousands . or --decimal is given. --missing - adds "-" to the missing tokens ("" and NA).
    Indonesian Excel exports: --decimal , --thousands . --missing -
  Columns and regions:
    --region-column <col>  The column with region codes or names (default the first of unit,
                          uCode, code, kode, kode_wilayah; without one, the name column).
    --name-column <col>    The column with names (default name, uName, nama, nama_wilayah, wilayah).
                          The year column is year, Time or tahun.
                          Region names (Kota Bandung, Kab. Bandung, Kab. Kep. Seribu, Sleman) become
                          Kemendagri codes through the registry, with a province (provinsi) and a
                          type (jenis: Kota / Kab.) column to tell apart names such as "Bogor".
                          Unknown or ambiguous names are errors listing candidates, all at once.
                          Kabupaten/kota get the registry's province, type, populationClass (groups)
                          and population, area (denominators) unless the data has them.
    --ignore-columns <a,b>  Columns to leave out (No, luas_km2, …).
    --group-columns <a,b>  Text or number columns that are unit groups, not indicators.
    --sheet <name>         The sheet of an .xlsx to read (default the first, or iData).
  Writing: --lang id|en   What takar prints (tables, summaries, notes, warnings, errors) and
                          workbook headers in Indonesian (default) or English; workbook sheet
                          names are Indonesian either way.
    --csv-locale id|en     id: CSV for Indonesian Excel (BOM, ;, decimal comma, CRLF, numbers
                          rounded to their displayed precision: the framework's digits, else 2).
    --full-precision       With --csv-locale id, every digit instead.
  --encoding <utf-8|latin1|windows-1252>  Encoding of input text files (any command); default
               strict UTF-8: invalid bytes are an error naming the byte offset, UTF-16 is named.
`;
/** `takar stats`. */
const STATS = `takar stats              Statistics of every indicator (COINr get_stats: Min, Max, Mean, Median,
                         SD, Skew, Kurt, availability, Flag.SkewKurt …), of the raw data or, with
                         --denominate, of the denominated data. Takes --framework, --data/--example,
                         --year and the reading options of takar score.
  --out <file>            stats.csv (default: a table on standard output), .json or .xlsx.
`;
/** How every command reads and writes files. */
const FILES = `Files (every command): each output is written to a temporary file in the same folder, flushed
and renamed into place, so a full disk or an error leaves the old file intact. Every output path
is checked before anything is read: an output that is an input, a symbolic link, a folder, or in a
missing or read-only folder is refused. File errors have codes io/not-found, io/permission-denied,
io/is-directory, io/not-a-directory, io/disk-full, io/exists, io/same-as-input, io/symlink,
io/encoding (exit code 1).
`;
/** `takar publish`. */
const PUBLISH = `takar publish            Writes a self-contained folder to put online: the results document, CSV
                         downloads, a copy of the element bundle, index.html with every element
                         live, embed snippets (script tag per element) and an iframe page.
  --results <file>        The results document (from takar score --out results.json). Repeat it
                          (or comma-separate) with one document per year (same framework): the
                          pages show the latest year (results.json), each year is written as
                          data/results-<year>.json, and data/index.json lists what was written.
  --normalise-across years|none  Several --results: rescore them with normalisation across their
                          years (the default, as for takar trend; kept as given with a note when
                          they cannot be) or keep them as given (none).
  --pretty                Indent the JSON files written (default compact).
  --out <dir>             The folder to write: built in a temporary folder beside it and swapped in
                          at the end, so a failed publish changes nothing. An existing folder must
                          be empty or an earlier publish (it is replaced as a whole).
  --cdn <url>             Base URL of a hosted bundle (the folder holding takar.js) for the snippets.
  --bundle <dir>          Where the built bundle is (default @takar/elements/dist/cdn).
  --boundaries indonesia|<file|url>
                          Region boundaries for a <takar-map>: indonesia copies the 514
                          kabupaten/kota shipped in @takar/indonesia/boundaries (TopoJSON, MIT,
                          (c) 2024 Cahya DSN); a GeoJSON or TopoJSON file (e.g. your own official
                          one; ./indonesia for a file of that name) is checked and copied into
                          data/; a URL is used as it is. Prints how many regions have a boundary
                          and lists those that have none.
  --boundary-key <name>   Feature property holding the region code (default code).
`;
/** `takar studio`. */
const STUDIO = `takar studio             Writes Takar Studio (score, check, tune and publish an index in the
                         browser) as a folder to host on any static web server: index.html, the
                         scripts, the element bundle its published sites carry and the map
                         boundaries. Nothing in it calls a server; open it over http(s).
  --out <dir>             The folder to write: built in a temporary folder beside it and swapped in
                          at the end, so a failure changes nothing. An existing folder must be
                          empty or one takar wrote (it is replaced as a whole).
  --from <dir>            The built studio's folder (default the installed @takar/studio; in the
                          repository packages/studio after npm run build -w @takar/studio). A
                          missing or incomplete build is io/not-found, naming each missing file.
  --lang id|en            The language of the terminal messages (default id).
`;
/** `takar framework`. */
const FRAMEWORK = `takar framework <id>     Prints a shipped framework (takar framework --list lists the ids).
  --format json|csv       json (default): the Takar framework; csv: the COINr-style metadata table
                          (Level, iCode, iName, Direction, Weight, Parent, Type, Target,
                          Denominator, Unit, iName_id, ScaleMin, ScaleMax, Normalise, Tag:<axis>,
                          Aggregate, Digits; Band rows with BandMin/BandMax, Axis and AxisTag rows)
                          that --framework reads back, to start your own from.
  --out <file>            Write to a file instead of standard output.
  --list                  List the shipped frameworks with their labels.
`;
/** `takar impact` and its sketch, merge and sql steps. */
const IMPACT = `takar impact             Positively-affected citizens (masyarakat terdampak positif).
  --programmes <file>     Programme totals (CSV/JSON: region, programme, beneficiaries, unit =
                          persons|households|businesses, optional year, dimension), or "example".
                          Without identities only a range [largest programme, min(sum,
                          population)] is claimed; --overlap states an assumption for a point value.
  --records <file.csv>    Keyed records (columns region, programme, key; optional dimension, year),
                          read line by line. Keys are hashed with HMAC-SHA-256 and a secret salt.
  --survey <file>         Survey cells (region, respondents, positive, optional deff, year,
                          dimension): share with a Wilson interval, scaled by population.
  --salt <secret>         The salt for hashing keys; better set the environment variable
                          TAKAR_SALT (a command line is visible to others). Never printed.
  --already-hashed        The keys are pseudonyms already. A NIK-shaped value (16 digits) is refused
                          in every column either way, and never echoed; a salt needs ≥ 16 bytes.
  --method exact|hll|duckdb  Distinct counting of records: exact (default), HyperLogLog (low/high
                          give its error bound), or DuckDB over a CSV/Parquet of hashed keys.
  --by <groupings>        region (default), province, dimension, programme, year, national;
                          comma-separated for several, "+" to combine (region+dimension).
  --population <file.csv> Columns region (or code) and population; default the real 2024
                          population of the kabupaten/kota of @takar/indonesia.
  --household-size <n>    Persons per household, to count household programmes as persons
                          (3,6 with --decimal ,). Counts of persons must be whole numbers.
  --decimal  --thousands  --missing  --delimiter  --sheet  As for score: "61.000" persons is
                          refused in a ; file until --thousands . is given.
  Regions (of programmes, surveys and --records) are checked against the registry (names become
  codes; with --method duckdb they must be codes); unknown ones are errors. A
  programme larger than the region's population is a warning and a column exceedsPopulation.
  --overlap none|nested|independent  Overlap assumption for programme totals.
  --deff <x>  --confidence <p>  Survey design effect (default the deff column, else 1) and
                          interval confidence (default 0.95).
  --year <n>              Only this year's programmes.
  --out <file.csv|json|xlsx>  CSV: grouping columns (region with its name), affected, method,
                          low, high (for ranges and estimates), then population and coverage.
                          Default: a table on stdout.
  --out-records <file.csv>  Also write the records with pseudonymous keys (exact/hll only).
  --progress              Progress on stderr even when it is not a terminal.

takar impact sketch      Federated counting, step 1 (at each agency): one HyperLogLog sketch per
                         group in the postgresql-hll format; no key leaves the agency.
                         Penghitungan lintas instansi: tiap instansi mengirim sketsa, bukan NIK.
  --records <file.csv>    Columns key and the --by fields (region, …). Each key is normalised (a
                          NIK keeps its 16 digits) and hashed: first 8 bytes of
                          HMAC-SHA-256(shared key, NIK) as a signed int64.
  --by <grouping>         One grouping: region (default), province, region+year, national, …
                          (several fields are joined by | in the group label). Regions are checked
                          against the registry and names become codes; unknown ones are errors.
  TAKAR_SALT / --salt     The shared key, the same at every agency; never printed.
  --already-hashed        Keys are already the 64 hex digits of that HMAC (raw NIKs are refused).
  --source <name>         Who made the file (shown in merges and overlaps).
  --log2m 11 --regwidth 5 --expthresh -1 --sparse on  Sketch parameters (the extension's defaults;
                          every agency must use the same).
  --format takar|postgres takar (default): a sketch document (.json, with the hash rule, the
                          parameters and a key check); postgres: group,sketch CSV (.csv, \\x… hex).
  --out <file>            Default: standard output.

takar impact merge       Step 2 (at the coordinator): unions the sketches per group.
  <files…>                Sketch documents (.json) and group,sketch CSVs (.csv, as psql --csv writes
                          the SQL of takar impact sql), mixed freely; label=file names a source
                          (default: the document's source, else the file name).
  --out <file.csv|json>   group, estimate, low, high (interval at --confidence, default 0.95), method
                          (exact while the union is an explicit list, else hll), hll_cardinality
                          (the extension's estimate, to check in the database), sources, records,
                          without_key. JSON adds the overlaps.
  --out-overlaps <file.csv>  Pairwise overlaps per group (|A| + |B| − |A ∪ B|): group, a, b,
                          overlap, low, high, estimable (false when the interval reaches zero).
  --format postgres       Write the union sketches as group,sketch CSV instead of counts.

takar impact sql         The SQL an agency runs where its records are.
  --dialect postgres-hll  (default) PostgreSQL 15+ with hll and pgcrypto, for psql: reads the key
                          from TAKAR_SALT (\\getenv), hashes in the database, hll_add_agg per group;
                          run with psql --csv -f sketch.sql > agency.csv. Tested on PostgreSQL 15.
  --table <name>  --key-column nik  --group-column region | --national  --key-env TAKAR_SALT
  --dialect duckdb|spark|trino  Distinct pseudonymous keys per --by grouping over --table or --path
                          (--approx, --hash64); DuckDB is tested, Spark and Trino are not.
  --out <file.sql>        Default: standard output.
`;
/** What the analysis commands share. */
const ANALYSIS = `Analysis commands take the options of takar score (--framework, --data/--example, --config,
--year, --impute, --treat, --normalise, --aggregate, --weights, …), print a readable table, and
write --out <file.json> (everything), --out <file.csv> (a flat table, with names beside codes)
or --out <file.xlsx> (one sheet per table; compare, audit, uncertainty, impact and score).
--lang, --csv-locale and --full-precision work as for score. --progress shows progress on
stderr for long runs even when it is not a terminal.
`;
/** `takar template`. */
const TEMPLATE = `takar template           An input workbook for a framework, to fill in and score as it is.
  --framework <id|file>   The framework (a shipped id, JSON or COINr metadata).
  --out <file.xlsx>       Sheets iData (kode, nama, provinsi[, tahun], one column per indicator,
                          every kabupaten/kota pre-filled), indikator (code, label, unit, direction,
                          scale, weight in --lang) and iMeta (the framework as COINr metadata).
                          Score the filled copy with: takar score --data filled.xlsx
  --year <n>              Pre-fill a tahun column.
  --province <codes|names>  Only these provinces' regions (32,DI Yogyakarta).
`;
/** `takar compare`. */
const COMPARE = `takar compare            One unit against its peers, units side by side, or peer-group summaries.
  --unit <code>           Profile: score, rank, band and peer comparison at every node, with
                          strengths and weaknesses (--node <code> whose children, --count <n>).
  --peers <column>        Peer group: a unit group column (province, type, populationClass, …);
                          alone: summaries (median, quartiles) per group (--node for the terminal).
  --units <a,b,c>         Units side by side (with --unit, it comes first).
  --all                   Show indicators too in the terminal table.
`;
/** `takar trend`. */
const TREND = `takar trend              Scores and ranks over the years; movers; units that appeared or left.
  --years <2020-2024>     Score each year of the data (a range or a list 2020,2022).
  --results <file.json>   Results documents instead (repeat, or comma-separate), rescored across
                          their years unless --normalise-across none.
  --node <code>  --count <n>  --top <n>  Node of movers; movers listed; units shown.
`;
/** `takar awards`. */
const AWARDS = `takar awards             The winner of each category, with ties, runner-up, margin and why.
  --categories <a,b,…>    Nodes to award (default the index's children).
  --one-per-unit          At most one award per unit (maximising the total margin).
  --min-coverage <share>  Minimum data coverage (0–1) of the category for a winner.
  --eligible <col>=<v>    Only units of a group (several values: type=kota|kabupaten).
`;
/** `takar uncertainty`. */
const UNCERTAINTY = `takar uncertainty        Monte Carlo over alternatives; rank intervals per unit.
  --runs <n>  --seed <s>  Replications (default 1000) and seed (default 1, at most 2^53 - 1): same
                          seed, same output.
                          --runs is checked against the memory first (units × runs × 8 bytes):
                          too many is refused (cli/too-large) naming the largest that fits;
                          TAKAR_MEMORY_LIMIT=4GB sets the memory to plan with.
  --strict                Fail on a replication whose methods cannot be computed (e.g. gmean after
                          zscore); by default such replications are skipped, counted and reported.
  --weight-noise <level>=<factor>  Multiply weights at a level (indicators 1, parents 2, …) by
                          U[1−f, 1+f]; repeatable.
  --alt-normalise <spec>,<spec>  Alternative normalisations (e.g. minmax:0,100,zscore:10,2).
  --alt-aggregate <m>,<m> Alternative aggregations (amean,gmean).
  --alt-winmax <1-5>      Outlier treatment with these winmax values.
  --alt-impute on,off     Imputation on (the pipeline's, else mean) or off; or method names.
  --node <code>           Node whose ranks are studied (default the index).
  --threads <n>           Worker threads (results do not depend on it).
  --top <n>               Units shown in the terminal. CSV: unit, nominal, mean, median, q05, q95.
`;
/** `takar sensitivity`. */
const SENSITIVITY = `takar sensitivity        First- and total-order sensitivity indices (Saltelli, Jansen).
  The alternatives of takar uncertainty, and --samples <N> (default 200; N × (k + 2) runs),
  --seed <s>, --bootstrap <n> (default 500).
`;
/** `takar audit`. */
const AUDIT = `takar audit              Indicator statistics and flags, correlation flags, Cronbach's alpha,
                         effective weights, rank change when an element is removed.
  --redundant <r>         Flag sibling correlations above r (default 0.9).
  --no-removal            Skip the removal test (faster).
  --out <file.csv>        The per-indicator statistics (raw, COINr get_stats, and scored_* on the
                          correlations' basis: the scores after the pipeline); .json for the whole
                          report. The terminal shows the scores' statistics, then the raw data's.
`;
/** `takar whatif`. */
const WHATIF = `takar whatif             Rescore with a changed value, or find the change that reaches a target.
  --unit <code> --indicator <code>  The unit and the indicator to change.
  --set <value>           Rescore with this raw value (NA: missing) and list who moves; read with
                          --decimal (3,97 with --decimal ,) and --missing.
  --target-rank <r>       The smallest change that brings the unit to rank r (or better).
  --target-band <code>    The smallest change that brings the unit to this band (or higher).
  --node <code>           Node whose rank or band counts (default the index).
`;
/** How errors are printed. */
const ERRORS = `Errors are printed as "error <code> at <path>: <message>", one per line; with --lang id (the
default) the message starts with the code's meaning in Indonesian, then " — " and the detail
(--lang en: the English detail alone). The exit code is 1 for bad input, 2 for a bad command line.
`;
/** Examples of every command. */
const EXAMPLES = `Examples
  takar score --framework meta.csv --data data.csv --out results.json
  takar score --framework meta.csv --data data.csv --denominate --impute group-mean:EurAsia_group \\
      --treat default --normalise minmax:0,100 --out scores.csv --out-ranks ranks.csv
  takar score --framework f.json --data data.csv --decimal , --thousands . --until impute --out imputed.csv
  takar score --framework spbe-2020 --data spbe-2020-2024.csv --year 2024 --out results.json
  takar framework smart-city --format csv > smart-city.csv
  takar score --framework ikd.json --data skor-2024.csv --decimal , --thousands . --missing - \\
      --ignore-columns No,luas_km2 --csv-locale id --out skor.csv
  takar template --framework spbe-2020 --out spbe-2025.xlsx --year 2025 --province 32
  takar studio --out studio-site
  takar score --data spbe-2025-terisi.xlsx --out skor.xlsx
  TAKAR_SALT=… takar impact --records records.csv --by region,province,national --out affected.csv
  TAKAR_SALT=… takar impact sketch --records dinsos.csv --by region --source dinsos --out dinsos.sketch.json
  takar impact merge dinsos.sketch.json bpjs.csv disdik.sketch.json --out counts.csv
  takar compare --framework smart-city --example --unit 15.71 --peers province
  takar uncertainty --framework spbe-2020 --example --runs 1000 --seed 1 --weight-noise 2=0.25 \\
      --alt-aggregate amean,gmean --threads 2 --out ranks.csv
`;

/** The sections of each command's help. */
const SECTIONS: Record<string, () => string[]> = {
  score: () => [score(), FILES],
  stats: () => [STATS, FILES],
  publish: () => [PUBLISH, FILES],
  studio: () => [STUDIO],
  framework: () => [FRAMEWORK],
  impact: () => [IMPACT, FILES],
  template: () => [TEMPLATE, FILES],
  compare: () => [COMPARE, ANALYSIS],
  trend: () => [TREND, ANALYSIS],
  awards: () => [AWARDS, ANALYSIS],
  uncertainty: () => [UNCERTAINTY, ANALYSIS],
  sensitivity: () => [SENSITIVITY, ANALYSIS],
  audit: () => [AUDIT, ANALYSIS],
  whatif: () => [WHATIF, ANALYSIS],
};

/** The commands that have their own help (`takar <command> --help`). */
export const HELP_COMMANDS: readonly string[] = Object.keys(SECTIONS);

/** The examples (a line and its `\` continuations) that run `takar <command>`. */
function examplesOf(command: string): string[] {
  const out: string[][] = [];
  for (const line of EXAMPLES.split('\n').slice(1)) {
    if (line.startsWith('      ')) out[out.length - 1]?.push(line);
    else if (line.trim()) out.push([line]);
  }
  return out.filter((e) => (e[0] as string).includes(`takar ${command} `)).map((e) => e.join('\n'));
}

/**
 * The text of `takar --help` (no command, or one without its own help) or of
 * `takar <command> --help`: that command's usage, options and the notes that apply to it. The
 * pipeline methods come from the method tables as they are when it is called.
 *
 * @example
 * ```ts
 * helpText('trend').includes('--years'); // true
 * helpText('trend').includes('--runs'); // false
 * ```
 */
export function helpText(command?: string): string {
  const sections = command === undefined ? undefined : SECTIONS[command];
  if (!sections)
    return [
      USAGE,
      score(),
      FILES,
      STATS,
      PUBLISH,
      STUDIO,
      FRAMEWORK,
      IMPACT,
      ANALYSIS,
      TEMPLATE,
      COMPARE,
      TREND,
      AWARDS,
      UNCERTAINTY,
      SENSITIVITY,
      AUDIT,
      WHATIF,
      ERRORS,
      EXAMPLES,
    ].join('\n');
  const usage = USAGE.split('\n').filter((l) => l.startsWith(`  takar ${command} `));
  const examples = examplesOf(command as string);
  return [
    ...(usage.length ? [`Usage:\n${usage.join('\n')}\n`] : []),
    ...sections(),
    ERRORS,
    ...(examples.length ? [`Examples\n${examples.join('\n')}\n`] : []),
    'Every command: takar --help\n',
  ].join('\n');
}

/** The text of `takar --help`, with the methods of the tables when the module was loaded. */
export const HELP: string = helpText();
