// What the demo generator produces: people with their needs, offers and interactions, and the
// introductions between them as timelines of events.
import type { IntroEvent, IntroKind } from '../domain/introduction/types';
import type { InteractionInput } from '../interactions/schema';
import type { NeedInput } from '../needs/schema';
import type { OfferInput } from '../offers/schema';
import type { PersonInput } from '../people/schema';

export interface DemoNeed {
  input: NeedInput;
  createdAt: Date;
}
export interface DemoOffer {
  input: OfferInput;
  createdAt: Date;
}
export interface DemoPerson {
  profession: string;
  person: PersonInput;
  needs: DemoNeed[];
  offers: DemoOffer[];
  interactions: InteractionInput[];
}
/** One step of an introduction's life: what happened, when, and who made it happen. */
export interface DemoStep {
  at: Date;
  event: IntroEvent;
  /** `person`: the person's own click on an email link; `system`: a sweep (reminder, expiry, follow-up). */
  actor: 'connector' | 'person' | 'system';
  /** The email this step sends is refused by the recipient's server (the demo's one failed delivery). */
  bounces?: boolean;
}

/** An introduction between two demo people (indexes into `people`), proposed at `proposedAt`. */
export interface DemoIntroduction {
  a: number;
  b: number;
  kind: IntroKind;
  order: 'sequential' | 'parallel';
  /** Index into A's needs, for an introduction that answers one. */
  need: number | null;
  reason: string;
  proposedAt: Date;
  steps: DemoStep[];
}

export interface DemoNetwork {
  people: DemoPerson[];
  /** Introductions between these people, each a timeline of events to play through the introductions service. */
  introductions: DemoIntroduction[];
}
