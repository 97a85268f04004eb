// Carries out the effects of a transition that send email: renders each template and writes the outbox
// row (and the links' tokens) inside the transaction of the change. Templates receive narrow inputs
// built here field by field, so private notes and undisclosed caveats never reach them.
import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { DbOrTx } from '../db/client';
import type { IntroductionRow, MailAddressJson, OutboxRow, PersonRow } from '../db/schema';
import { greetingName } from '../domain/contact/greeting';
import { dateOf, expiryDueAt } from '../domain/introduction/timing';
import { type Effect, otherParty, PARTIES, type Party } from '../domain/introduction/types';
import { MONTH_NAMES } from '../domain/time/names';
import { localParts } from '../domain/time/zoned';
import { linkBase, messageIdDomain } from '../mail/links';
import { insertOutbox } from '../mail/repository';
import { renderConsentRequest, renderReminder } from '../mail/templates/consent-request';
import { renderClosingNote, renderFollowUp } from '../mail/templates/follow-up';
import { renderIntroduction } from '../mail/templates/introduction';
import { oneLine } from '../mail/templates/layout';
import type { Connector, ContactCard, ProfileCard, Recipient, RenderedMail } from '../mail/templates/types';
import { hashToken, newToken } from '../shared/secrets';
import { toDomain } from './mapping';
import { expireConsentTokens, insertToken } from './repository';

export interface MailContext {
  /** null: a preview; links are placeholders and nothing is written. */
  tx: DbOrTx | null;
  config: Config;
  now: Date;
  connector: Connector;
  /** The connector's time zone, in which dates in emails are written. */
  timeZone: string;
  row: IntroductionRow;
  people: Record<Party, PersonRow>;
}

/** A past day as a person reads it in a letter: "3 December", with the year when it is not this year's. */
export function spokenDay(at: Date, now: Date, timeZone: string): string {
  const day = localParts(at, timeZone);
  const sameYear = day.year === localParts(now, timeZone).year;
  return `${day.day} ${MONTH_NAMES[day.month - 1]}${sameYear ? '' : ` ${day.year}`}`;
}

type Purpose = 'consent' | 'follow_up' | 'opt_out';
const OPT_OUT_DAYS = 366;

/** A link for one person, one introduction and one purpose. Only its hash is stored. */
async function link(ctx: MailContext, party: Party, purpose: Purpose, messageId: string): Promise<string> {
  if (!ctx.tx) return `${linkBase(ctx.config)}/r/preview-${purpose}`;
  const token = newToken('r', 24);
  const days = purpose === 'opt_out' ? OPT_OUT_DAYS : ctx.config.introductions.tokenDays;
  await insertToken(ctx.tx, {
    accountId: ctx.row.accountId,
    introductionId: ctx.row.id,
    personId: ctx.people[party].id,
    party,
    purpose,
    tokenHash: hashToken(token),
    messageId,
    expiresAt: new Date(ctx.now.getTime() + days * 86_400_000),
    createdAt: ctx.now,
  });
  return `${linkBase(ctx.config)}/r/${token}`;
}

const recipient = (p: PersonRow): Recipient => ({
  name: p.name,
  email: p.emails[0] ?? '',
  greeting: greetingName(p.name, p.addressedAs),
});
const address = (r: Pick<Recipient, 'name' | 'email'>): MailAddressJson => ({
  name: oneLine(r.name),
  address: r.email,
});

/** How `party` is presented to the other person: the pitch and only the caveats chosen for disclosure. */
export function profileCard(
  row: IntroductionRow,
  people: Record<Party, PersonRow>,
  party: Party,
): ProfileCard {
  const p = people[party];
  return {
    name: p.name,
    title: p.title,
    company: p.company,
    paragraph: party === 'a' ? row.pitchA : row.pitchB,
    disclosedCaveats: row.disclosedCaveats.filter((c) => c.party === party).map((c) => c.text),
  };
}

function contactCard(ctx: MailContext, party: Party): ContactCard {
  const p = ctx.people[party];
  return {
    name: p.name,
    greeting: greetingName(p.name, p.addressedAs),
    email: p.emails[0] ?? '',
    phones: p.phones,
    title: p.title,
    company: p.company,
    paragraph: party === 'a' ? ctx.row.pitchA : ctx.row.pitchB,
  };
}

type Draft = {
  kind: string;
  party: Party | null;
  mail: RenderedMail;
  to: MailAddressJson[];
  cc?: MailAddressJson[];
  replyTo: MailAddressJson[];
  optOutUrl?: string;
};

/** The From display name: the connector, through Linchpin (the address is Linchpin's own). */
export const fromName = (connector: Connector) => oneLine(`${oneLine(connector.name)} (via Linchpin)`);

