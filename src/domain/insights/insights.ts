// Every chart's figures from the rows the repository read. Pure: the API answers exactly this, the CSV is
// written from it and the web draws it, so a figure shown is the figure computed here.
import { type ConsentRow, consentBySide } from './consent';
import { type FollowUpRow, followUpsByMonth } from './follow-ups';
import { type HelpKindRow, helpKinds } from './help-kinds';
import { monthsBetween } from './months';
import { type OutcomesRow, outcomesByMonth } from './outcomes';
import { type Quality, quality } from './quality';
import { type ReferralValueRow, referralValue } from './referral-value';
import type { AskRecord, ConsentAnswerRecord, InsightRange, IntroRecord, ReferralAggregate } from './types';

export interface InsightInput {
  range: InsightRange;
  timeZone: string;
  now: Date;
  intros: readonly IntroRecord[];
  asks: readonly AskRecord[];
  answers: readonly ConsentAnswerRecord[];
  referrals: readonly ReferralAggregate[];
}

export interface Insights {
  from: string;
  to: string;
  timeZone: string;
  months: string[];
  outcomes: { rows: OutcomesRow[] };
  consent: { rows: ConsentRow[] };
  followUps: { rows: FollowUpRow[] };
  quality: Quality;
  referralValue: { currencies: string[]; rows: ReferralValueRow[] };
  helpKinds: { rows: HelpKindRow[] };
}

export function computeInsights(input: InsightInput): Insights {
  const { range, timeZone, intros } = input;
  const months = monthsBetween(range.from, range.to);
  const referralRows = referralValue(input.referrals, range);
  const currencies = [...new Set(referralRows.flatMap((r) => (r.currency ? [r.currency] : [])))].sort();
  return {
    from: range.from,
    to: range.to,
    timeZone,
    months,
    outcomes: { rows: outcomesByMonth(intros, months, range, timeZone) },
    consent: { rows: consentBySide(input.asks, input.answers, range, timeZone) },
    followUps: { rows: followUpsByMonth(intros, months, range, timeZone) },
    quality: quality(intros, months, range, timeZone, input.now),
    referralValue: { currencies, rows: referralRows },
    helpKinds: { rows: helpKinds(intros, range, timeZone) },
  };
}
