// A lock whose pid now belongs to another (live, Node) process is recognised at once by the process's
// start time (issue 8, fault 11), instead of blocking start-up until the lock goes stale (10 minutes).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DataDirBusyError,
  LOCK_DIR_NAME,
  type LockOwner,
  lockDataDir,
  processStartTime,
  readLockOwner,
} from './data-dir-lock';

let other: ChildProcess;
const dirs: string[] = [];

beforeAll(async () => {
  // A live Node process that is not a Linchpin holder: the kind of process a reused pid can belong to.
  other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    other.once('spawn', resolve);
    other.once('error', reject);
  });
});
afterAll(() => {
  if (other.pid !== undefined) process.kill(other.pid);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A data directory with a fresh lock naming `owner`, as a holder on this host would leave it. */
function lockedBy(owner: Partial<LockOwner>): string {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-lock-reuse-'));
  dirs.push(dir);
  mkdirSync(join(dir, LOCK_DIR_NAME));
  const full: LockOwner = {
    pid: other.pid!,
    host: hostname(),
    role: 'server',
    command: 'serve',
    since: new Date().toISOString(),
    ...owner,
  };
  writeFileSync(join(dir, LOCK_DIR_NAME, 'owner.json'), JSON.stringify(full));
  return dir;
}

describe('process start time of a lock holder', () => {
  it('is known for a live process, stable, and differs between processes', () => {
    const mine = processStartTime(process.pid);
    expect(mine).toBeDefined();
    expect(processStartTime(process.pid)).toBe(mine);
    expect(processStartTime(other.pid!)).toBeDefined();
  });

  it('is recorded in the lock this process takes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linchpin-lock-reuse-'));
    dirs.push(dir);
    const lock = await lockDataDir(dir, { role: 'cli', command: 'test' });
    expect(readLockOwner(dir)?.started).toBe(processStartTime(process.pid));
    await lock.release();
  });
});

describe('a fresh lock naming a live pid', () => {
  it('is reclaimed at once when that pid started at another time (a reused pid)', async () => {
    const dir = lockedBy({ started: 'linux:some-earlier-boot:12345' });
    const lock = await lockDataDir(dir, { role: 'server', command: 'serve' });
    expect(readLockOwner(dir)?.pid).toBe(process.pid);
    await lock.release();
  });

  it('is respected when that pid started when the lock says (the holder is alive)', async () => {
    const dir = lockedBy({ started: processStartTime(other.pid!) });
    await expect(lockDataDir(dir, { role: 'server', command: 'serve' })).rejects.toBeInstanceOf(
      DataDirBusyError,
    );
  });

  it('is respected when the lock predates start times (written by an older version)', async () => {
    const dir = lockedBy({});
    await expect(lockDataDir(dir, { role: 'server', command: 'serve' })).rejects.toBeInstanceOf(
      DataDirBusyError,
    );
  });
});
