// The connector's matching settings, with their defaults written once.
import type { DbOrTx } from '../db/client';
import * as repo from './repository';

export interface MatchingSettings {
  /** How many suggestions the connector wants a week: the default length of `GET /api/v1/suggestions`. */
  suggestionsPerWeek: number;
  /** A pair where someone said no is not suggested again for this many days. */
  declineCooldownDays: number;
}

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  suggestionsPerWeek: 5,
  declineCooldownDays: 180,
};

export async function settingsOf(db: DbOrTx, accountId: string): Promise<MatchingSettings> {
  const row = await repo.findSettings(db, accountId);
  return row
    ? { suggestionsPerWeek: row.suggestionsPerWeek, declineCooldownDays: row.declineCooldownDays }
    : DEFAULT_MATCHING_SETTINGS;
}
