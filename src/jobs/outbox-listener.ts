// Wakes delivery the moment an outbox message is committed: the outbox insert sends NOTIFY in its own
// transaction, so the notification arrives exactly when the message becomes visible. Works in-process
// with PGlite and across processes with PostgreSQL (a dedicated connection that reconnects).
import pg from 'pg';
import type { Database } from '../db/client';
import { OUTBOX_CHANNEL } from '../mail/repository';
import type { Logger } from '../shared/logger';

export type Unlisten = () => Promise<void>;

export async function listenForOutbox(
  database: Database,
  onWake: () => void,
  log: Logger,
): Promise<Unlisten> {
  if (database.kind === 'pglite') return database.pglite!.listen(OUTBOX_CHANNEL, onWake);

  const url = (database.pool as unknown as { options: pg.PoolConfig }).options;
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client(url);
    c.on('notification', () => onWake());
    c.on('error', (err) => {
      log.warn({ err }, 'outbox notification connection lost; reconnecting');
      c.end().catch(() => {});
      if (client === c) client = null;
      retry = setTimeout(() => void connect(), 2_000);
    });
    try {
      await c.connect();
      await c.query(`listen ${OUTBOX_CHANNEL}`);
      client = c;
      // Anything committed while we were not listening.
      onWake();
    } catch (err) {
      log.warn({ err }, 'cannot listen for outbox notifications; retrying');
      await c.end().catch(() => {});
      retry = setTimeout(() => void connect(), 5_000);
    }
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
