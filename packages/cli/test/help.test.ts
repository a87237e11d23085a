import { describe, expect, it } from 'vitest';
import { HELP } from '@takar/cli';
import { workspace } from './helpers/takar.js';

const { takar } = workspace('help');
const COMMANDS: Record<string, string[]> = {
  framework: ['--format', '--list'],
  template: ['--framework', '--out', '--province'],
  score: [
    '--missing',
    '--region-column',
    '--name-column',
    '--ignore-columns',
    '--group-columns',
    '--sheet',
    '--lang',
    '--csv-locale',
    '--full-precision',
    '--aggregate-level',
    '--min-available',
    '--screen-zeros',
    '--normalise-across',
  ],
  impact: [
    '--programmes',
    '--records',
    '--survey',
    '--salt',
    'TAKAR_SALT',
    '--already-hashed',
    '--method',
    '--by',
    '--population',
    '--household-size',
    '--overlap',
    '--out-records',
    '--progress',
    'takar impact sketch',
    'takar impact merge',
    'takar impact sql',
    '--out-overlaps',
    '--log2m',
    '--dialect postgres-hll',
  ],
  compare: ['--unit', '--peers', '--units'],
  trend: ['--years', '--results'],
  awards: ['--categories', '--one-per-unit', '--min-coverage', '--eligible'],
  uncertainty: [
    '--runs',
    '--seed',
    '--weight-noise',
    '--alt-normalise',
    '--alt-aggregate',
    '--alt-winmax',
    '--alt-impute',
    '--threads',
  ],
  sensitivity: ['--samples', '--bootstrap'],
  audit: ['--redundant', '--no-removal'],
  whatif: ['--indicator', '--set', '--target-rank', '--target-band'],
};

describe('takar help', () => {
  it('documents every command and its options', async () => {
    for (const [command, flags] of Object.entries(COMMANDS)) {
      const r = await takar(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(HELP);
      expect(HELP).toContain(`takar ${command}`);
      for (const f of flags) expect(HELP, `${command} ${f}`).toContain(f);
    }
  });

  it('names the new commands when the command is unknown', async () => {
    const r = await takar('rank');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'framework, impact, compare, trend, awards, uncertainty, sensitivity, audit, whatif',
    );
  });
});
