// Applies the records of a file to an account in batches. Each batch is one transaction (people,
// interactions, photos, fingerprints, report rows and progress together), so a crash leaves no half-written
// person and running the import again skips what was done. A batch that fails is retried one record per
// transaction, so one bad record cannot take others down with it. A dry run plans the same way and writes
// only the report.
import { randomUUID } from 'node:crypto';
import type { Db, DbOrTx } from '../db/client';
import { refreshSearch } from '../people/repository';
import type { ParsedItem } from './contact';
import { fingerprint } from './fingerprint';
import { mergePerson, type PersonFields } from './merge';
import { type IndexedPerson, type Match, PeopleIndex } from './people-index';
import * as repo from './repository';
import type { Conflict, ImportCounts, ImportOutcome, PossibleDuplicate } from './schema';
import { type MappedContact, toPerson } from './to-person';

export interface PipelineOptions {
  dryRun: boolean;
  keepPhotos: boolean;
  defaultRegion?: string;
  batchSize?: number;
}

export interface PipelineContext {
  db: Db;
  accountId: string;
  importId: string;
  now: () => Date;
  /** Called after each batch is saved. */
  onProgress?: (processed: number, counts: ImportCounts) => void;
}

interface Entry {
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
}

/** A person the batch creates or changes, with what it started from. */
interface Work {
  id: string;
  isNew: boolean;
  base: PersonFields;
  fields: PersonFields;
  hasPhoto: boolean;
  newPhoto?: { mediaType: string; data: Buffer };
  knownDays: Set<string>;
  newDays: Set<string>;
  createdBySeq?: number;
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

function pickFields(row: PersonFields): PersonFields {
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

const indexed = (id: string, f: PersonFields): IndexedPerson => ({
  id,
  name: f.name,
  company: f.company,
  emails: f.emails,
  phones: f.phones,
  links: f.links,
});

const FIELD_WORDS: Record<string, string> = {
  emails: 'email addresses',
  phones: 'phone numbers',
  links: 'links',
  tags: 'tags',
  privateNotes: 'notes',
  connection: 'the LinkedIn connection date',
  photo: 'a photo',
};

export class ImportPipeline {
  readonly counts: ImportCounts = { created: 0, merged: 0, skipped: 0, failed: 0 };
  processed = 0;
  readonly #index: PeopleIndex;
  readonly #seenInFile = new Map<string, { seq: number; personId: string }>();

  constructor(
    private readonly ctx: PipelineContext,
    private readonly opts: PipelineOptions,
  ) {
    this.#index = new PeopleIndex(opts.defaultRegion);
  }

  async run(items: Iterable<ParsedItem>): Promise<void> {
    for (const row of await repo.indexRows(this.ctx.db, this.ctx.accountId)) this.#index.put(row);
    const size = this.opts.batchSize ?? 1000;
    let batch: Entry[] = [];
    let seq = 0;
    for (const item of items) {
      batch.push(this.#entry(++seq, item));
      if (batch.length >= size) {
        await this.#flush(batch);
        batch = [];
      }
    }
    if (batch.length) await this.#flush(batch);
  }

  #entry(seq: number, item: ParsedItem): Entry {
    if (!item.ok) return { seq, lines: item.lines, name: '', warnings: [], errors: item.errors };
    const mapped = toPerson(item.record, {
      keepPhotos: this.opts.keepPhotos,
      defaultRegion: this.opts.defaultRegion,
    });
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

  async #flush(batch: Entry[]): Promise<void> {
    try {
      await this.#apply(batch);
    } catch (err) {
      if (batch.length === 1) {
        await this.#saveFailure(batch[0]!, err);
        return;
      }
      for (const entry of batch) {
        try {
          await this.#apply([entry]);
        } catch (e) {
          await this.#saveFailure(entry, e);
        }
      }
    }
  }

  async #saveFailure(entry: Entry, err: unknown): Promise<void> {
    const outcome = failed(entry, [`Could not be saved: ${(err as Error).message}`]);
    await this.#finish([outcome], this.ctx.db);
    this.#afterCommit([outcome], new Map(), new Map());
  }

  async #apply(batch: Entry[]): Promise<void> {
    const { db, accountId } = this.ctx;
    const plan = async (tx: DbOrTx) => {
      if (!this.opts.dryRun) await repo.lockAccountForImport(tx, accountId);
      const result = await this.#plan(tx, batch);
      if (!this.opts.dryRun) await this.#write(tx, result.works, result.outcomes, batch);
      await this.#finish(result.outcomes, tx);
      return result;
    };
    const result = this.opts.dryRun ? await plan(db) : await db.transaction(plan);
    this.#afterCommit(result.outcomes, result.works, result.seen);
  }

