import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DataDirBusyError,
  isLocked,
  LOCK_DIR_NAME,
  lockDataDir,
  lockWhenFree,
  readLockOwner,
} from './data-dir-lock';
import { isSameMachine } from './internal-cli';

const newDir = () => mkdtempSync(join(tmpdir(), 'linchpin-lock-'));

/** A pid that certainly belongs to no running process: one that just exited. */
function deadPid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim(),
  );
}

/** Leaves a lock behind as a process that died without releasing it would. */
function abandonedLock(dir: string, owner: Record<string, unknown>): void {
  mkdirSync(join(dir, LOCK_DIR_NAME), { recursive: true });
  writeFileSync(join(dir, LOCK_DIR_NAME, 'owner.json'), JSON.stringify(owner));
}

describe('data-directory lock', () => {
  it('is exclusive, says who holds it, and is free again after release', async () => {
    const dir = newDir();
    const lock = await lockDataDir(dir, { role: 'server', command: 'serve' });
    expect(isLocked(dir)).toBe(true);
    expect(readLockOwner(dir)).toMatchObject({
      pid: process.pid,
      role: 'server',
      command: 'serve',
      host: hostname(),
    });
    const second = await lockDataDir(dir, { role: 'cli', command: 'people add' }).catch((e) => e);
    expect(second).toBeInstanceOf(DataDirBusyError);
    expect(second.owner).toMatchObject({ pid: process.pid, role: 'server' });
    expect(second.message).toBe(
      `The data directory ${dir} is in use by process ${process.pid} (linchpin serve)`,
    );

    await lock.release();
    await lock.release(); // idempotent
    expect(isLocked(dir)).toBe(false);
    const again = await lockDataDir(dir, { role: 'cli', command: 'people list' });
    await again.release();
  });

  it('reclaims at once a lock whose holder died on this machine', async () => {
    const dir = newDir();
    const pid = deadPid();
    abandonedLock(dir, {
      pid,
      host: hostname(),
      role: 'server',
      command: 'serve',
      since: '2026-01-01T00:00:00.000Z',
    });
    const lock = await lockDataDir(dir, { role: 'server', command: 'serve' });
    expect(readLockOwner(dir)?.pid).toBe(process.pid);
    await lock.release();
  });

  it('keeps a live holder’s lock, but reclaims one that has not been refreshed for a long time', async () => {
    const dir = newDir();
    // A live process on another host cannot be checked by pid: only the age of the lock counts.
    abandonedLock(dir, {
      pid: 1,
      host: 'elsewhere',
      role: 'server',
      command: 'serve',
      since: '2026-01-01T00:00:00.000Z',
    });
    await expect(lockDataDir(dir, { role: 'cli', command: 'x' })).rejects.toBeInstanceOf(DataDirBusyError);
    const old = new Date(Date.now() - 11 * 60_000);
    utimesSync(join(dir, LOCK_DIR_NAME), old, old);
    const lock = await lockDataDir(dir, { role: 'cli', command: 'x' });
    expect(readLockOwner(dir)?.pid).toBe(process.pid);
    await lock.release();
  });

  it('treats a lock left by an earlier process with this same pid as abandoned, but not its own', async () => {
    const dir = newDir();
    abandonedLock(dir, {
      pid: process.pid,
      host: hostname(),
      role: 'server',
      command: 'serve',
      since: '2020-01-01T00:00:00.000Z',
    });
    const lock = await lockDataDir(dir, { role: 'server', command: 'serve' });
    await expect(lockDataDir(dir, { role: 'server', command: 'serve' })).rejects.toBeInstanceOf(
      DataDirBusyError,
    );
    await lock.release();
  });

  it('waits for a holder that will let go soon, and not for one that will not', async () => {
    const dir = newDir();
    const held = await lockDataDir(dir, { role: 'cli', command: 'import' });
    // The holder lets go only once the waiter has found the lock taken and decided to wait: no timing.
    const seen: string[] = [];
    const lock = await lockWhenFree(
      dir,
      { role: 'server', command: 'serve' },
      {
        timeoutMs: 60_000,
        waitWhile: (o) => {
          seen.push(`busy (${o?.role})`);
          if (seen.length === 1) void held.release().then(() => seen.push('released'));
          return o?.role !== 'server';
        },
      },
    );
    seen.push('locked');
    expect(seen.slice(0, 1)).toEqual(['busy (cli)']);
    expect(seen.filter((e) => !e.startsWith('busy'))).toEqual(['released', 'locked']);
    expect(readLockOwner(dir)?.role).toBe('server');

    // A holder that will not let go (a server) is refused at the first look, however long the timeout.
    let looks = 0;
    const refused = await lockWhenFree(
      dir,
      { role: 'server', command: 'serve' },
      {
        timeoutMs: 60_000,
        waitWhile: (o) => {
          looks++;
          return o?.role !== 'server';
        },
      },
    ).catch((e) => e);
    expect(refused).toBeInstanceOf(DataDirBusyError);
    expect(looks).toBe(1);
    await lock.release();
  });

  it('writes owner.json readable by its owner only', async () => {
    const dir = newDir();
    const lock = await lockDataDir(dir, { role: 'server', command: 'serve' });
    expect(statSync(join(dir, LOCK_DIR_NAME, 'owner.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, LOCK_DIR_NAME, 'owner.json'), 'utf8')).pid).toBe(process.pid);
    await lock.release();
    expect(existsSync(join(dir, LOCK_DIR_NAME))).toBe(false);
  });
});

describe('internal CLI endpoint address check', () => {
  it('accepts loopback and same-address callers only', () => {
    expect(isSameMachine('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(isSameMachine('::1', '::1')).toBe(true);
    expect(isSameMachine('::ffff:127.0.0.1', '::ffff:127.0.0.1')).toBe(true);
    expect(isSameMachine('192.168.1.20', '192.168.1.20')).toBe(true);
    expect(isSameMachine('192.168.1.21', '192.168.1.20')).toBe(false);
    expect(isSameMachine('10.0.0.5', '0.0.0.0')).toBe(false);
    expect(isSameMachine(undefined, '127.0.0.1')).toBe(false);
  });
});
