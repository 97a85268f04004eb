// Delivery through SMTP (nodemailer). The outbox row is turned into a message with its stored, stable
// Message-ID, so a resend after a crash is recognisably the same message.
import nodemailer from 'nodemailer';
import type { OutboxRow } from '../db/schema';

export interface MailTransport {
  readonly kind: 'smtp';
  /** Resolves with the server's response line once the server has accepted the message. */
  send(row: OutboxRow): Promise<string>;
  close(): void;
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    // A few reused connections instead of one handshake per message.
    pool: true,
    maxConnections: 4,
    maxMessages: 200,
    // Bounded waits, so a hung server cannot hold a delivery claim for long (see the claim lease).
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
    // Messages never read local files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    kind: 'smtp',
    async send(row) {
      const info = await transporter.sendMail({
        messageId: row.messageId,
        from: row.from,
        to: row.to,
        cc: row.cc,
        replyTo: row.replyTo.length ? row.replyTo : undefined,
        subject: row.subject,
        text: row.text,
        html: row.html,
        headers: row.headers,
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      return String(info.response ?? '');
    },
    close: () => transporter.close(),
  };
}

/** SMTP 5xx answers (and an envelope nobody can receive) will not get better by retrying. */
export function isPermanentFailure(err: unknown): boolean {
  const e = err as { responseCode?: number; code?: string };
  if (typeof e.responseCode === 'number') return e.responseCode >= 500 && e.responseCode < 600;
  return e.code === 'EENVELOPE';
}
