// Delivery through SMTP (nodemailer). The outbox row is turned into a message with its stored, stable
// Message-ID, so a resend after a crash is recognisably the same message.
import nodemailer from 'nodemailer';
import type { MailAddressJson, OutboxRow } from '../db/schema';

export interface RecipientRefusal {
  address: string;
  error: string;
}

/** What the server said about each recipient: it may take the message for some and refuse others. */
export interface SendResult {
  response: string;
  accepted: string[];
  rejected: RecipientRefusal[];
}

export interface MailTransport {
  readonly kind: 'smtp';
  /** Resolves once the server has accepted the message for at least one recipient. */
  send(row: OutboxRow): Promise<SendResult>;
  close(): void;
}

const mailbox = ({ name, address }: MailAddressJson) => ({ name, address });

type SentInfo = { response?: string; accepted?: unknown[]; rejected?: unknown[]; rejectedErrors?: unknown };
const addressOf = (a: unknown): string =>
  typeof a === 'object' && a !== null && 'address' in a ? String(a.address) : String(a);

type RecipientError = { recipient?: string; response?: string; message?: string };

/** nodemailer's per-recipient errors (on a partly accepted message, or on the error when all were refused). */
export function refusalsOf(rejected: unknown, rejectedErrors: unknown): RecipientRefusal[] {
  const errors = Array.isArray(rejectedErrors) ? (rejectedErrors as RecipientError[]) : [];
  const addresses = Array.isArray(rejected) ? rejected.map(addressOf) : [];
  const byAddress = new Map(errors.map((e) => [String(e.recipient ?? ''), e]));
  for (const e of errors) if (e.recipient && !addresses.includes(e.recipient)) addresses.push(e.recipient);
  return addresses.map((address) => {
    const e = byAddress.get(address);
    return { address, error: String(e?.response ?? e?.message ?? 'refused by the server') };
  });
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
      const info: SentInfo = await transporter.sendMail({
        messageId: row.messageId,
        from: row.from,
        to: row.to.map(mailbox),
        cc: row.cc.map(mailbox),
        replyTo: row.replyTo.length ? row.replyTo.map(mailbox) : undefined,
        subject: row.subject,
        text: row.text,
        html: row.html,
        headers: row.headers,
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      return {
        response: String(info.response ?? ''),
        accepted: (info.accepted ?? []).map(addressOf),
        rejected: refusalsOf(info.rejected, info.rejectedErrors),
      };
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
