// Job: vacuum and analyze the embedded database every quarter hour, when anything was written since the
// last run (pg-boss itself writes every minute, so on a busy instance that is every run). PostgreSQL mode
// leaves this to autovacuum. See src/db/maintenance.ts for why.
import type { Db } from '../db/client';
import { nextTransactionId, vacuumEmbedded } from '../db/maintenance';
import type { Logger } from '../shared/logger';

export const DB_MAINTENANCE_JOB = 'db-maintenance';
export const DB_MAINTENANCE_CRON = '*/15 * * * *';

export function embeddedMaintenance(db: Db, log: Logger): () => Promise<void> {
  let lastSeen: string | undefined;
  return async () => {
    const before = await nextTransactionId(db);
    if (before === lastSeen) return;
    const started = performance.now();
    await vacuumEmbedded(db);
    // VACUUM writes nothing that assigns a transaction id; remember the id after it all the same, so a
    // quiet instance does no more work next time.
    lastSeen = await nextTransactionId(db);
    log.debug({ ms: Math.round(performance.now() - started) }, 'embedded database vacuumed and analyzed');
  };
}
