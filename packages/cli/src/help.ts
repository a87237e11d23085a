/** The text of `takar --help`. */
export const HELP = `takar — score, rank and compare units on composite indicators

Usage:
  takar score --framework <framework.json | coinr-meta.csv> --data <data.csv | data.json | data.arrow> [options]
  takar stats --framework <…> --data <…> [--year <n>] [--denominate] [--out stats.csv]
  takar framework <id> [--format json|csv] [--out <file>] | takar framework --list
  takar impact --programmes <file> | --records <file> | --survey <file> [options]
  takar compare | trend | awards | uncertainty | sensitivity | audit | whatif
  takar publish --results <results.json> --out <dir> [--cdn <url>] [--boundaries <file|url>]
        --framework <…> --data <…> [pipeline options as for score] [command options]
  takar --help | takar <command> --help | takar --version

takar score options
  --framework <file|id>   Takar framework JSON, or a COINr indicator metadata table (.csv with
                          Level, iCode, iName, Direction, Weight, Parent, Type, Target, Denominator;
                          Takar's extra Band/Axis/AxisTag rows as written by takar framework), or
                          the id of a shipped framework (smart-city, spbe-2020) when no such file
                          exists: it is scored with its own default pipeline.
  --data <file|example>   CSV (long: unit,indicator,value[,year]; or wide: one row per unit, one
                          column per indicator, COINr data.csv style; leading # lines are comments),
                          JSON ({units, values} or an array of rows) or Apache Arrow IPC; or
                          "example": the embedded, illustrative example data of a shipped framework
                          (with --year 2020–2024; default 2024).
  --example               Same as --data example.
  --config <file.json>    Pipeline settings as JSON (the "pipeline" of a framework); flags below
                          override it.
  --year <n>              The year to score when the data has several.
  --denominate            Divide indicators by the unit column their "denominator" names.
  --screen <share>        Remove units with data availability below <share> (0–1).
  --impute <method>       mean | median | group-mean:<column> | group-median:<column> |
                          latest | linear (panel data) | none
  --treat <how>           default (|skew| ≥ 2 and kurtosis ≥ 3.5: winsorise up to 5 points, else
                          log) | winmax=<n> | none
  --normalise <method>    minmax[:lo,hi] (default 0,100) | zscore[:mean,sd] | rank | prank | borda |
                          fracmax | dist2max | dist2ref:<unit> | dist2targ[:cap] | goalposts[:lo,hi] | none
  --aggregate <method>    amean (default) | gmean | hmean | pmean:<p> | copeland
  --weights <file|name>   A CSV or JSON of node weights (columns code,weight; or {"code": w}), or
                          the name of a weight set of the framework.
  --group-ranks <cols>    Unit group columns to rank within, comma-separated.
  --order <stages>        Order of denominate,screen,impute,treat,normalise (normalise last).
  --until <stage>         Stop after denominate | screen | impute | treat | normalise | aggregate
                          and write the data as it stands there.
  --out <file>            results.json (the results document) or scores.csv (wide: unit, then one
                          column per node: indicators after the last stage, then aggregates).
                          Without --out the results document goes to standard output.
  --out-ranks <file>      ranks.csv (wide, like scores.csv, with ranks: 1 = best).
  --title <text>          A title recorded in the results.
  Reading CSV: --delimiter <,|;|tab>  --decimal <.|,>  --thousands <.|,|space>
               Numbers are never guessed: "1,5" is an error unless --decimal , is given.
  --encoding <utf-8|latin1|windows-1252>  Encoding of input text files (any command); default
               strict UTF-8: invalid bytes are an error naming the byte offset, UTF-16 is named.

Files (every command): each output is written to a temporary file in the same folder, flushed
and renamed into place, so a full disk or an error leaves the old file intact. Every output path
is checked before anything is read: an output that is an input, a symbolic link, a folder, or in a
missing or read-only folder is refused. File errors have codes io/not-found, io/permission-denied,
io/is-directory, io/not-a-directory, io/disk-full, io/exists, io/same-as-input, io/symlink,
io/encoding (exit code 1).

takar publish            Writes a self-contained folder to put online: the results document, CSV
                         downloads, a copy of the element bundle, index.html with every element
                         live, embed snippets (script tag per element) and an iframe page.
  --results <file>        The results document (from takar score --out results.json).
  --out <dir>             The folder to write: built in a temporary folder beside it and swapped in
                          at the end, so a failed publish changes nothing. An existing folder must
                          be empty or an earlier publish (it is replaced as a whole).
  --cdn <url>             Base URL of a hosted bundle (the folder holding takar.js) for the snippets.
  --bundle <dir>          Where the built bundle is (default @takar/elements/dist/cdn).
  --boundaries <file|url> Region boundaries (GeoJSON or TopoJSON) for a <takar-map>: a file is
                          checked and copied into data/, a URL is used as it is. Prints how many
                          regions have a boundary and lists those that have none.
  --boundary-key <name>   Feature property holding the region code (default code).

takar framework <id>     Prints a shipped framework (takar framework --list lists the ids).
  --format json|csv       json (default): the Takar framework; csv: the COINr-style metadata table
                          (Level, iCode, iName, Direction, Weight, Parent, Type, Target,
                          Denominator, Unit, iName_id, ScaleMin, ScaleMax, Normalise, Tag:<axis>,
                          Aggregate, Digits; Band rows with BandMin/BandMax, Axis and AxisTag rows)
                          that --framework reads back, to start your own from.
  --out <file>            Write to a file instead of standard output.
  --list                  List the shipped frameworks with their labels.

takar impact             Positively-affected citizens (masyarakat terdampak positif).
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
  --household-size <n>    Persons per household, to count household programmes as persons.
  --overlap none|nested|independent  Overlap assumption for programme totals.
  --deff <x>  --confidence <p>  Survey design effect (default the deff column, else 1) and
                          interval confidence (default 0.95).
  --year <n>              Only this year's programmes.
  --out <file.csv|json>   CSV: grouping columns, affected, method, low, high (for ranges and
                          estimates), then population and coverage. Default: a table on stdout.
  --out-records <file.csv>  Also write the records with pseudonymous keys (exact/hll only).
  --progress              Progress on stderr even when it is not a terminal.

Analysis commands take the options of takar score (--framework, --data/--example, --config,
--year, --impute, --treat, --normalise, --aggregate, --weights, …), print a readable table, and
write --out <file.json> (everything) or --out <file.csv> (a flat table). --progress shows
progress on stderr for long runs even when it is not a terminal.

takar compare            One unit against its peers, units side by side, or peer-group summaries.
  --unit <code>           Profile: score, rank, band and peer comparison at every node, with
                          strengths and weaknesses (--node <code> whose children, --count <n>).
  --peers <column>        Peer group: a unit group column (province, type, populationClass, …);
                          alone: summaries (median, quartiles) per group (--node for the terminal).
  --units <a,b,c>         Units side by side (with --unit, it comes first).
  --all                   Show indicators too in the terminal table.

takar trend              Scores and ranks over the years; movers; units that appeared or left.
  --years <2020-2024>     Score each year of the data (a range or a list 2020,2022).
  --results <file.json>   Results documents instead (repeat, or comma-separate).
  --node <code>  --count <n>  --top <n>  Node of movers; movers listed; units shown.

takar awards             The winner of each category, with ties, runner-up, margin and why.
  --categories <a,b,…>    Nodes to award (default the index's children).
  --one-per-unit          At most one award per unit (maximising the total margin).
  --min-coverage <share>  Minimum data coverage (0–1) of the category for a winner.
  --eligible <col>=<v>    Only units of a group (several values: type=kota|kabupaten).

takar uncertainty        Monte Carlo over alternatives; rank intervals per unit.
  --runs <n>  --seed <s>  Replications (default 1000) and seed (default 1, at most 2^53 - 1): same
                          seed, same output.
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

takar sensitivity        First- and total-order sensitivity indices (Saltelli, Jansen).
  The alternatives of takar uncertainty, and --samples <N> (default 200; N × (k + 2) runs),
  --seed <s>, --bootstrap <n> (default 500).

takar audit              Indicator statistics and flags, correlation flags, Cronbach's alpha,
                         effective weights, rank change when an element is removed.
  --redundant <r>         Flag sibling correlations above r (default 0.9).
  --no-removal            Skip the removal test (faster).
  --out <file.csv>        The per-indicator statistics; .json for the whole report.

takar whatif             Rescore with a changed value, or find the change that reaches a target.
  --unit <code> --indicator <code>  The unit and the indicator to change.
  --set <value>           Rescore with this raw value (NA: missing) and list who moves.
  --target-rank <r>       The smallest change that brings the unit to rank r (or better).
  --target-band <code>    The smallest change that brings the unit to this band (or higher).
  --node <code>           Node whose rank or band counts (default the index).

Errors are printed as "error <code> at <path>: <message>", one per line; the exit code is 1 for
bad input, 2 for a bad command line.

Examples
  takar score --framework meta.csv --data data.csv --out results.json
  takar score --framework meta.csv --data data.csv --denominate --impute group-mean:EurAsia_group \\
      --treat default --normalise minmax:0,100 --out scores.csv --out-ranks ranks.csv
  takar score --framework f.json --data data.csv --decimal , --thousands . --until impute --out imputed.csv
  takar score --framework spbe-2020 --data spbe-2020-2024.csv --year 2024 --out results.json
  takar framework smart-city --format csv > smart-city.csv
  TAKAR_SALT=… takar impact --records records.csv --by region,province,national --out affected.csv
  takar compare --framework smart-city --example --unit 15.71 --peers province
  takar uncertainty --framework spbe-2020 --example --runs 1000 --seed 1 --weight-noise 2=0.25 \
      --alt-aggregate amean,gmean --threads 2 --out ranks.csv
`;
