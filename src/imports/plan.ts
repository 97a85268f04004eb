// Decides what each record of a batch does: skip (already imported, or the same as an earlier record),
// merge into a person (same email, phone or LinkedIn profile), or create one; and what the merge adds or
// leaves as a conflict. It reads the database but writes nothing; the index is updated as it goes so
// later records see the people earlier ones created.
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../db/client';
import { stripUnstorable } from '../domain/contact/normalise';
import type { ParsedItem } from './contact';
import { fingerprint } from './fingerprint';
import { mergePerson, type PersonFields } from './merge';
import { type IndexedPerson, PeopleIndex, type PersonKeys } from './people-index';
import * as repo from './repository';
import type { Conflict, ImportOutcome, PossibleDuplicate } from './schema';
import { type MappedContact, toPerson } from './to-person';

export interface Entry {
  seq: number;
  lines: [number, number];
  name: string;
  warnings: string[];
  errors?: string[];
  contact?: MappedContact;
  fp?: string;
}

export interface RecordOutcome {
  seq: number;
  lines: [number, number];
  outcome: ImportOutcome;
  personId: string | null;
  name: string;
  reasons: string[];
  warnings: string[];
  conflicts: Conflict[];
  possibleDuplicates: PossibleDuplicate[];
  /** Set when the record's fingerprint should be remembered (it was applied). */
  fingerprint?: string;
}

/** A person the batch creates or changes, with what it started from. */
export interface Work {
  id: string;
  isNew: boolean;
  base: PersonFields;
  fields: PersonFields;
  hasPhoto: boolean;
  newPhoto?: { mediaType: string; data: Buffer };
  knownDays: ReadonlySet<string>;
  /** Connection days this batch adds (a list: rarely more than one). */
  newDays: string[];
  createdBySeq?: number;
}

export interface SeenRecord {
  seq: number;
  personId: string;
}

export interface PlanContext {
  accountId: string;
  /** The account's people; asked for only when a record of the batch is not already imported. */
  index: () => Promise<PeopleIndex>;
  /** Fingerprints of records earlier in this file. */
  seenInFile: Map<string, SeenRecord>;
  lock: boolean;
  defaultRegion?: string;
  keepPhotos: boolean;
}

/** Report texts quote the file; keep them storable whatever the file held. */
const storable = (xs: string[]) => xs.map(stripUnstorable);

export function toEntry(
  seq: number,
  item: ParsedItem,
  opts: { keepPhotos: boolean; defaultRegion?: string },
): Entry {
  const entry = mapEntry(seq, item, opts);
  entry.name = stripUnstorable(entry.name);
  entry.warnings = storable(entry.warnings);
  if (entry.errors) entry.errors = storable(entry.errors);
  return entry;
}

function mapEntry(
  seq: number,
  item: ParsedItem,
  opts: { keepPhotos: boolean; defaultRegion?: string },
): Entry {
  if (!item.ok) return { seq, lines: item.lines, name: '', warnings: [], errors: item.errors };
  const mapped = toPerson(item.record, opts);
  if (!mapped.ok) {
    return {
      seq,
      lines: item.record.lines,
      name: mapped.name,
      warnings: item.record.warnings,
      errors: mapped.errors,
    };
  }
  const { contact } = mapped;
  return {
    seq,
    lines: item.record.lines,
    name: contact.input.name,
    warnings: contact.warnings,
    contact,
    fp: fingerprint(contact),
  };
}

export function fieldsFromInput(input: MappedContact['input']): PersonFields {
  return {
    name: input.name,
    emails: input.emails,
    phones: input.phones,
    company: input.company,
    title: input.title,
    location: input.location,
    links: input.links,
    blurb: input.blurb,
    tags: input.tags,
    trust: input.trust,
    vouchCriteria: input.vouchCriteria,
    privateNotes: input.privateNotes,
    caveats: input.caveats.map((c) => ({ id: c.id ?? randomUUID(), text: c.text })),
    introPreferences: input.introPreferences,
    keepInTouchIdealDays: input.keepInTouch.idealDays,
    keepInTouchMaxDays: input.keepInTouch.maxDays,
  };
}

export function pickFields(row: PersonFields): PersonFields {
  const { name, emails, phones, company, title, location, links, blurb, tags, trust, vouchCriteria } = row;
  const { privateNotes, caveats, introPreferences, keepInTouchIdealDays, keepInTouchMaxDays } = row;
  return {
    name,
    emails,
    phones,
    company,
    title,
    location,
    links,
    blurb,
    tags,
    trust,
    vouchCriteria,
    privateNotes,
    caveats,
    introPreferences,
    keepInTouchIdealDays,
    keepInTouchMaxDays,
  };
}

export const indexed = (id: string, f: PersonFields): IndexedPerson => ({
  id,
  name: f.name,
  company: f.company,
  emails: f.emails,
  phones: f.phones,
  links: f.links,
});

/** A new person's known connection days: none (shared, never written to). */
const NO_DAYS: ReadonlySet<string> = new Set();

const FIELD_WORDS: Record<string, string> = {
  emails: 'email addresses',
  phones: 'phone numbers',
  links: 'links',
  tags: 'tags',
  privateNotes: 'notes',
  connection: 'the LinkedIn connection date',
  photo: 'a photo',
};

export function failed(e: Entry, errors: string[]): RecordOutcome {
  return {
    seq: e.seq,
    lines: e.lines,
    outcome: 'failed',
    personId: null,
    name: e.name,
    reasons: errors,
    warnings: e.warnings,
    conflicts: [],
    possibleDuplicates: [],
  };
}

