// Merging two versions of one person, field by field, never overwriting silently: lists are unioned,
// an empty field takes the other's value, and two different values keep the survivor's and report the
// other's as a conflict. Used by imports (existing ← file) and by the manual merge (survivor ← other).
import type { CaveatJson, IntroPrefsJson, LinkJson, VouchJson } from '../db/schema';
import { cleanLine, nameKey, phoneKey, urlKey } from '../domain/contact/normalise';
import { MAX_TAGS } from '../shared/common-schema';
import type { Conflict } from './schema';

export interface PersonFields {
  name: string;
  emails: string[];
  phones: string[];
  company: string;
  title: string;
  location: string;
  links: LinkJson[];
  blurb: string;
  tags: string[];
  trust: number | null;
  vouchCriteria: VouchJson[];
  privateNotes: string;
  caveats: CaveatJson[];
  introPreferences: IntroPrefsJson;
  keepInTouchIdealDays: number | null;
  keepInTouchMaxDays: number | null;
}

export interface MergeResult {
  fields: PersonFields;
  /** Names of the fields whose value changed; empty when the other added nothing. */
  changed: string[];
  conflicts: Conflict[];
}

const LIMITS = {
  emails: 20,
  phones: 20,
  links: 20,
  tags: MAX_TAGS,
  vouchCriteria: 30,
  caveats: 30,
  valuedHelp: 20,
};
const NOTES_MAX = 20000;

const sameText = (a: string, b: string) => cleanLine(a).toLowerCase() === cleanLine(b).toLowerCase();

function union<T>(
  field: string,
  mine: T[],
  theirs: T[],
  key: (x: T) => string,
  max: number,
  conflicts: Conflict[],
  show: (x: T) => string = String,
): T[] {
  const out = [...mine];
  const seen = new Set(mine.map(key));
  for (const x of theirs) {
    const k = key(x);
    if (seen.has(k)) continue;
    if (out.length >= max) {
      conflicts.push({ field, existing: `${max} values (the most allowed)`, incoming: show(x) });
      continue;
    }
    seen.add(k);
    out.push(x);
  }
  return out;
}

/** Appends the paragraphs and lines of `theirs` that `mine` does not already contain. */
export function mergeNotes(mine: string, theirs: string): string {
  if (!theirs.trim()) return mine;
  const have = new Set(
    mine
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const add: string[] = [];
  for (const para of theirs.split(/\n{2,}/)) {
    if (!para.trim() || mine.includes(para.trim())) continue;
    const lines = para.split('\n').filter((l) => l.trim() && !have.has(l.trim()));
    if (lines.length) add.push(lines.join('\n'));
  }
  if (!add.length) return mine;
  return mine.trim() ? `${mine}\n\n${add.join('\n\n')}` : add.join('\n\n');
}

export function mergePerson(
  survivor: PersonFields,
  other: PersonFields,
  opts: { defaultRegion?: string } = {},
): MergeResult {
  const conflicts: Conflict[] = [];
  const f: PersonFields = structuredClone(survivor);

  const single = (field: 'name' | 'company' | 'title' | 'location' | 'blurb', same = sameText) => {
    const theirs = other[field];
    if (!theirs.trim()) return;
    if (!f[field].trim()) f[field] = theirs;
    else if (!same(f[field], theirs)) conflicts.push({ field, existing: f[field], incoming: theirs });
  };
  single('name', (a, b) => nameKey(a) === nameKey(b));
  single('company');
  single('title');
  single('location');
  single('blurb');

  f.emails = union('emails', f.emails, other.emails, (e) => e.toLowerCase(), LIMITS.emails, conflicts);
  f.phones = union(
    'phones',
    f.phones,
    other.phones,
    (p) => phoneKey(p, opts.defaultRegion) ?? p,
    LIMITS.phones,
    conflicts,
  );
  f.links = union(
    'links',
    f.links,
    other.links,
    (l) => urlKey(l.url) ?? l.url,
    LIMITS.links,
    conflicts,
    (l) => l.url,
  );
  f.tags = union('tags', f.tags, other.tags, (t) => t, LIMITS.tags, conflicts);
  f.vouchCriteria = union(
    'vouchCriteria',
    f.vouchCriteria,
    other.vouchCriteria,
    (v) => v.label.toLowerCase(),
    LIMITS.vouchCriteria,
    conflicts,
    (v) => v.label,
  ).map((v) => {
    const theirs = other.vouchCriteria.find((o) => o.label.toLowerCase() === v.label.toLowerCase());
    return theirs?.met && !v.met ? { ...v, met: true } : v;
  });
  f.caveats = union(
    'caveats',
    f.caveats,
    other.caveats,
    (c) => c.text.toLowerCase(),
    LIMITS.caveats,
    conflicts,
    (c) => c.text,
  );

  const notes = mergeNotes(f.privateNotes, other.privateNotes);
  if (notes.length <= NOTES_MAX) f.privateNotes = notes;
  else
    conflicts.push({ field: 'privateNotes', existing: '(kept)', incoming: other.privateNotes.slice(0, 200) });

  const nullable = (field: 'trust' | 'keepInTouchIdealDays' | 'keepInTouchMaxDays') => {
    const theirs = other[field];
    if (theirs === null) return;
    if (f[field] === null) f[field] = theirs;
    else if (f[field] !== theirs)
      conflicts.push({ field, existing: String(f[field]), incoming: String(theirs) });
  };
  nullable('trust');
  nullable('keepInTouchIdealDays');
  nullable('keepInTouchMaxDays');
  if (
    f.keepInTouchIdealDays !== null &&
    f.keepInTouchMaxDays !== null &&
    f.keepInTouchIdealDays > f.keepInTouchMaxDays
  ) {
    f.keepInTouchIdealDays = survivor.keepInTouchIdealDays;
    f.keepInTouchMaxDays = survivor.keepInTouchMaxDays;
  }

  const p = f.introPreferences;
  const o = other.introPreferences;
  // Caution wins: if either version says "ask first" or "do not introduce", the merged person does too.
  p.askFirst = p.askFirst || o.askFirst;
  p.doNotIntroduce = p.doNotIntroduce || o.doNotIntroduce;
  if (o.maxRequestsPerMonth !== null) {
    if (p.maxRequestsPerMonth === null) p.maxRequestsPerMonth = o.maxRequestsPerMonth;
    else if (p.maxRequestsPerMonth !== o.maxRequestsPerMonth) {
      conflicts.push({
        field: 'introPreferences.maxRequestsPerMonth',
        existing: String(p.maxRequestsPerMonth),
        incoming: String(o.maxRequestsPerMonth),
      });
    }
  }
  p.valuedHelp = union(
    'introPreferences.valuedHelp',
    p.valuedHelp,
    o.valuedHelp,
    (v) => v.toLowerCase(),
    LIMITS.valuedHelp,
    conflicts,
  );

  const changed = (Object.keys(f) as (keyof PersonFields)[]).filter(
    (k) => JSON.stringify(f[k]) !== JSON.stringify(survivor[k]),
  );
  return { fields: f, changed, conflicts };
}