  async #plan(tx: DbOrTx, batch: Entry[]) {
    const { accountId } = this.ctx;
    const region = this.opts.defaultRegion;
    const ok = batch.filter((e) => e.contact && e.fp);
    const known = await repo.findFingerprints(
      tx,
      accountId,
      ok.map((e) => e.fp!),
    );
    const firstExisting = new Set<string>();
    for (const e of ok) {
      const m = this.#index.matches(e.contact!.input, e.contact!.uid)[0];
      if (m) firstExisting.add(m.personId);
    }
    const ids = [...firstExisting];
    const rows = await repo.loadPeople(tx, accountId, ids, !this.opts.dryRun);
    const loaded = new Map(rows.map((r) => [r.id, r]));
    const days = await repo.connectedDays(tx, accountId, ids);
    const photos = await repo.peopleWithPhotos(tx, accountId, ids);

    const local = new PeopleIndex(region);
    const works = new Map<string, Work>();
    const seen = new Map<string, { seq: number; personId: string }>();
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
      const same = this.#seenInFile.get(e.fp) ?? seen.get(e.fp);
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
      const matches = dedupe([...local.matches(c.input, c.uid), ...this.#index.matches(c.input, c.uid)]);
      const target = matches.find((m) => works.has(m.personId) || loaded.has(m.personId));
      const incoming = fieldsFromInput(c.input);
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
            newDays: new Set(),
          };
          works.set(w.id, w);
        }
        const merged = mergePerson(w.fields, incoming, { defaultRegion: region });
        w.fields = merged.fields;
        const changed = [...merged.changed];
        if (c.connectedOn && !w.knownDays.has(c.connectedOn) && !w.newDays.has(c.connectedOn)) {
          w.newDays.add(c.connectedOn);
          changed.push('connection');
        }
        if (c.photo && !w.hasPhoto && !w.newPhoto) {
          w.newPhoto = c.photo;
          changed.push('photo');
        }
        local.put(indexed(w.id, w.fields));
        const who = w.createdBySeq
          ? `record ${w.createdBySeq} of this file`
          : `${w.fields.name} (already in Linchpin)`;
        const reasons = [`Same person as ${who}: ${target.reason}`];
        if (changed.length) reasons.push(`Added ${changed.map((f) => FIELD_WORDS[f] ?? f).join(', ')}`);
        else reasons.push('Nothing new');
        outcomes.push({
          ...base,
          outcome: changed.length ? 'merged' : 'skipped',
          personId: w.id,
          reasons,
          conflicts: merged.conflicts,
          possibleDuplicates: matches
            .filter((m) => m.personId !== w.id)
            .map((m) => ({
              personId: m.personId,
              name: works.get(m.personId)?.fields.name ?? this.#index.get(m.personId)?.name ?? '',
              reason: `also ${m.reason}`,
            })),
        });
      } else {
        const id = randomUUID();
        const w: Work = {
          id,
          isNew: true,
          base: incoming,
          fields: incoming,
          hasPhoto: false,
          knownDays: new Set(),
          newDays: new Set(c.connectedOn ? [c.connectedOn] : []),
          createdBySeq: e.seq,
          ...(c.photo ? { newPhoto: c.photo } : {}),
        };
        works.set(id, w);
        const similar = [
          ...local.similar(incoming.name, incoming.company, new Set([id])),
          ...this.#index.similar(incoming.name, incoming.company, new Set([id])),
        ].slice(0, 5);
        local.put(indexed(id, incoming));
        outcomes.push({
          ...base,
          outcome: 'created',
          personId: id,
          reasons: [],
          conflicts: [],
          possibleDuplicates: similar,
        });
      }
      seen.set(e.fp, { seq: e.seq, personId: outcomes.at(-1)!.personId! });
    }
    return { works, outcomes, seen };
  }

  async #write(
    tx: DbOrTx,
    works: Map<string, Work>,
    outcomes: RecordOutcome[],
    batch: Entry[],
  ): Promise<void> {
    const { accountId } = this.ctx;
    const now = this.ctx.now();
    const all = [...works.values()];
    const created = all.filter((w) => w.isNew);
    await repo.insertPeopleWithIds(
      tx,
      accountId,
      created.map((w) => ({ ...w.fields, id: w.id })),
      now,
    );
    const touched = created.map((w) => w.id);
    for (const w of all.filter((x) => !x.isNew)) {
      const changed = (Object.keys(w.fields) as (keyof PersonFields)[]).filter(
        (k) => JSON.stringify(w.fields[k]) !== JSON.stringify(w.base[k]),
      );
      if (!changed.length) continue;
      await repo.updatePersonFields(
        tx,
        accountId,
        w.id,
        Object.fromEntries(changed.map((k) => [k, w.fields[k]])),
        now,
      );
      touched.push(w.id);
    }
    await refreshSearch(tx, accountId, touched);
    await repo.insertConnections(
      tx,
      accountId,
      all.flatMap((w) => [...w.newDays].map((day) => ({ personId: w.id, day }))),
      now,
    );
    await repo.insertPhotos(
      tx,
      accountId,
      all.flatMap((w) => (w.newPhoto ? [{ personId: w.id, ...w.newPhoto }] : [])),
      now,
    );
    const fpBySeq = new Map(batch.map((e) => [e.seq, e.fp]));
    await repo.insertFingerprints(
      tx,
      outcomes
        .filter(
          (o) => o.outcome !== 'failed' && o.personId && !o.reasons[0]?.startsWith('Already imported from'),
        )
        .map((o) => ({ accountId, fingerprint: fpBySeq.get(o.seq)!, personId: o.personId!, createdAt: now })),
    );
  }

  /** Saves the report rows and the progress of the import, in the caller's transaction. */
  async #finish(outcomes: RecordOutcome[], tx: DbOrTx): Promise<void> {
    const { accountId, importId } = this.ctx;
    await repo.insertRecords(
      tx,
      outcomes.map((o) => ({
        importId,
        accountId,
        seq: o.seq,
        lineStart: o.lines[0],
        lineEnd: o.lines[1],
        outcome: o.outcome,
        // A dry run's people do not exist; its report names no ids.
        personId: this.opts.dryRun && o.outcome === 'created' ? null : o.personId,
        name: o.name,
        reasons: o.reasons,
        warnings: o.warnings,
        conflicts: o.conflicts,
        possibleDuplicates: o.possibleDuplicates,
      })),
    );
    const counts = { ...this.counts };
    for (const o of outcomes) counts[o.outcome]++;
    await repo.updateImport(tx, accountId, importId, {
      processed: this.processed + outcomes.length,
      ...counts,
      heartbeatAt: this.ctx.now(),
    });
  }

  #afterCommit(
    outcomes: RecordOutcome[],
    works: Map<string, Work>,
    seen: Map<string, { seq: number; personId: string }>,
  ): void {
    for (const w of works.values()) this.#index.put(indexed(w.id, w.fields));
    for (const [fp, seq] of seen) if (!this.#seenInFile.has(fp)) this.#seenInFile.set(fp, seq);
    for (const o of outcomes) this.counts[o.outcome]++;
    this.processed += outcomes.length;
    this.ctx.onProgress?.(this.processed, { ...this.counts });
  }
}

function failed(e: Entry, errors: string[]): RecordOutcome {
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

function dedupe(matches: Match[]): Match[] {
  const seen = new Set<string>();
  return matches.filter((m) => (seen.has(m.personId) ? false : (seen.add(m.personId), true)));
}
