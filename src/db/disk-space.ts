// Keeps the embedded database away from a full disk. PGlite's PostgreSQL, unlike a real server, cannot
// recover when it fails to create a write-ahead-log segment: the next commit spins forever in XLogFlush
// at 100% CPU, so the process answers nothing, not even /healthz, and ignores SIGTERM (issue 8, fault 3;
// reproduced on a small tmpfs). A new WAL segment needs 16 MB at once. So while the data directory's file
// system has less than a reserve free, the session is made read-only (`default_transaction_read_only`):
// writes fail at once with SQLSTATE 25006, which callers report as "disk nearly full" (507), and reads,
// shutdown and everything already written keep working. Once space is freed, writes resume by themselves.
import { statfsSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../shared/logger';

/** Free bytes for an unprivileged writer on the file system holding `dir`. */
export type FreeSpace = (dir: string) => number;

export const freeSpace: FreeSpace = (dir) => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};

export interface DiskSpaceGuard {
  /** Whether writes are refused right now. */
  readonly low: boolean;
  /** Checks at once (the timer checks every `intervalMs`). */
  check(): Promise<void>;
  stop(): void;
}

export interface DiskSpaceOptions {
  dir: string;
  minFreeBytes: number;
  intervalMs?: number;
  measure?: FreeSpace;
  log?: Logger;
}

/** Writes resume only once this much more than the reserve is free, so the mode does not flap. */
const HYSTERESIS_BYTES = 4 * 1024 * 1024;
const MB = 1024 * 1024;

export function guardDiskSpace(pglite: PGlite, opts: DiskSpaceOptions): DiskSpaceGuard {
  const measure = opts.measure ?? freeSpace;
  let low = false;
  let running: Promise<void> | null = null;

  const setReadOnly = async (readOnly: boolean, free: number) => {
    await pglite.exec(`set default_transaction_read_only = ${readOnly ? 'on' : 'off'}`);
    low = readOnly;
    const fields = {
      freeMb: Math.floor(free / MB),
      reserveMb: Math.floor(opts.minFreeBytes / MB),
      dir: opts.dir,
    };
    if (readOnly)
      opts.log?.error(fields, 'disk nearly full: the database refuses writes until space is freed');
    else opts.log?.warn(fields, 'disk space freed: the database takes writes again');
  };

  const checkOnce = async () => {
    let free: number;
    try {
      free = measure(opts.dir);
    } catch (err) {
      opts.log?.warn({ err, dir: opts.dir }, 'could not read the free disk space');
      return;
    }
    if (!low && free < opts.minFreeBytes) await setReadOnly(true, free);
    else if (low && free >= opts.minFreeBytes + HYSTERESIS_BYTES) await setReadOnly(false, free);
  };

  const check = () => {
    running ??= checkOnce()
      .catch((err) => opts.log?.warn({ err }, 'disk space check failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(check, opts.intervalMs ?? 250);
  timer.unref();
  return {
    get low() {
      return low;
    },
    check,
    stop: () => clearInterval(timer),
  };
}
