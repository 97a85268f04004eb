// The exclusive lock on a PGlite data directory. PGlite is single-process: two processes on one
// directory silently lose writes, so nothing may open it without holding this lock.
//
// The lock is a directory created atomically by proper-lockfile (which also keeps its mtime fresh while
// held). Inside it, owner.json says who holds it, so others can forward to a running server, wait for a
// short command, or reclaim the lock of a process that died without releasing it.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export const LOCK_DIR_NAME = 'linchpin.lock';
/**
 * A lock whose mtime has not been refreshed for this long is abandoned (its holder hung, or lives on
 * another host). Long on purpose: PGlite runs in WebAssembly on the main thread, and creating a database
 * can block the event loop, and so the refresh, for many seconds on a busy machine. A holder on this host
 * that died is detected at once from its pid instead.
 */
const STALE_MS = 10 * 60_000;
const UPDATE_MS = 10_000;

export interface LockOwner {
  pid: number;
  host: string;
  role: 'server' | 'cli';
  /** What the holder is doing, for messages: "serve", "people add". */
  command: string;
  since: string;
  /**
   * When the holder process started, as the system tells it (see processStartTime); absent in locks
   * written by older versions, and where the system does not say. A live pid with another start time
   * is a different process that reuses the pid, so the lock is abandoned.
   */
  started?: string;
}

export interface DataDirLock {
  dataDir: string;
  owner: LockOwner;
  release(): Promise<void>;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    /** Undefined while the holder is still starting (it has not written owner.json yet). */
    readonly owner: LockOwner | undefined,
  ) {
    super(
      owner
        ? `The data directory ${dataDir} is in use by process ${owner.pid} (linchpin ${owner.command})`
        : `The data directory ${dataDir} is locked by another process`,
    );
  }
}

/** Data directories this process holds, so a second lock attempt here is refused rather than reclaimed. */
const heldHere = new Set<string>();

const lockPath = (dataDir: string) => join(dataDir, LOCK_DIR_NAME);
const ownerPath = (dataDir: string) => join(lockPath(dataDir), 'owner.json');

export async function lockDataDir(
  dataDir: string,
  who: { role: LockOwner['role']; command: string },
  opts: { onCompromised?: (err: Error) => void } = {},
): Promise<DataDirLock> {
  // Private by default: the database holds password hashes and private notes.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (let attempt = 0; ; attempt++) {
    let release: () => Promise<void>;
    let onCompromised: (err: Error) => void = () => {};
    try {
      release = await lockfile.lock(dataDir, {
        lockfilePath: lockPath(dataDir),
        realpath: false,
        stale: STALE_MS,
        update: UPDATE_MS,
        retries: 0,
        onCompromised: (err) => onCompromised(err),
      });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // ENOTEMPTY: proper-lockfile judged it stale but cannot rmdir a lock that holds owner.json.
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY') throw err;
      const owner = readLockOwner(dataDir);
      if (attempt < 3 && isAbandoned(dataDir, owner) && reclaim(dataDir, owner)) continue;
      throw new DataDirBusyError(dataDir, owner);
    }
    const owner: LockOwner = {
      pid: process.pid,
      host: hostname(),
      role: who.role,
      command: who.command,
      since: new Date().toISOString(),
      ...startedField(process.pid),
    };
    writeFileSync(ownerPath(dataDir), `${JSON.stringify(owner)}\n`, { mode: 0o600 });
    heldHere.add(dataDir);
    let released = false;
    let refresher: NodeJS.Timeout | undefined;
    // proper-lockfile gives up on a lock it could not refresh in time (a long-blocked event loop). If
    // nobody took it meanwhile it is still ours: keep it fresh by hand. Otherwise it really is lost.
    onCompromised = (err) => {
      if (released) return;
      if (sameOwner(readLockOwner(dataDir), owner)) {
        refresher = setInterval(() => touch(lockPath(dataDir)), UPDATE_MS);
        refresher.unref();
        return;
      }
      (
        opts.onCompromised ??
        ((e) => process.stderr.write(`linchpin: lost the lock on ${dataDir}: ${e.message}\n`))
      )(err);
    };
    return {
      dataDir,
      owner,
      async release() {
        if (released) return;
        released = true;
        heldHere.delete(dataDir);
        if (!sameOwner(readLockOwner(dataDir), owner)) return;
        // owner.json first: proper-lockfile removes the lock with rmdir, which needs an empty directory.
        rmSync(ownerPath(dataDir), { force: true });
        if (refresher) {
          clearInterval(refresher);
          rmSync(lockPath(dataDir), { recursive: true, force: true });
        } else {
          await release().catch(() => rmSync(lockPath(dataDir), { recursive: true, force: true }));
        }
      },
    };
  }
}

