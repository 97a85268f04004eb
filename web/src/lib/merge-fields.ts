// Merging two people by hand: the fields where both have a different value, so the connector chooses
// which one the merged person keeps. Pure; the merge itself happens on the server.
import type { MergeKeep, Person } from '../api/types';

export type KeepField = keyof MergeKeep;

export const KEEP_FIELDS: { field: KeepField; label: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'company', label: 'Company' },
  { field: 'title', label: 'Title' },
  { field: 'location', label: 'Location' },
  { field: 'blurb', label: 'Blurb' },
  { field: 'trust', label: 'Trust' },
];

type Fields = Pick<Person, KeepField>;

const shown = (v: string | number | null) => (v === null ? '' : String(v).trim());

/** Fields both people fill in differently; elsewhere the merge fills blanks and unions lists by itself. */
export function conflictingFields(survivor: Fields, other: Fields): KeepField[] {
  return KEEP_FIELDS.map((f) => f.field).filter((f) => {
    const a = shown(survivor[f]);
    const b = shown(other[f]);
    return a !== '' && b !== '' && a !== b;
  });
}

/** The `keep` of the merge request: only the fields where the other person's value was chosen. */
export function keepBody(choices: Partial<Record<KeepField, 'survivor' | 'other'>>): MergeKeep {
  const keep: MergeKeep = {};
  for (const { field } of KEEP_FIELDS) if (choices[field] === 'other') keep[field] = 'other';
  return keep;
}

type Described = Pick<Person, 'name' | 'company' | 'title' | 'location' | 'emails' | 'phones' | 'createdAt'>;

/**
 * How to tell `p` from `other` in a sentence: the name, and when the names are the same, the first
 * detail that differs (email, company, title, location, phone, else the day each was added), so
 * "Amara Lee (amara@acme.com) is deleted" says which Amara Lee.
 */
export function distinguishingLabel(p: Described, other: Described): string {
  if (p.name.trim().toLowerCase() !== other.name.trim().toLowerCase()) {
    return p.company ? `${p.name} (${p.company})` : p.name;
  }
  const candidates: [string, string][] = [
    [p.emails[0] ?? '', other.emails[0] ?? ''],
    [p.company, other.company],
    [p.title, other.title],
    [p.location, other.location],
    [p.phones[0] ?? '', other.phones[0] ?? ''],
  ];
  const differs = candidates.find(([mine, theirs]) => mine.trim() !== '' && mine.trim() !== theirs.trim());
  if (differs) return `${p.name} (${differs[0].trim()})`;
  return `${p.name} (added ${p.createdAt.slice(0, 10)})`;
}
