import { describe, expect, it } from 'vitest';
import { HELP, HELP_COMMANDS } from '@takar/cli';
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
  studio: ['--out', '--from', '--lang'],
};

describe('takar help', () => {
  it('documents every command and its options', async () => {
    const full = await takar('--help');
    expect(full.stdout).toBe(HELP);
    for (const [command, flags] of Object.entries(COMMANDS)) {
      const r = await takar(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`takar ${command}`);
      for (const f of flags) {
        expect(HELP, `${command} ${f}`).toContain(f);
        expect(r.stdout, `takar ${command} --help: ${f}`).toContain(f);
      }
    }
  });

  it("prints one command's help for takar <command> --help and takar help <command>", async () => {
    // A flag only one command has, for each command with its own help.
    const own: Record<string, string> = {
      score: '--out-ranks',
      stats: 'takar stats',
      publish: '--boundary-key',
      framework: '--list',
      impact: '--household-size',
      template: '--province',
      compare: '--peers',
      trend: '--years',
      awards: '--one-per-unit',
      uncertainty: '--weight-noise',
      sensitivity: '--bootstrap',
      audit: '--redundant',
      whatif: '--target-rank',
      studio: '--from',
    };
    expect(Object.keys(own).sort()).toEqual([...HELP_COMMANDS].sort());
    for (const command of HELP_COMMANDS) {
      const r = await takar(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeLessThan(HELP.length);
      expect((await takar('help', command)).stdout).toBe(r.stdout);
      expect((await takar(command, '-h')).stdout).toBe(r.stdout);
      for (const [other, flag] of Object.entries(own)) {
        if (other === command) expect(r.stdout, `${command}: ${flag}`).toContain(flag);
        else expect(r.stdout, `${command} shows ${other}'s ${flag}`).not.toContain(flag);
      }
    }
    expect((await takar('help')).stdout).toBe(HELP);
    const unknown = await takar('help', 'rank');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "rank"');
  });

  it('names the new commands when the command is unknown', async () => {
    const r = await takar('rank');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'framework, impact, compare, trend, awards, uncertainty, sensitivity, audit, whatif',
    );
  });
});