export async function planBatch(tx: DbOrTx, batch: Entry[], ctx: PlanContext) {
  const { accountId } = ctx;
  const ok = batch.filter((e) => e.contact && e.fp);
  const known = await repo.findFingerprints(
    tx,
    accountId,
    ok.map((e) => e.fp!),
  );
  // The people the batch may merge into, loaded (and locked) in one query.
  const candidates = new Set<string>();
  const pending = ok.filter((e) => !known.has(e.fp!) && !ctx.seenInFile.has(e.fp!));
  // Only records not imported before are matched against the account's people (every record that gets
  // past the skips below is one of them).
  const index = pending.length ? await ctx.index() : new PeopleIndex();
  // Each record's keys, computed once for finding candidates, matching and indexing.
  const keysOf = new Map<Entry, PersonKeys>();
  for (const e of pending) {
    const keys = index.keys(e.contact!.input);
    keysOf.set(e, keys);
    const m = index.matches(e.contact!.input, e.contact!.uid, keys.ids)[0];
    if (m) candidates.add(m.personId);
  }
  const ids = [...candidates];
  const loaded = new Map((await repo.loadPeople(tx, accountId, ids, ctx.lock)).map((r) => [r.id, r]));
  const days = await repo.connectedDays(tx, accountId, ids);
  const photos = await repo.peopleWithPhotos(tx, accountId, ids);

  const works = new Map<string, Work>();
  const seen = new Map<string, SeenRecord>();
  const outcomes: RecordOutcome[] = [];

  for (const e of batch) {
    if (!e.contact || !e.fp) {
      outcomes.push(failed(e, e.errors ?? []));
      continue;
    }
    const c = e.contact;
    const base = { seq: e.seq, lines: e.lines, name: e.name, warnings: e.warnings };
    const earlier = known.get(e.fp);
    if (earlier) {
      outcomes.push({
        ...base,
        outcome: 'skipped',
        personId: earlier,
        reasons: ['Already imported from an earlier file (same record); nothing changed'],
        conflicts: [],
        possibleDuplicates: [],
      });
      continue;
    }
    const same = ctx.seenInFile.get(e.fp) ?? seen.get(e.fp);
    if (same) {
      outcomes.push({
        ...base,
        outcome: 'skipped',
        personId: same.personId,
        reasons: [`Same as record ${same.seq} of this file`],
        conflicts: [],
        possibleDuplicates: [],
      });
      continue;
    }
    const keys = keysOf.get(e) ?? index.keys(c.input);
    const matches = index.matches(c.input, c.uid, keys.ids);
    const target = matches.find((m) => works.has(m.personId) || loaded.has(m.personId));
    const incoming = fieldsFromInput(c.input);
    let outcome: RecordOutcome;
    if (target) {
      let w = works.get(target.personId);
      if (!w) {
        const row = loaded.get(target.personId)!;
        const fields = pickFields(row);
        w = {
          id: row.id,
          isNew: false,
          base: fields,
          fields,
          hasPhoto: photos.has(row.id),
          knownDays: new Set([...days].filter((d) => d.startsWith(`${row.id}|`)).map((d) => d.slice(37))),
          newDays: [],
        };
        works.set(w.id, w);
      }
      const merged = mergePerson(w.fields, incoming, { defaultRegion: ctx.defaultRegion });
      w.fields = merged.fields;
      const changed = [...merged.changed];
      if (c.connectedOn && !w.knownDays.has(c.connectedOn) && !w.newDays.includes(c.connectedOn)) {
        w.newDays.push(c.connectedOn);
        changed.push('connection');
      }
      if (c.photo && !w.hasPhoto && !w.newPhoto) {
        w.newPhoto = c.photo;
        changed.push('photo');
      }
      index.put(indexed(w.id, w.fields));
      const who = w.createdBySeq
        ? `record ${w.createdBySeq} of this file`
        : `${w.fields.name} (already in Linchpin)`;
      outcome = {
        ...base,
        outcome: changed.length ? 'merged' : 'skipped',
        personId: w.id,
        reasons: [
          `Same person as ${who}: ${target.reason}`,
          changed.length ? `Added ${changed.map((f) => FIELD_WORDS[f] ?? f).join(', ')}` : 'Nothing new',
        ],
        conflicts: merged.conflicts,
        possibleDuplicates: matches
          .filter((m) => m.personId !== w.id)
          .map((m) => ({
            personId: m.personId,
            name: index.get(m.personId)?.name ?? '',
            reason: `also ${m.reason}`,
          })),
      };
    } else {
      const id = randomUUID();
      works.set(id, {
        id,
        isNew: true,
        base: incoming,
        fields: incoming,
        hasPhoto: false,
        knownDays: NO_DAYS,
        newDays: c.connectedOn ? [c.connectedOn] : [],
        createdBySeq: e.seq,
        ...(c.photo ? { newPhoto: c.photo } : {}),
      });
      // The new person is not in the index yet: nothing to exclude.
      const similar = index.similar(incoming.name, incoming.company, undefined, keys);
      index.put(indexed(id, incoming), keys);
      outcome = {
        ...base,
        outcome: 'created',
        personId: id,
        reasons: [],
        conflicts: [],
        possibleDuplicates: similar,
      };
    }
    outcome.fingerprint = e.fp;
    outcomes.push(outcome);
    seen.set(e.fp, { seq: e.seq, personId: outcome.personId! });
  }
  return { works, outcomes, seen };
}