function outboxRow(ctx: MailContext, id: string, d: Draft) {
  const settings = ctx.config.mail;
  const headers: Record<string, string> = {};
  if (d.optOutUrl) {
    // RFC 2369 / RFC 8058: mail clients offer "unsubscribe", which here means "never introduce me".
    headers['List-Unsubscribe'] = `<${d.optOutUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    id,
    accountId: ctx.row.accountId,
    introductionId: ctx.row.id,
    recipientPersonId: d.party ? ctx.people[d.party].id : null,
    kind: d.kind,
    messageId: `<${id}@${messageIdDomain(settings.fromAddress)}>`,
    from: { name: fromName(ctx.connector), address: settings.fromAddress },
    to: d.to,
    cc: d.cc ?? [],
    replyTo: d.replyTo,
    subject: oneLine(d.mail.subject),
    text: d.mail.text,
    html: d.mail.html,
    headers,
    links: d.mail.links,
    status: settings.smtpUrl ? ('queued' as const) : ('local' as const),
    createdAt: ctx.now,
  };
}

/**
 * The last day the links of a consent request or reminder are worth using: the links' own expiry, or,
 * once a reminder has gone out, the day the introduction expires without an answer if that comes first.
 */
export function answerDeadline(ctx: Omit<MailContext, 'tx'>): string {
  const times = [ctx.now.getTime() + ctx.config.introductions.tokenDays * 86_400_000];
  const intro = toDomain(ctx.row, ctx.people.a, ctx.people.b);
  for (const party of PARTIES) {
    const due = expiryDueAt(intro.consent[party], ctx.config.introductions);
    if (due) times.push(due.getTime());
  }
  return dateOf(new Date(Math.min(...times)));
}

async function draftFor(ctx: MailContext, effect: Effect, id: string): Promise<Draft> {
  const connectorAddress = address({ name: ctx.connector.name, email: ctx.connector.email });
  const expiresOn = answerDeadline(ctx);
  switch (effect.type) {
    case 'send_consent_request':
    case 'send_reminder': {
      const party = effect.party;
      const to = recipient(ctx.people[party]);
      // A reconfirmation asks a new question: the links that carried the old yes answer it no longer.
      if (ctx.tx && effect.type === 'send_consent_request' && effect.reconfirmYesAt) {
        await expireConsentTokens(ctx.tx, ctx.row.accountId, ctx.row.id, ctx.people[party].id, ctx.now);
      }
      const respondUrl = await link(ctx, party, 'consent', id);
      const optOutUrl = await link(ctx, party, 'opt_out', id);
      const base = {
        to,
        connector: ctx.connector,
        other: profileCard(ctx.row, ctx.people, otherParty(party)),
        reason: ctx.row.reason,
        respondUrl,
        optOutUrl,
        expiresOn,
      };
      const mail =
        effect.type === 'send_reminder'
          ? renderReminder(base)
          : renderConsentRequest({
              ...base,
              position: effect.position,
              reask: effect.reask,
              personalLine: ctx.row.personalLines.request?.[party] ?? '',
              ...(effect.reconfirmYesAt
                ? { reconfirmOf: spokenDay(effect.reconfirmYesAt, ctx.now, ctx.timeZone) }
                : {}),
            });
      const kind = effect.type === 'send_reminder' ? 'reminder' : 'consent_request';
      return { kind, party, mail, to: [address(to)], replyTo: [connectorAddress], optOutUrl };
    }
    case 'send_introduction': {
      const a = contactCard(ctx, 'a');
      const b = contactCard(ctx, 'b');
      const mail = renderIntroduction({
        a,
        b,
        connector: ctx.connector,
        reason: ctx.row.reason,
        personalLine: ctx.row.personalLines.introduction ?? '',
      });
      // Each address names its person, so a resend after a refusal reaches their corrected address.
      const both = PARTIES.map((p) => ({ ...address(recipient(ctx.people[p])), personId: ctx.people[p].id }));
      // "Reply" reaches the two people who should now talk; "reply all" keeps the connector in copy.
      return { kind: 'introduction', party: null, mail, to: both, cc: [connectorAddress], replyTo: both };
    }
    case 'send_follow_up': {
      const party = effect.party;
      const to = recipient(ctx.people[party]);
      const page = await link(ctx, party, 'follow_up', id);
      const optOutUrl = await link(ctx, party, 'opt_out', id);
      const mail = renderFollowUp({
        to,
        connector: ctx.connector,
        otherName: ctx.people[otherParty(party)].name,
        answerUrls: {
          met_helpful: `${page}?answer=met_helpful`,
          met_not_fit: `${page}?answer=met_not_fit`,
          not_yet: `${page}?answer=not_yet`,
          no_contact: `${page}?answer=no_contact`,
        },
        optOutUrl,
      });
      return { kind: 'follow_up', party, mail, to: [address(to)], replyTo: [connectorAddress], optOutUrl };
    }
    case 'send_closing_note': {
      const party = effect.party;
      const to = recipient(ctx.people[party]);
      const optOutUrl = await link(ctx, party, 'opt_out', id);
      const mail = renderClosingNote({
        to,
        connector: ctx.connector,
        otherName: ctx.people[otherParty(party)].name,
        optOutUrl,
      });
      return { kind: 'closing_note', party, mail, to: [address(to)], replyTo: [connectorAddress], optOutUrl };
    }
  }
}

async function render(ctx: MailContext, effects: Effect[]) {
  const rows = [];
  for (const effect of effects) {
    const id = randomUUID();
    rows.push(outboxRow(ctx, id, await draftFor(ctx, effect, id)));
  }
  return rows;
}

/** Writes one outbox message per email effect, in the caller's transaction. */
export async function sendEffects(
  ctx: MailContext & { tx: DbOrTx },
  effects: Effect[],
): Promise<OutboxRow[]> {
  return insertOutbox(ctx.tx, await render(ctx, effects));
}

/** The messages the effects would send, rendered with placeholder links; nothing is written. */
export async function previewEffects(ctx: Omit<MailContext, 'tx'>, effects: Effect[]) {
  return render({ ...ctx, tx: null }, effects);
}
