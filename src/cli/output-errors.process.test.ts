// Output the user asked for that cannot be written (a full disk, a file opened read-only) is an error to
// report in one line, in the form asked for, with a non-zero exit: never a stack trace, never exit 0.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, linchpinBin } from '../../test/cli';

const dir = mkdtempSync(join(tmpdir(), 'linchpin-output-'));

/** Runs `linchpin` with its stdout on a file opened read-only, so every write to it fails (EBADF). */
function withUnwritableStdout(args: string[]) {
  const file = join(dir, 'read-only.txt');
  writeFileSync(file, '');
  const fd = openSync(file, 'r');
  try {
    const r = spawnSync(process.execPath, [linchpinBin, ...args], {
      env: cliEnv({ LINCHPIN_DATA: join(dir, 'data') }),
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
    });
    return { code: r.status, stderr: r.stderr.replace(/^linchpin: building the server.*\n/m, '') };
  } finally {
    closeSync(fd);
  }
}

describe('output that cannot be written', () => {
  it('says so in one line and exits 1, without a stack trace', () => {
    const r = withUnwritableStdout(['--help']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: cannot write the output: EBADF: bad file descriptor, write\n');
  });

  it('with --json, says so as one JSON object on stderr', () => {
    const r = withUnwritableStdout(['--help', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        code: 'linchpin.output',
        detail: 'cannot write the output: EBADF: bad file descriptor, write',
      },
    });
  });
});
