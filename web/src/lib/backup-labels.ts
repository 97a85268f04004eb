// What a restore brought back, in words: the server counts rows per table, the connector counts people,
// emails and answers. A table added later shows its name in words until it gets a label here.
const TABLE_WORDS: Record<string, string> = {
  people: 'people',
  needs: 'needs',
  offers: 'offers',
  interactions: 'interactions',
  person_photos: 'photos',
  tag_cadences: 'keep-in-touch cadences for tags',
  import_fingerprints: 'records of what was imported',
  duplicate_dismissals: '“not the same person” decisions',
  introductions: 'introductions',
  introduction_events: 'introduction history entries',
  outbox_messages: 'emails',
  consent_log: 'consent answers',
  introduction_outcomes: 'introduction outcomes',
  referrals: 'referrals',
  intro_requests: 'introduction requests',
  suggestion_dismissals: 'dismissed suggestions',
  no_show_overrides: 'no-show corrections',
  matching_settings: 'matching settings',
};

export const restoredTableLabel = (table: string): string => TABLE_WORDS[table] ?? table.replace(/_/g, ' ');
