// What `linchpin people …` does (its options are in people.ts).
import { z } from 'zod';
import { calendarDayWords, dayWords } from '../../domain/time/day-words';
import { listInteractions } from '../../interactions/service';
import { listNeeds } from '../../needs/service';
import { listOffers } from '../../offers/service';
import { AlreadyKnownProblem, identityFieldWords } from '../../people/already-known';
import { type Deleted, deletePerson, type IntroductionsChoice } from '../../people/deletion';
import { PEOPLE_SORTS, SORT_DIRECTIONS } from '../../people/list-options';
import { PeopleFilterFields } from '../../people/list-schema';
import { type Person, PersonInput, PersonPatch } from '../../people/schema';
import * as people from '../../people/service';
import { ProblemError, unprocessable } from '../../shared/errors';
import type { ActionInput, Handler } from '../action';
import { CliExit, type Session, UserError } from '../context';
import { fields, plural, printJson, table } from '../format';
import { parseId, parseInput, withFlags } from '../input';
import { personFields, personFlags } from './person-fields';
import type { PersonFieldOptions } from './person-options';

type WithJson = { json?: boolean };

export const addPerson: Handler<PersonFieldOptions & WithJson & { allowDuplicate?: boolean }> = async (
  s,
  { opts },
) => {
  const input = parseInput(PersonInput, personFields(opts), personFlags);
  const account = await s.account();
  const person = await people
    .createPerson(s.deps.db, account.id, input, { allowDuplicate: opts.allowDuplicate === true })
    .catch((err: unknown) => {
      if (err instanceof AlreadyKnownProblem) throw new UserError(alreadyKnownText(err));
      throw err;
    });
  if (opts.json) return printJson(s.io, person);
  s.io.stdout(`Added ${person.name}: ${person.id}\n`);
};

/** Who the new person's details belong to, how to open them, and how to add the person anyway. */
function alreadyKnownText(err: AlreadyKnownProblem): string {
  const lines = err.existing.map(
    (e) => `  ${e.name} (same ${identityFieldWords(e.matchedOn)}): linchpin people show ${e.id}`,
  );
  return [
    `already in your network, not added:`,
    ...lines,
    'Add anyway with --allow-duplicate (then merge under Duplicates in the app if they are the same).',
  ].join('\n');
}

type ListOptions = {
  search?: string;
  tag?: string[];
  company?: string;
  source?: string;
  hasOpenNeed?: boolean;
  inOpenIntroduction?: boolean;
  sort?: string;
  direction?: string;
  limit?: number | string;
} & WithJson;

export const listPeople: Handler<ListOptions> = async (s, { opts }) => {
  const limit = parseLimit(opts.limit);
  const account = await s.account();
  // The API's own rules for the free-text filters (a 10 kB --search was read whole, where the API refuses it).
  const filters = parseInput(
    z.object({
      q: PeopleFilterFields.q,
      company: PeopleFilterFields.company,
      source: PeopleFilterFields.source,
    }),
    { q: opts.search, company: opts.company, source: opts.source },
    { q: '--search', company: '--company', source: '--source' },
  );
  const query: people.PeopleQuery = {
    q: filters.q,
    tags: opts.tag,
    company: filters.company,
    source: filters.source,
    hasOpenNeed: opts.hasOpenNeed,
    inOpenIntroduction: opts.inOpenIntroduction,
    sort: parseChoice(opts.sort, PEOPLE_SORTS, 'sort', '--sort'),
    direction: parseChoice(opts.direction, SORT_DIRECTIONS, 'direction', '--direction'),
  };
  const { items, total } = await allPeople(s, account.id, query, limit);
  if (opts.json) return printJson(s.io, { items, total });
  const filtered = Boolean(
    opts.search || opts.tag || opts.company || opts.source || opts.hasOpenNeed || opts.inOpenIntroduction,
  );
  if (items.length === 0) {
    s.io.stdout(
      filtered ? 'Nobody matches.\n' : 'No people yet. Add one with: linchpin people add --name …\n',
    );
    return;
  }
  s.io.stdout(
    table(items, [
      { header: 'ID', value: (p) => p.id, max: 36 },
      { header: 'NAME', value: (p) => p.name, max: 28 },
      { header: 'COMPANY', value: (p) => p.company, max: 24 },
      { header: 'TITLE', value: (p) => p.title, max: 24 },
      { header: 'TRUST', value: (p) => (p.trust ? String(p.trust) : '-') },
      { header: 'TAGS', value: (p) => p.tags.join(', '), max: 36 },
    ]),
  );
  s.io.stdout(
    items.length < total
      ? `${items.length} of ${plural(total, 'person', 'people')}\n`
      : `${plural(items.length, 'person', 'people')}\n`,
  );
};

