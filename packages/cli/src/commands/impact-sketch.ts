/*
 * takar impact sketch: one agency's beneficiaries → one postgresql-hll sketch per group.
 *
 *   --records <file.csv> ─ stream ─ NIK check / HMAC (shared key) ─ first 8 bytes ─ PgHll per group
 *     ─► --out x.sketch.json (sketch document) | --format postgres --out x.csv (group,sketch)
 */
import { say } from '../locale/say.js';
import {
  PgHll,
  TakarError,
  defaultProvinceOf,
  federatedHasher,
  groupingLabel,
  issue,
  keyBits,
  keyCheck,
  looksLikeNik,
  parseGroupings,
  sketchCsv,
  sketchDocument,
  type GroupSketch,
  type Grouping,
  type TakarIssue,
} from '@takar/core';
import { parseArgs } from '../args.js';
import { pathIn, type CliIo } from '../io.js';
import { streamCsv } from '../load/stream-csv.js';
import { progressBar } from '../progress.js';
import { csvOptions, optional, required } from './shared-flags.js';
import { SKETCH_PARAM_FLAGS, sketchParams } from './sketch-flags.js';
import { readSharedKey } from './shared-key.js';
import { readPopulation } from '../load/read-population.js';
import { regionMatcher, unmatchedRegions } from '../load/impact-rows.js';

const VALUED = [
  'records',
  'by',
  'salt',
  'source',
  'format',
  'out',
  'delimiter',
  ...SKETCH_PARAM_FLAGS,
];
const SWITCHES = ['already-hashed', 'progress', 'help'];
const HEX64 = /^[0-9a-fA-F]{64}$/;

/**
 * `takar impact sketch`: sketches an agency's keyed records per group without keeping any key.
 *
 * @example
 * ```ts
 * await impactSketchCommand(['--records', 'dinsos.csv', '--by', 'region', '--out', 'dinsos.sketch.json'], io);
 * ```
 */
