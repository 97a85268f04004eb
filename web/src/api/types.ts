// The server's schemas are the single source of truth for API shapes: these are their inferred types.
// Those files import only zod, and only their types are used here, so nothing from the server is bundled.
import type { z } from 'zod';
import type {
  Account,
  AccountPatch,
  ApiToken as ApiTokenSchema,
  CreatedApiToken as CreatedApiTokenSchema,
  InstanceSettings as InstanceSettingsSchema,
  SessionInfo,
  SignupInput,
} from '../../../src/accounts/schema';
import type { RestoreResult } from '../../../src/backup/schema';
import type { DuplicatePair, MergeInput, MergeResult } from '../../../src/duplicates/schema';
import type { ExportFormat } from '../../../src/exports/schema';
import type {
  ColumnMapping,
  Conflict,
  ImportDetail,
  ImportFormat,
  ImportJob,
  ImportRecordReport,
  InspectResult,
  MappingField,
} from '../../../src/imports/schema';
import type { Interaction, InteractionInput, InteractionPatch } from '../../../src/interactions/schema';
import type {
  ActionVerdict,
  AgendaItem,
  AnswerInput,
  FollowUpAnswerInput,
  IntroductionActions,
  IntroductionDetail,
  IntroductionInput,
  IntroductionPatch,
  Introduction as IntroductionSchema,
  OutcomeInput,
  ProposalPreview,
} from '../../../src/introductions/schema';
import type { MailStatus, OutboxMessage } from '../../../src/mail/schema';
import type { Need, NeedInput, NeedPatch } from '../../../src/needs/schema';
import type { OfferWithPerson } from '../../../src/needs-offers-search/schema';
import type { Offer, OfferInput, OfferPatch } from '../../../src/offers/schema';
import type { Person, PersonInput, PersonPatch } from '../../../src/people/schema';
import type { Problem } from '../../../src/shared/common-schema';

export type {
  Account,
  ActionVerdict,
  AgendaItem,
  ColumnMapping,
  Conflict,
  DuplicatePair,
  ExportFormat,
  ImportDetail,
  ImportFormat,
  ImportJob,
  ImportRecordReport,
  InspectResult,
  Interaction,
  IntroductionActions,
  IntroductionDetail,
  MailStatus,
  MappingField,
  MergeResult,
  Need,
  Offer,
  OfferWithPerson,
  OutboxMessage,
  Person,
  Problem,
  ProposalPreview,
  RestoreResult,
  SessionInfo,
};
export type MergeBody = z.input<typeof MergeInput>;
export type MergeKeep = NonNullable<MergeBody['keep']>;
export type Introduction = z.infer<typeof IntroductionSchema>;
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
export type IntroductionBody = z.input<typeof IntroductionInput>;
export type IntroductionPatchBody = z.input<typeof IntroductionPatch>;
export type AnswerBody = z.input<typeof AnswerInput>;
export type FollowUpAnswerBody = z.input<typeof FollowUpAnswerInput>;
export type SignupBody = z.input<typeof SignupInput>;
export type AccountPatchBody = z.input<typeof AccountPatch>;
export type OutcomeBody = z.input<typeof OutcomeInput>;

export type IntroState = Introduction['state'];
export type IntroKind = Introduction['kind'];
export type Party = Introduction['firstParty'];
export type ConsentStatus = Introduction['consent']['a']['status'];
export type ConsentLogEntry = IntroductionDetail['consentLog'][number];
export type IntroEventEntry = IntroductionDetail['events'][number];
export type OutcomeKind = OutcomeBody['outcome'];
export type AnswerChannel = NonNullable<AnswerBody['channel']>;
export type Channel = ConsentLogEntry['channel'];
export type AgendaKind = AgendaItem['kind'];
export type OutboxStatus = OutboxMessage['status'];

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
