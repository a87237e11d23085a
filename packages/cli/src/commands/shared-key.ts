import { TakarError, issue } from '@takar/core';
import type { ParsedArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { optional } from './shared-flags.js';
import { say } from '../locale/say.js';

/**
 * The shared key (the salt of the keyed hash) from `--salt` or the environment variable
 * `TAKAR_SALT`; never printed. Warns when it came from the command line, which others can see.
 * Throws `impact/missing-salt` when there is none.
 */
export function readSharedKey(args: ParsedArgs, io: CliIo): string {
  const flag = optional(args, 'salt');
  if (flag !== undefined)
    io.stderr(
      say(
        'takar: catatan: kunci di baris perintah dapat dilihat pengguna lain dan tersimpan di riwayat shell; lebih baik pakai variabel lingkungan TAKAR_SALT.\n',
        'takar: note: a key on the command line can be seen by other users and kept in shell history; prefer the environment variable TAKAR_SALT.\n',
      ),
    );
  const key = flag ?? process.env['TAKAR_SALT'];
  if (!key)
    throw new TakarError(
      issue(
        'impact/missing-salt',
        ['salt'],
        'Sketching needs the shared key: set it in the environment variable TAKAR_SALT (the same key at every agency), or pass --already-hashed if the keys are already HMAC-SHA-256 hex.',
      ),
    );
  return key;
}
