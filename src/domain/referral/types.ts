// The vocabulary of the referral ledger, written once: the database columns (`src/db/schema/referrals.ts`)
// and the API schemas (`src/referrals/schema.ts`) are built from these lists. Pure data.

export const REFERRAL_DIRECTIONS = ['given', 'received'] as const;
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];

export const REFERRAL_STATUSES = ['open', 'won', 'lost'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A referral as the rules and figures read it. A person id is null where the connector is that end. */
export interface ReferralFacts {
  direction: ReferralDirection;
  referrerId: string | null;
  fromPersonId: string | null;
  toPersonId: string | null;
  status: ReferralStatus;
  estimatedValue: number | null;
  closedValue: number | null;
  currency: string | null;
  /** YYYY-MM-DD. */
  date: string;
}

/** The largest value the ledger stores (numeric(14, 2)). */
export const MAX_REFERRAL_VALUE = 999_999_999_999.99;
