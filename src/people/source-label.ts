// Where people came from, in words: "LinkedIn import (contacts.csv), 6 Dec 2026", "Added by hand".
import type { PersonSourceKind } from '../db/schema/people';
import { dayWords } from '../domain/time/day-words';

export interface SourceFacts {
  kind: PersonSourceKind;
  importId: string | null;
  importFileName: string | null;
  importFormat: string | null;
  importCreatedAt: Date | null;
}

const FORMAT_NAMES: Record<string, string> = {
  vcard: 'vCard',
  linkedin: 'LinkedIn',
  google: 'Google Contacts',
  'google-legacy': 'Google Contacts',
  outlook: 'Outlook',
  thunderbird: 'Thunderbird',
  'linchpin-csv': 'Linchpin',
  csv: 'CSV',
};

export function sourceLabel(s: SourceFacts, timeZone: string): string {
  switch (s.kind) {
    case 'hand':
      return 'Added by hand';
    case 'demo':
      return 'Demo network';
    case 'request':
      return 'Asked through your link';
    case 'import': {
      if (!s.importId) return 'Imported before imports were recorded';
      if (!s.importCreatedAt) return 'An import no longer on record';
      const format = (s.importFormat && FORMAT_NAMES[s.importFormat]) || 'Contacts';
      const file = s.importFileName ? ` (${s.importFileName})` : '';
      return `${format} import${file}, ${dayWords(s.importCreatedAt, timeZone)}`;
    }
  }
}

const KIND_ORDER: Record<PersonSourceKind, number> = { import: 0, hand: 1, request: 2, demo: 3 };

/** Imports first, newest first (last week's import is the one looked for), then by hand, link, demo. */
export function orderSources<T extends SourceFacts>(sources: T[]): T[] {
  return [...sources].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (b.importCreatedAt?.getTime() ?? 0) - (a.importCreatedAt?.getTime() ?? 0) ||
      (a.importId ?? '').localeCompare(b.importId ?? ''),
  );
}
