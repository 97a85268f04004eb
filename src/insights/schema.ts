// Insights API schemas, shared with the web app through the OpenAPI document. The figures and their
// definitions are the domain's (`src/domain/insights/`); these describe them.
import { z } from 'zod';
import {
  CONSENT_SIDES,
  HELP_DIMENSIONS,
  INSIGHT_CHARTS,
  type OutcomeCategory,
} from '../domain/insights/types';
import { InputDate } from '../shared/common-schema';

export const InsightChart = z.enum(INSIGHT_CHARTS);

export const InsightsQuery = z.object({
  from: InputDate.optional().describe(
    'First local date counted, YYYY-MM-DD (default: the first of the month eleven months ago)',
  ),
  to: InputDate.optional().describe(
    "Last local date counted, YYYY-MM-DD (default: today in the account's time zone)",
  ),
  format: z.enum(['json', 'csv']).optional().describe('json (default) or csv'),
  chart: InsightChart.optional().describe(
    'With format=csv: only this chart, with its JSON row fields as columns. Without it, every chart in one long CSV: section,row,column,value',
  ),
});
export type InsightsQuery = z.infer<typeof InsightsQuery>;

const int = z.number().int();
const fraction = z
  .number()
  .nullable()
  .describe('A share from 0 to 1 (3 places); null when nothing to divide by');
const month = z.string().describe('YYYY-MM, in the account time zone');

// Written out (and checked against the list) so every category is a required field of the document.
const OutcomeCounts = z.object({
  met_helpful: int,
  met_not_fit: int,
  business_done: int,
  not_met: int,
  no_show: int,
  declined: int,
  expired: int,
  cancelled: int,
  open: int,
} satisfies Record<OutcomeCategory, typeof int>);

const OutcomesRow = z.object({
  month,
  counts: OutcomeCounts.describe('Introductions proposed in the month, by how each stands now'),
  total: int,
});

const ConsentRow = z.object({
  side: z
    .enum(CONSENT_SIDES)
    .describe(
      'first: asked first (sequential); second: asked once the first said yes; parallel: both at once',
    ),
  asked: int.describe('People first asked in the range on this side'),
  answered: int,
  yes: int,
  consentRate: fraction.describe('yes ÷ asked'),
  medianHoursToAnswer: z.number().nullable().describe('Median hours from the request to the first answer'),
});

const FollowUpRow = z.object({
  month,
  asked: int.describe('People sent a follow-up in the month'),
  answered: int,
  responseRate: fraction,
});

const QualityCounts = z.object({
  made: int.describe('Introductions made (sent to both people)'),
  judged: int.describe('Of them, with a known result: an outcome, or a telling follow-up answer'),
  helped: int.describe(
    'Of those judged: outcome helpful or business done, or (without an outcome) a "met, helpful" answer',
  ),
  helpedShare: fraction,
});

const ReferralValueRow = z.object({
  month: z.string().describe('YYYY-MM of the referral date'),
  currency: z
    .string()
    .nullable()
    .describe('ISO 4217; null for referrals without a value. Never summed across currencies'),
  givenCount: int,
  givenWonValue: z.number().describe('Closed value of given referrals that were won'),
  givenOpenValue: z.number().describe('Estimated value of given referrals still open'),
  receivedCount: int,
  receivedWonValue: z.number(),
  receivedOpenValue: z.number(),
});

const HelpKindRow = z.object({
  dimension: z.enum(HELP_DIMENSIONS),
  category: z.string().describe('Introduction kind, or a tag of the need answered'),
  judged: int,
  helped: int,
  helpedShare: fraction,
});

export const Insights = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    months: z.array(z.string()),
    outcomes: z.object({ rows: z.array(OutcomesRow) }),
    consent: z.object({ rows: z.array(ConsentRow) }),
    followUps: z.object({ rows: z.array(FollowUpRow) }),
    quality: z.object({
      rows: z.array(QualityCounts.extend({ month })),
      period: QualityCounts,
      thisYear: QualityCounts.extend({ year: int }),
    }),
    referralValue: z.object({ currencies: z.array(z.string()), rows: z.array(ReferralValueRow) }),
    helpKinds: z.object({ rows: z.array(HelpKindRow) }),
  })
  .meta({ id: 'Insights' });
