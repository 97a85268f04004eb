// What templates may see. These types are deliberately narrow: a template receives only what the recipient
// is meant to read. Private notes, trust scores and caveats that were not disclosed have no field here,
// so they cannot reach an email, however a caller is written.
import type { RequestPosition } from '../../domain/introduction/types';

export interface Connector {
  /** How the connector signs; their email when no name is known. */
  name: string;
  email: string;
}

export interface Recipient {
  name: string;
  email: string;
  /** The name the greeting uses ("Hi Bruno,"): see `greetingName`. */
  greeting: string;
}

/** The other person, as presented to someone asked for consent. */
export interface ProfileCard {
  name: string;
  title: string;
  company: string;
  /** The pitch the connector wrote (pre-filled from the blurb). */
  paragraph: string;
  /** Only the caveats the connector chose to disclose in this introduction, as disclosed. */
  disclosedCaveats: string[];
}

/** A person in the introduction email, with the contact details both sides agreed to share. */
export interface ContactCard {
  name: string;
  /** The name the greeting uses ("Ada, meet Bruno."). */
  greeting: string;
  email: string;
  phones: string[];
  title: string;
  company: string;
  paragraph: string;
}

export interface ConsentRequestMail {
  to: Recipient;
  connector: Connector;
  other: ProfileCard;
  reason: string;
  position: RequestPosition;
  /** Asked again after "not now". */
  reask: boolean;
  /** A reconfirmation of an old yes: the day it was given, as the recipient reads dates ("3 December"). */
  reconfirmOf?: string;
  /** A line the connector wrote for this person when reviewing the request; '' or absent: none. */
  personalLine?: string;
  /** The page where the answer is given; `?answer=` preselects a choice (opening it changes nothing). */
  respondUrl: string;
  optOutUrl: string;
  /** Last day the link works, YYYY-MM-DD. */
  expiresOn: string;
}

export type ReminderMail = Omit<ConsentRequestMail, 'position' | 'reask' | 'reconfirmOf' | 'personalLine'>;

export interface IntroductionMail {
  a: ContactCard;
  b: ContactCard;
  connector: Connector;
  reason: string;
  /** A line the connector wrote when reviewing the introduction before sending; '' or absent: none. */
  personalLine?: string;
}

export interface FollowUpMail {
  to: Recipient;
  connector: Connector;
  otherName: string;
  /** One link per answer; each opens a page with that answer chosen, confirmed with one more click. */
  answerUrls: Record<'met_helpful' | 'met_not_fit' | 'not_yet' | 'no_contact', string>;
  optOutUrl: string;
}

/** The neutral note when an introduction ends without happening. It names no reason. */
export interface ClosingNoteMail {
  to: Recipient;
  connector: Connector;
  otherName: string;
  optOutUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The links in the message, for the outbox view. */
  links: { label: string; url: string }[];
}
