// Wakes delivery the moment an outbox message is committed: the outbox insert sends NOTIFY in its own
// transaction, so the notification arrives exactly when the message becomes visible. Works in-process
// with PGlite and across processes with PostgreSQL (a dedicated connection that reconnects).
import pg from 'pg';
import type { Database } from '../db/client';
import { OUTBOX_CHANNEL } from '../mail/repository';
import type { Logger } from '../shared/logger';

export type Unlisten = () => Promise<void>;

export interface ListenOptions {
  /** First wait before reconnecting; doubles on every failure up to maxRetryMs. */
  minRetryMs?: number;
  maxRetryMs?: number;
  /** The channel to listen on (default: the outbox's); matching wakes its refresh the same way. */
  channel?: string;
}

export async function listenForOutbox(
  database: Database,
  onWake: () => void,
  log: Logger,
  opts: ListenOptions = {},
): Promise<Unlisten> {
  const channel = opts.channel ?? OUTBOX_CHANNEL;
  if (database.kind === 'pglite') return database.pglite!.listen(channel, onWake);

  const minRetryMs = opts.minRetryMs ?? 500;
  const maxRetryMs = opts.maxRetryMs ?? 15_000;
  const config: pg.ClientConfig = database.pool!.options;
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;

  // One reconnect at a time, however many ways the old connection reports its end (a 57P01 message,
  // then the socket closing, then a failed query).
  const reconnectLater = () => {
    if (stopped || retry) return;
    const wait = Math.min(maxRetryMs, minRetryMs * 2 ** Math.min(failures, 16));
    failures++;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, wait);
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client(config);
    let lost = false;
    const onLost = (err: Error) => {
      if (lost) return;
      lost = true;
      const wasListening = client === c;
      if (wasListening) client = null;
      c.end().catch(() => {});
      if (stopped) return;
      if (wasListening) log.warn({ err }, 'outbox notification connection lost; reconnecting');
      else log.warn({ err }, 'cannot listen for outbox notifications; retrying');
      reconnectLater();
    };
    c.on('notification', () => onWake());
    c.on('error', onLost);
    c.on('end', () => onLost(new Error('Connection ended')));
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
    } catch (err) {
      onLost(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    if (stopped || lost) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    failures = 0;
    // Catch up on anything committed while we were not listening (the pass queues every due message).
    onWake();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    retry = undefined;
    await client?.end().catch(() => {});
  };
}
