/** The text of `takar --help`. */
export const HELP = `takar — score, rank and compare units on composite indicators

Usage:
  takar score --framework <framework.json | coinr-meta.csv> --data <data.csv | data.json | data.arrow> [options]
  takar stats --framework <…> --data <…> [--year <n>] [--denominate] [--out stats.csv]
  takar --help | takar <command> --help | takar --version

takar score options
  --framework <file>      Takar framework JSON, or a COINr indicator metadata table (.csv with
                          Level, iCode, iName, Direction, Weight, Parent, Type, Target, Denominator).
  --data <file>           CSV (long: unit,indicator,value[,year]; or wide: one row per unit, one
                          column per indicator, COINr data.csv style), JSON ({units, values} or an
                          array of rows) or Apache Arrow IPC.
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

Errors are printed as "error <code> at <path>: <message>", one per line; the exit code is 1 for
bad input, 2 for a bad command line.

Examples
  takar score --framework meta.csv --data data.csv --out results.json
  takar score --framework meta.csv --data data.csv --denominate --impute group-mean:EurAsia_group \\
      --treat default --normalise minmax:0,100 --out scores.csv --out-ranks ranks.csv
  takar score --framework f.json --data data.csv --decimal , --thousands . --until impute --out imputed.csv
`;
