// Words and colours for the import API's enum values, keyed by the schema's own types.
import type { ImportFormat, ImportJob, ImportRecordReport } from '../api/types';

export const formatLabels: Record<ImportFormat, string> = {
  vcard: 'vCard (phone, iCloud, Outlook .vcf)',
  ldif: 'LDIF address book (Thunderbird, Evolution, Outlook Express .ldif)',
  linkedin: 'LinkedIn connections (CSV)',
  google: 'Google Contacts (CSV)',
  'google-legacy': 'Google Contacts, older format (CSV)',
  outlook: 'Outlook (CSV)',
  thunderbird: 'Thunderbird (CSV)',
  'linchpin-csv': 'Linchpin export (CSV)',
  csv: 'Other CSV, columns matched by name',
};

export const importStatusLabels: Record<ImportJob['status'], string> = {
  queued: 'Waiting to start',
  running: 'Importing',
  succeeded: 'Finished',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

export const importStatusColors: Record<ImportJob['status'], string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'pine',
  failed: 'red',
  interrupted: 'orange',
};

type Outcome = ImportRecordReport['outcome'];

export const outcomeLabels: Record<Outcome, string> = {
  created: 'Created',
  merged: 'Merged',
  skipped: 'Skipped',
  failed: 'Failed',
};

/** For a dry run, the same outcomes in the conditional. */
export const dryRunOutcomeLabels: Record<Outcome, string> = {
  created: 'Would be created',
  merged: 'Would be merged',
  skipped: 'Would be skipped',
  failed: 'Would fail',
};

export const outcomeColors: Record<Outcome, string> = {
  created: 'pine',
  merged: 'blue',
  skipped: 'gray',
  failed: 'red',
};

/** "lines 4–6", "line 4". */
export function lineRange([first, last]: [number, number]): string {
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
