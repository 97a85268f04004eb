// A real SMTP server in the test process (smtp-server), keeping every message it accepts, parsed with
// mailparser. It can be told to refuse the next messages, to exercise retries, or one recipient.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  raw: string;
  parsed: ParsedMail;
  envelopeTo: string[];
}

export interface TestMailServer {
  url: string;
  port: number;
  /** Every accepted message, kept before the server acknowledges it: once a send resolved, it is here. */
  received: Received[];
  /** Refuse the next `count` messages with this SMTP reply code (4xx temporary, 5xx permanent). */
  refuseNext(count: number, code: number, message?: string): void;
  /** Refuse this recipient at RCPT TO (the others of the same message are still taken); null: accept again. */
  refuseRecipient(address: string, code: number | null, message?: string): void;
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** `parse: false` keeps only the raw message (benchmarks: the server should cost next to nothing). */
export async function startMailServer(opts: { parse?: boolean } = {}): Promise<TestMailServer> {
  const received: Received[] = [];
  let refusals: { count: number; code: number; message: string } | null = null;
  const refusedRecipients = new Map<string, { code: number; message: string }>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The app's transport keeps pooled connections open; closing waits this long for them before ending
    // them (the default, 30 s, was most of every mail test's run time).
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      const refusal = refusedRecipients.get(address.address.toLowerCase());
      if (!refusal) return callback();
      const err = new Error(refusal.message) as Error & { responseCode: number };
      err.responseCode = refusal.code;
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (refusals && refusals.count > 0) {
          refusals.count--;
          const err = new Error(refusals.message) as Error & { responseCode: number };
          err.responseCode = refusals.code;
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          raw,
          parsed: opts.parse === false ? ({} as ParsedMail) : await simpleParser(raw),
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    refuseNext(count, code, message = 'try again later') {
      refusals = { count, code, message };
    },
    refuseRecipient(address, code, message = 'no such user here') {
      if (code === null) refusedRecipients.delete(address.toLowerCase());
      else refusedRecipients.set(address.toLowerCase(), { code, message });
    },
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} messages, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
