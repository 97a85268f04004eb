// The server's schemas are the single source of truth for API shapes: these are their inferred types.
// Those files import only zod, and only their types are used here, so nothing from the server is bundled.
import type { z } from 'zod';
import type {
  Account,
  ApiToken as ApiTokenSchema,
  CreatedApiToken as CreatedApiTokenSchema,
  InstanceSettings as InstanceSettingsSchema,
  SessionInfo,
} from '../../../src/accounts/schema';
import type { Interaction, InteractionInput, InteractionPatch } from '../../../src/interactions/schema';
import type {
  Need,
  NeedInput,
  NeedPatch,
  Offer,
  OfferInput,
  OfferPatch,
} from '../../../src/needs-offers/schema';
import type { Person, PersonInput, PersonPatch } from '../../../src/people/schema';
import type { Problem } from '../../../src/shared/common-schema';

export type { Account, Interaction, Need, Offer, Person, Problem, SessionInfo };
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;
export type InstanceSettings = z.infer<typeof InstanceSettingsSchema>;

/** Request bodies are what the schemas accept (their input side, with defaults optional). */
export type PersonBody = z.input<typeof PersonInput>;
export type PersonPatchBody = z.input<typeof PersonPatch>;
export type NeedBody = z.input<typeof NeedInput>;
export type NeedPatchBody = z.input<typeof NeedPatch>;
export type OfferBody = z.input<typeof OfferInput>;
export type OfferPatchBody = z.input<typeof OfferPatch>;
export type InteractionBody = z.input<typeof InteractionInput>;
export type InteractionPatchBody = z.input<typeof InteractionPatch>;

export type NeedStatus = Need['status'];
export type OfferStatus = Offer['status'];
export type Urgency = Need['urgency'];
export type InteractionType = Interaction['type'];
export type Direction = Interaction['direction'];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface TagCount {
  tag: string;
  count: number;
}
