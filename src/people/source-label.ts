// Where a person came from, in words: the one place the person page, the API and the CLI take it from.
import type { PersonSourceKind } from '../db/schema/people';
import type { ImportFormatName } from '../imports/format-names';

/** What the label needs of the import that created a person. */
export interface SourceImport {
  format: string | null;
  fileName: string;
  createdAt: Date;
}

const IMPORT_NAMES: Record<ImportFormatName, string> = {
  vcard: 'vCard',
  linkedin: 'LinkedIn',
  google: 'Google Contacts',
  'google-legacy': 'Google Contacts',
  outlook: 'Outlook',
  thunderbird: 'Thunderbird',
  'linchpin-csv': 'Linchpin',
  csv: 'CSV',
};

const isFormat = (f: string | null): f is ImportFormatName => f !== null && Object.hasOwn(IMPORT_NAMES, f);

/** "From LinkedIn import (connections.csv), 6 Dec 2026" on the import's local day in `timeZone`. */
export function sourceLabel(
  kind: PersonSourceKind,
  imported: SourceImport | undefined,
  timeZone: string,
): string {
  switch (kind) {
    case 'hand':
      return 'Added by hand';
    case 'demo':
      return 'From the demo network';
    case 'request':
      return 'Asked for an introduction through your link';
    case 'import': {
      if (!imported) return 'From an import';
      const what = isFormat(imported.format) ? `${IMPORT_NAMES[imported.format]} import` : 'Import';
      const file = imported.fileName ? ` (${imported.fileName})` : '';
      return `From ${what}${file}, ${localDay(imported.createdAt, timeZone)}`;
    }
  }
}

function localDay(at: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}
