// The matching API's shapes: suggestions (per need, per person, across the account), dismissals,
// drafting an introduction from a suggestion, settings and status.
import { z } from 'zod';
import { PERSON_EXCLUSIONS } from '../domain/matching/guardrails';
import { IntroState } from '../introductions/schema';
import { Id, IsoDateTime } from '../shared/common-schema';

const Score = z.number().min(0).max(1).describe('0…1: relevance × predicted mutual yes × trust × timing');
const Reasons = z
  .array(z.string())
  .describe('Plain words, each from a term that contributed to the score (best-supported first)');
const Updating = z
  .boolean()
  .describe('True while changes that touch this answer are still being embedded and scored');

/** Where the provider stands on the connector's vouch criteria: never put forward without confirming. */
const ProviderCriteria = z
  .object({
    met: z.number().int(),
    total: z.number().int(),
    unmet: z.array(z.string()),
    words: z.string().describe('"Lee: 1 of 3 of your criteria met"'),
  })
  .nullable()
  .describe(
    'Set when some of the provider’s vouch criteria are not met; drafting then needs confirmUnvouched',
  )
  .meta({ id: 'ProviderCriteria' });

const PersonRef = z
  .object({ id: Id, name: z.string(), company: z.string(), title: z.string() })
  .meta({ id: 'MatchPerson' });

const IntroductionReason = z
  .string()
  .describe(
    'What a draft introduction’s reason starts as: the need and the offer in words both people may read (the reasons hold private figures)',
  );

/** One provider for one need. */
export const NeedSuggestion = z
  .object({
    offerId: Id.nullable().describe('The offer that answers the need; null when the profile does'),
    personId: Id.describe('The provider'),
    score: Score,
    reasons: Reasons,
    person: PersonRef,
    offerText: z.string().nullable().describe('The offer’s text; null for a profile match'),
    introductionReason: IntroductionReason,
    vouchUnmet: z.boolean().describe('Some of the provider’s vouch criteria are not met (see reasons)'),
    providerCriteria: ProviderCriteria,
  })
  .meta({ id: 'NeedSuggestion' });
export type NeedSuggestion = z.infer<typeof NeedSuggestion>;

export const NeedSuggestions = z
  .object({ items: z.array(NeedSuggestion), updating: Updating })
  .meta({ id: 'NeedSuggestions' });
export type NeedSuggestions = z.infer<typeof NeedSuggestions>;

/** One suggested introduction: a seeker's need and a provider who answers it. */
export const Suggestion = z
  .object({
    needId: Id,
    offerId: Id.nullable().describe('The offer that answers the need; null when the profile does'),
    seekerId: Id,
    providerId: Id,
    score: Score,
    reasons: Reasons,
    seeker: PersonRef,
    provider: PersonRef,
    needText: z.string(),
    neededBy: z.string().nullable().describe('YYYY-MM-DD'),
    offerText: z.string().nullable().describe('The offer’s text; null for a profile match'),
    introductionReason: IntroductionReason,
    vouchUnmet: z.boolean().describe('Some of the provider’s vouch criteria are not met (see reasons)'),
    providerCriteria: ProviderCriteria,
  })
  .meta({ id: 'Suggestion' });
export type Suggestion = z.infer<typeof Suggestion>;

export const Suggestions = z
  .object({ items: z.array(Suggestion), updating: Updating })
  .meta({ id: 'Suggestions' });
export type Suggestions = z.infer<typeof Suggestions>;

/** A guardrail that leaves one of a person's lists empty whatever matches (see `guardrails.heldBack`). */
const HeldBack = z
  .object({
    exclusion: z.enum(PERSON_EXCLUSIONS),
    words: z
      .string()
      .describe('"Lee is marked “do not introduce”, so Linchpin suggests no introduction with them."'),
  })
  .nullable()
  .meta({ id: 'HeldBack' });

/** The introduction already made for a need and still going (see `guardrails.underWayFor`). */
const UnderWay = z
  .object({
    introductionId: Id,
    state: IntroState,
    personId: Id.describe('The other person of that introduction'),
    personName: z.string(),
  })
  .nullable()
  .describe(
    'An introduction for this need still going: the account-wide list leaves the need out until it ends; these could help too if it does not work out',
  )
  .meta({ id: 'UnderWay' });

export const PersonSuggestions = z
  .object({
    couldHelpThem: z
      .array(z.object({ needId: Id, needText: z.string(), underWay: UnderWay, items: z.array(Suggestion) }))
      .describe('Per open need of this person: who could help them'),
    theyCouldHelp: z
      .array(Suggestion)
      .describe('Needs of others this person answers (from offers and profile)'),
    heldBack: z
      .object({ asSeeker: HeldBack, asProvider: HeldBack })
      .describe(
        'Why a list is empty whatever matches: a guardrail on this person as seeker (couldHelpThem) or as provider (theyCouldHelp); null when none',
      ),
    updating: Updating,
  })
  .meta({ id: 'PersonSuggestions' });
export type PersonSuggestions = z.infer<typeof PersonSuggestions>;

const limit = (max: number, description: string) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(max, { error: `must be at most ${max}` })
    .optional()
    .describe(description);

export const NeedSuggestionsQuery = z.object({ limit: limit(50, 'How many providers (default 10)') });
export const SuggestionsQuery = z.object({
  limit: limit(100, 'How many suggestions (default: your suggestions per week)'),
  perNeed: limit(10, 'At most this many per need (default 1)'),
});
export const PersonSuggestionsQuery = z.object({ limit: limit(50, 'How many in each list (default 5)') });

export const SuggestionChoice = z
  .strictObject({
    needId: Id,
    providerId: Id,
    offerId: Id.nullable().default(null).describe('The offer suggested; null for a profile match'),
  })
  .meta({ id: 'SuggestionChoice' });
export type SuggestionChoice = z.output<typeof SuggestionChoice>;

export const DraftChoice = SuggestionChoice.extend({
  confirmUnvouched: z
    .boolean()
    .optional()
    .describe('Draft even though some of the provider’s vouch criteria are not met'),
}).meta({ id: 'SuggestionDraftChoice' });
export type DraftChoice = z.output<typeof DraftChoice>;

export const Dismissal = z
  .object({
    id: Id,
    needId: Id,
    providerId: Id,
    offerId: Id.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'SuggestionDismissal' });
export type Dismissal = z.infer<typeof Dismissal>;

export const MatchingStatus = z
  .object({
    pending: z.number().int().min(0).describe('Items waiting to be embedded or scored; 0 when current'),
  })
  .meta({ id: 'MatchingStatus' });
export type MatchingStatus = z.infer<typeof MatchingStatus>;

export const MatchingSettings = z
  .object({
    suggestionsPerWeek: z.number().int().min(1).max(100),
    declineCooldownDays: z.number().int().min(0).max(3650),
  })
  .meta({ id: 'MatchingSettings' });
export type MatchingSettingsBody = z.infer<typeof MatchingSettings>;

export const MatchingSettingsPatch = z
  .strictObject({
    suggestionsPerWeek: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .max(100, { error: 'must be at most 100' })
      .optional(),
    declineCooldownDays: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be at least 0' })
      .max(3650, { error: 'must be at most 3650' })
      .optional(),
  })
  .meta({ id: 'MatchingSettingsPatch' });
export type MatchingSettingsPatch = z.output<typeof MatchingSettingsPatch>;

export const NoShowOverride = z
  .object({ personId: Id, override: z.boolean() })
  .meta({ id: 'NoShowOverride' });
