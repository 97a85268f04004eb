// Deleting a person. Someone who is in no introduction is deleted outright, with their needs, offers
// and interactions. Someone who is in introductions is only deleted when the caller says so, having
// been told what happens: open introductions are cancelled through the state machine (so whoever had
// already said yes gets the neutral closing note), and the person becomes a tombstone emptied of personal
// data, so every introduction keeps its events, consent log and outcomes, and the other person's link
// still shows what became of it.
import type { Config } from '../config';
import type { Db, DbOrTx } from '../db/client';
import { transition } from '../domain/introduction/transition';
import { type IntroState, isFinal, otherParty, type Party } from '../domain/introduction/types';
import { applyEvent, loadParties } from '../introductions/apply';
import { loadDomain } from '../introductions/facts';
import { introductionsOfPerson } from '../introductions/repository';
import { markPeopleChanged } from '../matching/pending';
import { notFound, ProblemError } from '../shared/errors';
import { deletePerson as deleteRow, lockPerson, tombstonePerson } from './repository';

/** What the caller chose to do with the person's introductions; absent: nothing chosen yet. */
export type IntroductionsChoice = 'cancel';

export interface IntroductionAtStake {
  id: string;
  state: IntroState;
  /** Open: cancelled by the deletion. Otherwise kept, with the person shown as deleted. */
  open: boolean;
  otherPersonId: string;
  otherName: string;
  /** Whether cancelling sends the other person the neutral closing note (they had said yes). */
  otherNotified: boolean;
}

export interface DeletionDeps {
  config: Config;
  now: Date;
}

export interface Deleted {
  /** The introductions cancelled, and those kept with the person shown as deleted. */
  cancelled: string[];
  kept: string[];
}

export async function deletePerson(
  db: Db,
  deps: DeletionDeps,
  accountId: string,
  id: string,
  choice?: IntroductionsChoice,
): Promise<Deleted> {
  return db.transaction((tx) => deletePersonIn(tx, deps, accountId, id, choice));
}

/** The deletion inside the caller's transaction (a bulk delete runs many in one). */
export async function deletePersonIn(
  tx: DbOrTx,
  deps: DeletionDeps,
  accountId: string,
  id: string,
  choice?: IntroductionsChoice,
): Promise<Deleted> {
  const person = await lockPerson(tx, accountId, id);
  if (!person) throw notFound('Person');
  const rows = await introductionsOfPerson(tx, accountId, id);
  await markPeopleChanged(tx, accountId, [id], deps.now);
  if (rows.length === 0) {
    await deleteRow(tx, accountId, id);
    return { cancelled: [], kept: [] };
  }
  const stake: IntroductionAtStake[] = [];
  for (const row of rows) {
    const party: Party = row.personAId === id ? 'a' : 'b';
    const people = await loadParties(tx, row);
    const other = people[otherParty(party)];
    const open = !isFinal(row.state);
    let otherNotified = false;
    if (open) {
      // A dry run of the very move the deletion makes, so what the caller is told is what happens.
      const intro = await loadDomain(tx, row, people, deps.now);
      const result = transition(intro, { type: 'cancel' }, deps.now, deps.config.introductions);
      otherNotified =
        result.ok &&
        result.effects.some((e) => e.type === 'send_closing_note' && e.party === otherParty(party));
    }
    stake.push({
      id: row.id,
      state: row.state,
      open,
      otherPersonId: other.id,
      otherName: other.name,
      otherNotified,
    });
  }
  if (choice !== 'cancel') throw inIntroductions(person.name, stake);

  const cancelled = stake.filter((s) => s.open).map((s) => s.id);
  for (const introductionId of cancelled) {
    await applyEvent(
      tx,
      deps,
      accountId,
      introductionId,
      { type: 'cancel', note: 'the person was deleted' },
      { actor: 'connector' },
    );
  }
  await tombstonePerson(tx, accountId, id, deps.now);
  return { cancelled, kept: stake.filter((s) => !s.open).map((s) => s.id) };
}

/** What deleting this person does to their introductions, in one sentence (the CLI and the 409 say it). */
export function deletionImpact(name: string, stake: IntroductionAtStake[]): string {
  const open = stake.filter((s) => s.open);
  const kept = stake.length - open.length;
  const notified = [...new Set(open.filter((s) => s.otherNotified).map((s) => s.otherName))];
  const parts: string[] = [];
  if (open.length) {
    const note = notified.length
      ? ` (${listNames(notified)} ${notified.length === 1 ? 'gets' : 'get'} a neutral note)`
      : '';
    parts.push(`cancels ${open.length === 1 ? 'it' : 'them'}${note}`);
  }
  if (kept) parts.push(`keeps ${kept} closed ${kept === 1 ? 'one' : 'ones'} anonymised`);
  const what = open.length
    ? `${open.length} open ${plural(open.length, 'introduction')}${kept ? ` and ${kept} closed` : ''}`
    : `${kept} closed ${plural(kept, 'introduction')}`;
  return `${name} is in ${what}; deleting ${parts.join(' and ')}.`;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function inIntroductions(name: string, stake: IntroductionAtStake[]): ProblemError {
  return new ProblemError(
    409,
    'Person is in introductions',
    `${deletionImpact(name, stake)} Repeat with ?introductions=cancel to go ahead.`,
    undefined,
    {},
    {
      impact: deletionImpact(name, stake),
      introductions: stake.map((s) => ({ ...s })),
      openIntroductions: stake.filter((s) => s.open).length,
      closedIntroductions: stake.filter((s) => !s.open).length,
    },
  );
}