/** `linchpin people sources`: where people came from, with the key `--source` takes. */
export const listSources: Handler<WithJson> = async (s, { opts }) => {
  const account = await s.account();
  const items = await people.peopleSources(s.deps.db, account.id);
  if (opts.json) return printJson(s.io, { items });
  if (items.length === 0) {
    s.io.stdout('No people yet.\n');
    return;
  }
  s.io.stdout(
    table(items, [
      { header: 'SOURCE', value: (i) => i.key, max: 36 },
      { header: 'WHERE FROM', value: (i) => i.label, max: 60 },
      { header: 'PEOPLE', value: (i) => String(i.count) },
    ]),
  );
};

function parseChoice<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  field: string,
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  const found = choices.find((c) => c === value);
  // A field error like any other bad value, so --json names the field and the option.
  if (!found)
    throw withFlags(unprocessable(field, `must be one of: ${choices.join(', ')}`), { [field]: flag });
  return found;
}

export const showPerson: Handler<WithJson> = async (s, input) => {
  const { person, accountId, timeZone } = await findPerson(s, input);
  if (input.opts.json) return printJson(s.io, person);
  await printPerson(s, accountId, timeZone, person);
};

export const editPerson: Handler<
  PersonFieldOptions & WithJson & { addTag?: string[]; removeTag?: string[] }
> = async (s, input) => {
  const { opts } = input;
  const { person, accountId } = await findPerson(s, input);
  const patch = personFields(opts, person);
  if (opts.addTag || opts.removeTag) {
    const remove = new Set((opts.removeTag ?? []).map((t) => t.trim().toLowerCase()));
    patch.tags = [...((patch.tags as string[] | undefined) ?? person.tags), ...(opts.addTag ?? [])].filter(
      (t) => !remove.has(t.trim().toLowerCase()),
    );
  }
  if (Object.keys(patch).length === 0) {
    throw new UserError('nothing to change: give at least one field option, e.g. --title "CTO" (see --help)');
  }
  const valid = parseInput(PersonPatch, patch, personFlags);
  const updated = await people.updatePerson(s.deps.db, accountId, person.id, valid, s.deps.clock.now());
  if (opts.json) return printJson(s.io, updated);
  s.io.stdout(`Updated ${updated.name} (${Object.keys(valid).join(', ')}).\n`);
};

export const removePerson: Handler<WithJson & { yes?: boolean; cancelIntroductions?: boolean }> = async (
  s,
  input,
) => {
  const { person, accountId } = await findPerson(s, input);
  const ask = !input.opts.yes && s.io.interactive;
  if (ask) {
    const what = person.company ? `${person.name} (${person.company})` : person.name;
    if (!(await s.io.confirm(`Delete ${what} with their needs, offers and interactions?`))) {
      s.io.stderr('Nothing deleted.\n');
      throw new CliExit(1);
    }
  }
  const remove = (choice?: IntroductionsChoice) =>
    deletePerson(s.deps.db, { config: s.deps.config, now: s.deps.clock.now() }, accountId, person.id, choice);
  let done: Deleted;
  try {
    done = await remove(input.opts.cancelIntroductions ? 'cancel' : undefined);
  } catch (err) {
    const impact = err instanceof ProblemError ? err.extensions.impact : undefined;
    if (typeof impact !== 'string' || !ask) {
      if (typeof impact === 'string')
        throw new UserError(`${impact} Add --cancel-introductions to go ahead.`);
      throw err;
    }
    if (!(await s.io.confirm(`${impact} Go ahead?`))) {
      s.io.stderr('Nothing deleted.\n');
      throw new CliExit(1);
    }
    done = await remove('cancel');
  }
  if (input.opts.json)
    return printJson(s.io, {
      deleted: person.id,
      ...(done.cancelled.length + done.kept.length ? done : {}),
    });
  const said = [
    done.cancelled.length ? `cancelled ${plural(done.cancelled.length, 'open introduction')}` : '',
    done.kept.length ? `kept ${plural(done.kept.length, 'closed one')} with them shown as deleted` : '',
  ].filter(Boolean);
  s.io.stdout(said.length ? `Deleted ${person.name}: ${said.join(', ')}.\n` : `Deleted ${person.name}.\n`);
};

function parseLimit(limit: number | string | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (typeof limit !== 'number' || limit < 1)
    throw new UserError('--limit must be a whole number of 1 or more');
  return limit;
}

/** Follows the cursor through every page: `--json` promises all people, not the first page. */
async function allPeople(
  s: Session,
  accountId: string,
  query: people.PeopleQuery,
  limit?: number,
): Promise<{ items: Person[]; total: number }> {
  const out: Person[] = [];
  let total = 0;
  let cursor: string | undefined;
  do {
    const page = await people.listPeople(
      s.deps.db,
      accountId,
      { ...query, limit: 200, cursor },
      s.deps.clock.now(),
    );
    out.push(...page.items);
    total = page.total;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && (limit === undefined || out.length < limit));
  return { items: limit === undefined ? out : out.slice(0, limit), total };
}

/** Loads the person named by the id argument, or explains that no such person exists. */
export async function findPerson(s: Session, input: ActionInput<unknown>) {
  return loadPerson(s, input.args[0] ?? '', 'id');
}