/** Who holds the lock, if anyone (undefined also while a holder is between mkdir and writing owner.json). */
export function readLockOwner(dataDir: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(ownerPath(dataDir), 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

export function isLocked(dataDir: string): boolean {
  try {
    return statSync(lockPath(dataDir)).isDirectory();
  } catch {
    return false;
  }
}

/** The holder died (same host, pid gone) or stopped refreshing the lock long ago. */
function isAbandoned(dataDir: string, owner: LockOwner | undefined): boolean {
  if (heldHere.has(dataDir)) return false;
  // A lock left by an earlier process that had this same pid (containers reuse small pids) is abandoned.
  if (owner && owner.host === hostname()) {
    if (owner.pid === process.pid || !isProcessAlive(owner.pid)) return true;
    if (isOtherProgram(owner.pid)) return true;
    if (owner.started !== undefined) {
      const now = processStartTime(owner.pid);
      if (now !== undefined && now !== owner.started) return true;
    }
  }
  try {
    return statSync(lockPath(dataDir)).mtimeMs < Date.now() - STALE_MS;
  } catch {
    return true; // released meanwhile: just try again
  }
}

function sameOwner(a: LockOwner | undefined, b: LockOwner): boolean {
  return a?.pid === b.pid && a.since === b.since && a.host === b.host;
}

function touch(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // Gone: release() or a reclaimer removed it; nothing to keep fresh.
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When process `pid` started, as an opaque text to compare: on Linux the boot id and the start time in
 * clock ticks from /proc/<pid>/stat (exact, and a pid reused after a reboot differs too); elsewhere what
 * `ps -o lstart=` prints (to the second). Undefined when neither can tell.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name in parentheses (which may hold spaces and parentheses itself):
    // the 3rd field of the line is the first here, so the 22nd (starttime) is the 20th.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    let boot = '';
    try {
      boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      // no boot id: the ticks alone
    }
    if (ticks && /^\d+$/.test(ticks)) return `linux:${boot}:${ticks}`;
  } catch {
    // not Linux, or the process is gone
  }
  if (process.platform === 'win32') return undefined;
  try {
    const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2000,
    }).trim();
    return out ? `ps:${out}` : undefined;
  } catch {
    return undefined;
  }
}

function startedField(pid: number): Pick<LockOwner, 'started'> {
  const started = processStartTime(pid);
  return started === undefined ? {} : { started };
}

/** On Linux: the pid now belongs to a program that is not Node (the holder died and the pid was reused). */
function isOtherProgram(pid: number): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline !== '' && !/node|linchpin|tsx/i.test(cmdline);
  } catch {
    return false;
  }
}

/**
 * Moves the abandoned lock aside (rename is atomic, so only one contender wins) and deletes it. If what
 * was moved turns out to be someone's fresh lock (they reclaimed first), it is put back.
 */
function reclaim(dataDir: string, judged: LockOwner | undefined): boolean {
  const aside = `${lockPath(dataDir)}.abandoned-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(lockPath(dataDir), aside);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
  let moved: LockOwner | undefined;
  try {
    moved = JSON.parse(readFileSync(join(aside, 'owner.json'), 'utf8')) as LockOwner;
  } catch {
    moved = undefined;
  }
  if (moved && (moved.pid !== judged?.pid || moved.since !== judged?.since)) {
    try {
      renameSync(aside, lockPath(dataDir));
    } catch {
      // Someone else holds it now; the moved lock's owner will notice its lock was compromised.
    }
    return false;
  }
  rmSync(aside, { recursive: true, force: true });
  return true;
}

/**
 * Takes the lock, waiting (up to timeoutMs) while `waitWhile(owner)` says the current holder will let go
 * soon, e.g. a short CLI command. Throws DataDirBusyError otherwise.
 */
export async function lockWhenFree(
  dataDir: string,
  who: { role: LockOwner['role']; command: string },
  opts: {
    timeoutMs: number;
    waitWhile: (owner: LockOwner | undefined) => boolean;
    onCompromised?: (err: Error) => void;
  },
): Promise<DataDirLock> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    try {
      return await lockDataDir(dataDir, who, { onCompromised: opts.onCompromised });
    } catch (err) {
      if (!(err instanceof DataDirBusyError) || !opts.waitWhile(err.owner) || Date.now() >= deadline)
        throw err;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}