export async function impactSketchCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, VALUED, SWITCHES);
  if (args.positional.length)
    throw new TakarError(
      issue(
        'cli/usage',
        ['argv'],
        `Unexpected argument "${args.positional[0]}"; options start with --.`,
      ),
    );
  const path = pathIn(io, required(args, 'records'));
  const format = optional(args, 'format') ?? 'takar';
  const out = optional(args, 'out');
  checkSketchOut(format, out);
  const by = parseGroupings(optional(args, 'by') ?? 'region');
  if (by.length !== 1)
    throw new TakarError(
      issue(
        'cli/usage',
        ['--by'],
        'A sketch file holds one grouping; give one, e.g. --by region (or region+year), and run again for another.',
      ),
    );
  const grouping = by[0] as Grouping;
  const params = sketchParams(args);
  const alreadyHashed = args.flags.get('already-hashed') === true;
  const key = alreadyHashed ? undefined : readSharedKey(args, io);
  const hash = key === undefined ? undefined : federatedHasher(key);
  const sketches = new Map<string, { sketch: PgHll; records: number }>();
  const bad: TakarIssue[] = [];
  let more = 0;
  const report = (i: TakarIssue) => (bad.length < 50 ? bad.push(i) : more++);
  const bar = progressBar(io, 'sketch', args.flags.get('progress') === true, () => '');
  let records = 0;
  // Regions are checked against the registry and names become codes, so every agency's sketch
  // of a region has the same group label ("Kota Bandung" and "32.73" are one region).
  const byRegion = grouping.includes('region') || grouping.includes('province');
  const match = regionMatcher(await readPopulation(io, undefined));
  const unmatched = unmatchedRegions(required(args, 'records'));
  const header = await streamCsv(
    path,
    (rec) => {
      const raw = rec.get('key')?.trim() ?? '';
      const place = ['records', rec.line];
      if (raw === '')
        return void report(
          issue(
            'impact/invalid',
            [...place, 'key'],
            `Line ${rec.line} has no key; every record needs one (rows without a NIK cannot be counted: fix them at the source).`,
          ),
        );
      let bits: readonly [number, number];
      if (hash) bits = hash(raw);
      else if (looksLikeNik(raw))
        return void report(
          issue(
            'impact/raw-identifier',
            [...place, 'key'],
            `Line ${rec.line}: the key looks like a raw 16-digit NIK; drop --already-hashed and set the shared key (TAKAR_SALT) so Takar hashes it.`,
          ),
        );
      else if (!HEX64.test(raw))
        return void report(
          issue(
            'impact/invalid',
            [...place, 'key'],
            `Line ${rec.line}: with --already-hashed a key must be the 64 hex digits of HMAC-SHA-256(shared key, NIK); this one is not, so it cannot follow the sketch's hash rule.`,
          ),
        );
      else bits = keyBits(raw);
      let region = rec.get('region')?.trim() ?? '';
      // A NIK-shaped region is left to the raw-identifier check below, which never echoes it.
      if (byRegion && region !== '' && !looksLikeNik(region)) {
        const m = match(region);
        if (!m.ok) return void unmatched.add(rec.line, region, m);
        region = m.code;
      }
      const group = groupLabel(rec, grouping, region);
      if (typeof group !== 'string')
        return void report(
          issue(
            'impact/invalid',
            [...place, group.missing],
            `Line ${rec.line} has no ${group.missing}, needed by --by ${groupingLabel(grouping)}.`,
          ),
        );
      if (looksLikeNik(group))
        return void report(
          issue(
            'impact/raw-identifier',
            [...place, grouping.join('+')],
            `Line ${rec.line}: the group looks like a raw 16-digit NIK; group by region or another field, never by a person.`,
          ),
        );
      let s = sketches.get(group);
      if (!s) sketches.set(group, (s = { sketch: new PgHll(params), records: 0 }));
      s.sketch.addHash(bits[0], bits[1]);
      s.records++;
      records++;
    },
    {
      ...(csvOptions(args).delimiter ? { delimiter: csvOptions(args).delimiter } : {}),
      ...(io.encoding ? { encoding: io.encoding } : {}),
      shown: required(args, 'records'),
      onProgress: (done, size) => bar.update(done, size),
    },
  );
  bar.done();
  const missing = ['key', ...grouping.filter((f) => f !== 'province')].filter(
    (c) => !header.includes(c === 'province' ? 'region' : c),
  );
  if (grouping.includes('province') && !header.includes('region')) missing.push('region');
  if (missing.length)
    throw new TakarError(
      issue(
        'impact/invalid',
        ['records', 'columns'],
        `The records file has no ${missing.map((c) => `"${c}"`).join(' or ')} column; it needs key and the --by fields (region, …).`,
      ),
    );
  if (more) bad.push(issue('impact/invalid', ['records'], `…and ${more} more problems.`));
  bad.push(...unmatched.issues());
  if (bad.length) throw new TakarError(bad);
  const groups: GroupSketch[] = [...sketches].map(([group, s]) => ({
    group,
    sketch: s.sketch,
    records: s.records,
  }));
  const source = optional(args, 'source');
  const text =
    format === 'postgres'
      ? sketchCsv(groups)
      : JSON.stringify(
          sketchDocument(groups, {
            groupBy: groupingLabel(grouping),
            params,
            ...(source !== undefined ? { source } : {}),
            ...(key !== undefined ? { keyCheck: keyCheck(key) } : {}),
          }),
          null,
          2,
        ) + '\n';
  if (out === undefined) io.stdout(text);
  else await io.writeFile(pathIn(io, out), text);
  io.stderr(
    say(
      `takar: ${records} catatan menjadi ${groups.length} sketsa kelompok (${groupingLabel(grouping)}, log2m ${params.log2m}, regwidth ${params.regwidth})${out ? ` → ${out}` : ''}\n`,
      `takar: sketched ${records} records into ${groups.length} group sketches (${groupingLabel(grouping)}, log2m ${params.log2m}, regwidth ${params.regwidth})${out ? ` → ${out}` : ''}\n`,
    ),
  );
  return 0;
}

/** The group label of a record: the grouping's values joined by `|`, or `national`. */
function groupLabel(
  rec: { get: (n: string) => string | undefined },
  grouping: Grouping,
  region: string,
): string | { missing: string } {
  if (grouping.length === 0) return 'national';
  const parts: string[] = [];
  for (const f of grouping) {
    const v =
      f === 'region'
        ? region
        : f === 'province'
          ? region
            ? defaultProvinceOf(region)
            : ''
          : (rec.get(f)?.trim() ?? '');
    if (v === '') return { missing: f === 'province' ? 'region' : f };
    parts.push(v);
  }
  return parts.join('|');
}

function checkSketchOut(format: string, out: string | undefined): void {
  if (format !== 'takar' && format !== 'postgres')
    throw new TakarError(
      issue(
        'cli/usage',
        ['--format'],
        `--format must be takar (a sketch document, .json) or postgres (group,sketch CSV); got "${format}".`,
      ),
    );
  const want = format === 'postgres' ? '.csv' : '.json';
  if (out !== undefined && !out.toLowerCase().endsWith(want))
    throw new TakarError(
      issue(
        'cli/usage',
        ['--out'],
        `With --format ${format}, --out must end in ${want}; got "${out}".`,
      ),
    );
}
