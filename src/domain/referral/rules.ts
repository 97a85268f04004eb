// What makes a referral consistent, in one place: the API (create and the result of a change), the CLI and
// the introduction that closes with business done all ask these rules. Pure.
import type { ReferralFacts } from './types';

export interface ReferralProblem {
  field: keyof ReferralFacts;
  message: string;
}

/** Every reason the referral is not consistent; empty when it is. */
export function referralProblems(r: ReferralFacts): ReferralProblem[] {
  const out: ReferralProblem[] = [];
  if (r.closedValue !== null && r.status !== 'won') {
    out.push({ field: 'closedValue', message: 'is only recorded once the referral is won' });
  }
  if ((r.estimatedValue !== null || r.closedValue !== null) && r.currency === null) {
    out.push({ field: 'currency', message: 'is required with a value (an ISO 4217 code such as EUR)' });
  }
  if (r.direction === 'given' && r.toPersonId === null) {
    out.push({ field: 'toPersonId', message: 'is required for a referral given: whom the business went to' });
  }
  if (r.direction === 'received') {
    if (r.referrerId === null) {
      out.push({ field: 'referrerId', message: 'is required for a referral received: who sent it your way' });
    }
    if (r.toPersonId !== null) {
      out.push({ field: 'toPersonId', message: 'must be empty for a referral received: it came to you' });
    }
  }
  if (r.fromPersonId !== null && r.fromPersonId === r.toPersonId) {
    out.push({ field: 'toPersonId', message: 'must be someone other than fromPersonId' });
  }
  return out;
}