export async function loadPerson(s: Session, ref: string, field: string) {
  const id = parseId(ref, field);
  const account = await s.account();
  try {
    return {
      person: await people.getPerson(s.deps.db, account.id, id, s.deps.clock.now()),
      accountId: account.id,
      timeZone: account.timeZone,
    };
  } catch (err) {
    if (err instanceof ProblemError && err.status === 404) {
      throw new ProblemError(404, 'Not Found', undefined, [
        {
          pointer: `/${field}`,
          field,
          message: `no person with id ${id} in ${account.email}'s network (see: linchpin people list)`,
        },
      ]);
    }
    throw err;
  }
}

function keepSince(keep: Person['keepInTouch'], day: (iso: string) => string): string {
  const since = keep.status === 'due' ? keep.dueAt : keep.status === 'overdue' ? keep.overdueAt : null;
  return since ? ` — ${keep.status.toUpperCase()} since ${day(since)}` : '';
}

// Dates in words on the account's calendar, as Today and the digest write them; --json keeps ISO.
async function printPerson(s: Session, accountId: string, timeZone: string, p: Person): Promise<void> {
  const day = (iso: string) => dayWords(new Date(iso), timeZone);
  const db = s.deps.db;
  const [ns, os, is] = await Promise.all([
    listNeeds(db, accountId, p.id, { limit: 50 }),
    listOffers(db, accountId, p.id, { limit: 50 }),
    listInteractions(db, accountId, p.id, { limit: 10 }),
  ]);
  const prefs = p.introPreferences;
  const prefText = [
    prefs.doNotIntroduce ? 'do not introduce' : '',
    prefs.askFirst ? 'busy: ask first' : '',
    prefs.maxRequestsPerMonth !== null ? `at most ${prefs.maxRequestsPerMonth} requests a month` : '',
    prefs.valuedHelp.length ? `values ${prefs.valuedHelp.join(', ')}` : '',
  ].filter(Boolean);
  const keep = p.keepInTouch;
  s.io.stdout(`${p.name}\n${'='.repeat(Math.min(p.name.length, 60))}\n`);
  s.io.stdout(
    fields([
      ['Id', p.id],
      ['Role', [p.title, p.company].filter(Boolean).join(' at ')],
      ['Location', p.location],
      ['Email', p.emails.join(', ')],
      ['Phone', p.phonesDisplay.join(', ')],
      ['Source', p.source.importId ? `${p.source.label} (import ${p.source.importId})` : p.source.label],
      ['Links', p.links.map((l) => l.url).join('\n')],
      ['Tags', p.tags.join(', ')],
      ['Trust', p.trust === null ? 'not rated' : `${p.trust}/5`],
      ['Vouch', p.vouchCriteria.map((v) => `[${v.met ? 'x' : ' '}] ${v.label}`).join('\n')],
      ['Intros', prefText.join('; ')],
      [
        'Keep in touch',
        keep.idealDays || keep.maxDays
          ? [
              keep.idealDays && `every ${keep.idealDays} days`,
              keep.maxDays && `at most ${keep.maxDays} days apart`,
            ]
              .filter(Boolean)
              .join(', ') +
            (keep.source === 'tag' ? ` (tag “${keep.tag}”)` : '') +
            keepSince(keep, day)
          : '',
      ],
      [
        'Strength',
        `${p.strength}/100${p.strengthReasons.length ? ` — ${p.strengthReasons.join('; ')}` : ''}`,
      ],
      ['Blurb', p.blurb],
      // The id is what `intro propose --disclose` takes, and nothing else prints it.
      [
        'Caveats',
        p.caveats.map((c) => `- ${c.text} (to share it in an introduction: --disclose ${c.id})`).join('\n'),
      ],
      ['Notes', p.privateNotes],
    ]),
  );
  if (ns.items.length) {
    s.io.stdout(`\nNeeds\n`);
    for (const n of ns.items) {
      const when = n.neededBy ? `, by ${calendarDayWords(n.neededBy)}` : '';
      s.io.stdout(
        `  - [${n.status}] ${n.text} (${n.urgency}${when})${n.tags.length ? ` #${n.tags.join(' #')}` : ''}\n`,
      );
    }
  }
  if (os.items.length) {
    s.io.stdout(`\nOffers\n`);
    for (const o of os.items) {
      const forWhom = o.idealCounterpart ? ` (for ${o.idealCounterpart})` : '';
      s.io.stdout(`  - [${o.status}] ${o.text}${forWhom}${o.tags.length ? ` #${o.tags.join(' #')}` : ''}\n`);
    }
  }
  if (is.items.length) {
    s.io.stdout(`\nRecent interactions\n`);
    for (const i of is.items) {
      s.io.stdout(
        `  ${day(i.occurredAt)}  ${i.type.replace(/_/g, ' ')} (${i.direction})${i.note ? `: ${i.note}` : ''}\n`,
      );
    }
  }
}
