import { issue, type TakarErrorCode, type TakarIssue } from '@takar/core';

/** The system error codes that become `io/*` issues, with their Takar code and what to do. */
const ERRNO: Record<string, { code: TakarErrorCode; read: string; write: string }> = {
  ENOENT: {
    code: 'io/not-found',
    read: 'it does not exist (ENOENT); check the path and the folder you run takar in',
    write: 'its folder does not exist (ENOENT); create the folder first or choose another path',
  },
  EACCES: {
    code: 'io/permission-denied',
    read: 'permission denied (EACCES); check the permissions of the file and its folders',
    write: 'permission denied (EACCES); choose a folder you may write to or change its permissions',
  },
  EPERM: {
    code: 'io/permission-denied',
    read: 'operation not permitted (EPERM); check the permissions of the file',
    write: 'operation not permitted (EPERM); choose a folder you may write to',
  },
  EROFS: {
    code: 'io/permission-denied',
    read: 'the file system is read-only (EROFS)',
    write: 'the file system is read-only (EROFS); write to another disk or folder',
  },
  EISDIR: {
    code: 'io/is-directory',
    read: 'it is a folder, not a file (EISDIR); give the path of a file inside it',
    write: 'it is a folder, not a file (EISDIR); give a file name (e.g. results.json)',
  },
  ENOTDIR: {
    code: 'io/not-a-directory',
    read: 'a part of the path is a file, not a folder (ENOTDIR); check the path',
    write: 'a part of the path is a file, not a folder (ENOTDIR); check the path',
  },
  ENOSPC: {
    code: 'io/disk-full',
    read: 'the disk is full (ENOSPC)',
    write:
      'the disk is full (ENOSPC); nothing was replaced, any old file is intact. Free some space or write to another disk',
  },
  EDQUOT: {
    code: 'io/disk-full',
    read: 'the disk quota is used up (EDQUOT)',
    write:
      'the disk quota is used up (EDQUOT); nothing was replaced, any old file is intact. Free some space or write elsewhere',
  },
  EEXIST: {
    code: 'io/exists',
    read: 'it already exists (EEXIST)',
    write: 'it already exists (EEXIST); remove it or choose another path',
  },
};

/** The `code` of a Node.js system error (`ENOENT`, …), if `e` is one. */
export function errnoOf(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
}

/**
 * Turns a file-system error into a coded issue that names the path and the fix: ENOENT →
 * `io/not-found`, EACCES / EPERM / EROFS → `io/permission-denied`, EISDIR → `io/is-directory`,
 * ENOTDIR → `io/not-a-directory`, ENOSPC / EDQUOT → `io/disk-full`, EEXIST → `io/exists`;
 * anything else `io/unreadable` (reading) or `io/write-failed` (writing).
 *
 * @param e - the error thrown by `node:fs`
 * @param path - the path as the user gave it
 * @param role - what the file is for (`framework`, `--out`, …): the issue's path and the message
 * @param action - whether the file was being read or written
 * @example
 * ```ts
 * ioIssue(err, 'results.json', '--out', 'write').code; // 'io/disk-full' for ENOSPC
 * ```
 */
export function ioIssue(
  e: unknown,
  path: string,
  role: string,
  action: 'read' | 'write',
): TakarIssue {
  const errno = errnoOf(e);
  const known = errno === undefined ? undefined : ERRNO[errno];
  const what = role.startsWith('--') ? role : `the ${role} file`;
  if (known)
    return issue(known.code, [role], `Cannot ${action} ${what} "${path}": ${known[action]}.`);
  const why = errno ?? (e instanceof Error ? e.message : String(e));
  return issue(
    action === 'read' ? 'io/unreadable' : 'io/write-failed',
    [role],
    `Cannot ${action} ${what} "${path}" (${why}); check the path and permissions${action === 'write' ? '; nothing was replaced' : ''}.`,
  );
}
