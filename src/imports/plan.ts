// Decides what each record of a batch does: skip (already imported, or the same as an earlier record),
// merge into a person (same email, phone or LinkedIn profile), or create one; and what the merge adds or
// leaves as a conflict. It reads the database but writes nothing; the index is updated as it goes so
// later records see the people earlier ones created.
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../db/client';
import type { PersonRow } from '../db/schema';
import { stripUnstorable } from '../domain/contact/normalise';
import type { ParsedItem } from './contact';
import { fingerprint } from './fingerprint';
import { mergePerson, type PersonFields } from './merge';
import { type IndexedPerson, type Match, PeopleIndex, type PersonKeys } from './people-index';
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
  /** The file marks the record as no person: why it is left out. */
  notPerson?: string;
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
  const { notPerson, lines, formattedName, orgs, warnings } = item.record;
  if (notPerson) return { seq, lines, name: formattedName || orgs[0]?.name || '', warnings, notPerson };
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

/** A record that parsed and mapped: it has a contact and a fingerprint. */
type Ready = Entry & { contact: MappedContact; fp: string };
const isReady = (e: Entry): e is Ready => e.contact !== undefined && e.fp !== undefined;

/** The people a batch may merge into, loaded (and locked) up front, with what the merge must not repeat. */
interface Targets {
  rows: Map<string, PersonRow>;
  /** Each person's LinkedIn connection days (YYYY-MM-DD) already recorded. */
  days: Map<string, ReadonlySet<string>>;
  withPhoto: ReadonlySet<string>;
}

/** What planning a batch looks up before deciding anything. */
interface Lookups {
  /** Fingerprint → the person an earlier import applied that record to. */
  importedBefore: Map<string, string>;
  index: PeopleIndex;
  /** Each record's keys, computed once for finding targets, matching and indexing. */
  keysOf: Map<Entry, PersonKeys>;
  targets: Targets;
}

/** What a record comes to before it is matched: the four ways not to apply it, or apply it. */
type Triage =
  | { kind: 'not a person'; reason: string }
  | { kind: 'failed'; errors: string[] }
  | { kind: 'imported before'; personId: string }
  | { kind: 'same as earlier record'; earlier: SeenRecord }
  | { kind: 'apply'; record: Ready };

/** The batch's plan as it is made: the people it writes, and the records it has applied. */
interface BatchState {
  ctx: PlanContext;
  index: PeopleIndex;
  targets: Targets;
  works: Map<string, Work>;
  seen: Map<string, SeenRecord>;
}

export async function planBatch(tx: DbOrTx, batch: Entry[], ctx: PlanContext) {
  const lookups = await lookUp(tx, batch.filter(isReady), ctx);
  const state: BatchState = {
    ctx,
    index: lookups.index,
    targets: lookups.targets,
    works: new Map(),
    seen: new Map(),
  };
  // In file order: a record sees the people earlier records created or changed.
  const outcomes = batch.map((e) => planRecord(e, lookups, state));
  return { works: state.works, outcomes, seen: state.seen };
}

function planRecord(e: Entry, lookups: Lookups, state: BatchState): RecordOutcome {
  const t = triage(e, lookups.importedBefore, state.ctx.seenInFile, state.seen);
  switch (t.kind) {
    case 'not a person':
      return skipped(e, null, t.reason);
    case 'failed':
      return failed(e, t.errors);
    case 'imported before':
      return skipped(e, t.personId, 'Already imported from an earlier file (same record); nothing changed');
    case 'same as earlier record':
      return skipped(e, t.earlier.personId, `Same as record ${t.earlier.seq} of this file`);
    case 'apply': {
      const outcome = apply(
        t.record,
        lookups.keysOf.get(e) ?? state.index.keys(t.record.contact.input),
        state,
      );
      state.seen.set(t.record.fp, { seq: e.seq, personId: outcome.personId });
      return outcome;
    }
  }
}

/**
 * Which records were imported before, and for the others (only they are matched against the account's
 * people) their keys and the people they may merge into.
 */
async function lookUp(tx: DbOrTx, ready: Ready[], ctx: PlanContext): Promise<Lookups> {
  const importedBefore = await repo.findFingerprints(
    tx,
    ctx.accountId,
    ready.map((e) => e.fp),
  );
  const pending = ready.filter((e) => !importedBefore.has(e.fp) && !ctx.seenInFile.has(e.fp));
  const index = pending.length ? await ctx.index() : new PeopleIndex();
  const keysOf = new Map<Entry, PersonKeys>();
  const candidates = new Set<string>();
  for (const e of pending) {
    const keys = index.keys(e.contact.input);
    keysOf.set(e, keys);
    const m = index.matches(e.contact.input, e.contact.uid, keys.ids)[0];
    if (m) candidates.add(m.personId);
  }
  const targets = await loadTargets(tx, ctx, [...candidates]);
  return { importedBefore, index, keysOf, targets };
}

