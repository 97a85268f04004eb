// What a restore brought back, in words, for the web app and the CLI alike: the server counts rows per
// table, the connector counts people, emails and answers. A table added later shows its name in words
// until it gets words here.
const WORDS: Record<string, readonly [one: string, many: string]> = {
  people: ['person', 'people'],
  needs: ['need', 'needs'],
  offers: ['offer', 'offers'],
  interactions: ['interaction', 'interactions'],
  person_photos: ['photo', 'photos'],
  tag_cadences: ['keep-in-touch cadence for a tag', 'keep-in-touch cadences for tags'],
  import_fingerprints: ['record of what was imported', 'records of what was imported'],
  duplicate_dismissals: ['“not the same person” decision', '“not the same person” decisions'],
  introductions: ['introduction', 'introductions'],
  introduction_events: ['introduction history entry', 'introduction history entries'],
  outbox_messages: ['email', 'emails'],
  consent_log: ['consent answer', 'consent answers'],
  introduction_outcomes: ['introduction outcome', 'introduction outcomes'],
  referrals: ['referral', 'referrals'],
  intro_requests: ['introduction request', 'introduction requests'],
  suggestion_dismissals: ['dismissed suggestion', 'dismissed suggestions'],
  no_show_overrides: ['no-show correction', 'no-show corrections'],
  matching_settings: ['matching settings', 'matching settings'],
};

/** "1 need", "29 consent answers": a restored table's row count in words. */
export function restoredCount(table: string, n: number): string {
  const words = WORDS[table];
  const noun = words ? words[n === 1 ? 0 : 1] : table.replace(/_/g, ' ');
  return `${n.toLocaleString('en')} ${noun}`;
}
