// An email from Linchpin itself to the connector (their digest, a password reset): queued in the outbox
// in the caller's transaction, so it leaves exactly when the change that caused it commits.
import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { DbOrTx } from '../db/client';
import { messageIdDomain } from './links';
import { insertOutbox } from './repository';
import type { RenderedMail } from './templates/types';

export interface ConnectorAddress {
  id: string;
  name: string | null;
  email: string;
}

/** Queues `mail` to the connector of `account`; answers the outbox row's id. */
export async function queueConnectorMail(
  tx: DbOrTx,
  config: Pick<Config, 'mail'>,
  account: ConnectorAddress,
  kind: 'digest' | 'password_reset',
  mail: RenderedMail,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await insertOutbox(tx, [
    {
      id,
      accountId: account.id,
      introductionId: null,
      recipientPersonId: null,
      kind,
      messageId: `<${id}@${messageIdDomain(config.mail.fromAddress)}>`,
      from: { name: 'Linchpin', address: config.mail.fromAddress },
      to: [{ name: account.name ?? '', address: account.email }],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      links: mail.links,
      status: 'queued',
      createdAt: now,
    },
  ]);
  return id;
}