/** The people the batch may merge into, loaded (and locked) in one query, with their days and photos. */
async function loadTargets(tx: DbOrTx, ctx: PlanContext, ids: string[]): Promise<Targets> {
  const rows = await repo.loadPeople(tx, ctx.accountId, ids, ctx.lock);
  return {
    rows: new Map(rows.map((r) => [r.id, r])),
    days: await repo.connectedDays(tx, ctx.accountId, ids),
    withPhoto: await repo.peopleWithPhotos(tx, ctx.accountId, ids),
  };
}

function triage(
  e: Entry,
  importedBefore: Map<string, string>,
  seenInFile: Map<string, SeenRecord>,
  seenInBatch: Map<string, SeenRecord>,
): Triage {
  if (e.notPerson) return { kind: 'not a person', reason: e.notPerson };
  if (!isReady(e)) return { kind: 'failed', errors: e.errors ?? [] };
  const personId = importedBefore.get(e.fp);
  if (personId) return { kind: 'imported before', personId };
  const earlier = seenInFile.get(e.fp) ?? seenInBatch.get(e.fp);
  if (earlier) return { kind: 'same as earlier record', earlier };
  return { kind: 'apply', record: e };
}

function skipped(e: Entry, personId: string | null, reason: string): RecordOutcome {
  return {
    seq: e.seq,
    lines: e.lines,
    name: e.name,
    warnings: e.warnings,
    outcome: 'skipped',
    personId,
    reasons: [reason],
    conflicts: [],
    possibleDuplicates: [],
  };
}

/** The outcome of a record the batch applies: it always names a person. */
type Applied = RecordOutcome & { personId: string };

/** Merges the record into the person it is identified as (one of those loaded up front), or creates one. */
function apply(e: Ready, keys: PersonKeys, state: BatchState): Applied {
  const matches = state.index.matches(e.contact.input, e.contact.uid, keys.ids);
  const target = matches.find((m) => state.works.has(m.personId) || state.targets.rows.has(m.personId));
  const outcome = target ? merge(e, target, matches, state) : create(e, keys, state);
  outcome.fingerprint = e.fp;
  return outcome;
}

/** The person as the batch has it so far: already changed by an earlier record, or as loaded. */
function workOn(personId: string, state: BatchState): Work {
  const existing = state.works.get(personId);
  if (existing) return existing;
  const row = state.targets.rows.get(personId)!;
  const fields = pickFields(row);
  const w: Work = {
    id: row.id,
    isNew: false,
    base: fields,
    fields,
    hasPhoto: state.targets.withPhoto.has(row.id),
    knownDays: state.targets.days.get(row.id) ?? NO_DAYS,
    newDays: [],
  };
  state.works.set(w.id, w);
  return w;
}

/** Merges the record into the person; one that adds nothing new is the third kind of skip. */
function merge(e: Ready, target: Match, matches: Match[], state: BatchState): Applied {
  const c = e.contact;
  const w = workOn(target.personId, state);
  const incoming = fieldsFromInput(c.input);
  if (c.nameGuessed) {
    // A name guessed from an email address says nothing new about a person already known.
    incoming.name = '';
    incoming.privateNotes = incoming.privateNotes
      .split('\n\n')
      .filter((part) => part !== c.nameGuessed)
      .join('\n\n');
  }
  const merged = mergePerson(w.fields, incoming, { defaultRegion: state.ctx.defaultRegion });
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
  state.index.put(indexed(w.id, w.fields));
  const who = w.createdBySeq
    ? `record ${w.createdBySeq} of this file`
    : `${w.fields.name} (already in Linchpin)`;
  return {
    seq: e.seq,
    lines: e.lines,
    name: e.name,
    warnings: e.warnings,
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
        name: state.index.get(m.personId)?.name ?? '',
        reason: `also ${m.reason}`,
      })),
  };
}

function create(e: Ready, keys: PersonKeys, state: BatchState): Applied {
  const c = e.contact;
  const incoming = fieldsFromInput(c.input);
  const id = randomUUID();
  state.works.set(id, {
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
  const similar = state.index.similar(incoming.name, incoming.company, undefined, keys);
  state.index.put(indexed(id, incoming), keys);
  return {
    seq: e.seq,
    lines: e.lines,
    name: e.name,
    warnings: e.warnings,
    outcome: 'created',
    personId: id,
    reasons: [],
    conflicts: [],
    possibleDuplicates: similar,
  };
}
