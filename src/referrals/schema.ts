// The referral ledger's API shapes: a referral is exactly the contract's fields.
import { z } from 'zod';
import { MAX_REFERRAL_VALUE, REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../domain/referral/types';
import { Id, InputDate, IsoDate, PageQuery, Problem, text } from '../shared/common-schema';

export const ReferralDirection = z.enum(REFERRAL_DIRECTIONS);
export const ReferralStatus = z.enum(REFERRAL_STATUSES);

/** Codes of the currencies in use (ISO 4217), as the runtime knows them. */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => CURRENCIES.has(c), { error: 'must be an ISO 4217 currency code, such as EUR or USD' })
  .describe('ISO 4217 currency code');

export const Money = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must be at least 0' })
  .max(MAX_REFERRAL_VALUE, { error: `must be at most ${MAX_REFERRAL_VALUE}` })
  .refine((v) => Math.round(v * 100) / 100 === v, { error: 'must have at most two decimals' });

const PersonRef = (what: string) => Id.nullable().describe(what);

const editable = {
  direction: ReferralDirection.describe(
    '`given`: you (or `referrerId` for you) sent `fromPersonId` to `toPersonId`; `received`: `referrerId` sent `fromPersonId` to you',
  ),
  referrerId: PersonRef('Who made the referral; null when it was you'),
  fromPersonId: PersonRef('Whom the referral was for (the client); null when it was you'),
  toPersonId: PersonRef('Whom it went to; null when it came to you'),
  about: text(2000).describe('What it was for'),
  status: ReferralStatus,
  estimatedValue: Money.nullable(),
  closedValue: Money.nullable().describe('Only once won'),
  currency: Currency.nullable(),
  date: InputDate.describe('When it was made, YYYY-MM-DD'),
};

export const ReferralInput = z
  .strictObject({
    ...editable,
    referrerId: editable.referrerId.default(null),
    fromPersonId: editable.fromPersonId.default(null),
    toPersonId: editable.toPersonId.default(null),
    introductionId: Id.nullable().default(null).describe('The introduction it came of, if any'),
    about: editable.about.default(''),
    status: ReferralStatus.default('open'),
    estimatedValue: editable.estimatedValue.default(null),
    closedValue: editable.closedValue.default(null),
    currency: editable.currency.default(null),
    date: editable.date.optional().describe('When it was made, YYYY-MM-DD (default: today)'),
  })
  .meta({ id: 'ReferralInput' });
export type ReferralInput = z.output<typeof ReferralInput>;

export const ReferralPatch = z.strictObject(editable).partial().meta({ id: 'ReferralPatch' });
export type ReferralPatch = z.output<typeof ReferralPatch>;

export const Referral = z
  .object({
    id: Id,
    direction: ReferralDirection,
    referrerId: Id.nullable(),
    fromPersonId: Id.nullable(),
    toPersonId: Id.nullable(),
    introductionId: Id.nullable(),
    about: z.string(),
    status: ReferralStatus,
    estimatedValue: z.number().nullable(),
    closedValue: z.number().nullable(),
    currency: z.string().nullable(),
    date: IsoDate,
  })
  .meta({ id: 'Referral' });
export type Referral = z.infer<typeof Referral>;

export const PersonName = z.object({ id: Id, name: z.string() });

export const ReferralPage = z
  .object({
    items: z.array(Referral),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page; null on the last page'),
    people: z.array(PersonName).describe('The names of the people the listed referrals name'),
  })
  .meta({ id: 'ReferralPage' });
export type ReferralPage = z.infer<typeof ReferralPage>;

export const ReferralListQuery = PageQuery.extend({
  person: Id.optional().describe('Only referrals this person is in (as referrer, from or to)'),
  direction: ReferralDirection.optional(),
  status: ReferralStatus.optional(),
  from: IsoDate.optional().describe('Made on or after this date'),
  to: IsoDate.optional().describe('Made on or before this date'),
});
export type ReferralListQuery = z.output<typeof ReferralListQuery>;

const CurrencyTotal = z.object({ currency: z.string(), won: z.number(), open: z.number() });

export const PersonReferrals = z
  .object({
    sentMyWay: z.array(Referral).describe('Referrals they sent your way, newest first'),
    sentTheirWay: z.array(Referral).describe('Referrals you sent theirs, newest first'),
    sentMyWayValue: z.array(CurrencyTotal),
    sentTheirWayValue: z.array(CurrencyTotal),
    people: z.array(PersonName),
  })
  .meta({ id: 'PersonReferrals' });
export type PersonReferrals = z.infer<typeof PersonReferrals>;

const HelpEvent = z.object({
  kind: z.enum(['referral', 'introduction']),
  date: IsoDate,
  about: z.string(),
  referralId: Id.nullable(),
  introductionId: Id.nullable(),
});

export const HelpBack = z
  .object({
    days: z.number().int(),
    items: z.array(
      z.object({
        person: PersonName,
        helped: z.array(HelpEvent),
        lastHelpedOn: IsoDate,
        openNeeds: z.array(z.object({ id: Id, text: z.string() })),
      }),
    ),
  })
  .meta({ id: 'HelpBack' });
export type HelpBack = z.infer<typeof HelpBack>;

export const HelpBackQuery = z.object({
  days: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(3650, { error: 'must be at most 3650' })
    .optional()
    .describe('How far back to look, in days (default: REFERRAL_HELP_BACK_DAYS, 90)'),
});

export const ReferralConflict = Problem.extend({
  referralId: Id.describe('The referral the introduction already has'),
}).meta({ id: 'ReferralConflict' });
