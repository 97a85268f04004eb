// What `linchpin suggest …` does (its options are in suggest.ts). Pending matching work is done first,
// so the answer is current whether or not a server is running the background refresh.
import { refreshPending } from '../../matching/refresh';
import {
  MatchingSettingsPatch,
  NeedSuggestionsQuery,
  SuggestionChoice,
  SuggestionsQuery,
} from '../../matching/schema';
import {
  dismiss,
  getSettings,
  matchingStatus,
  suggestionsForAccount,
  suggestionsForNeed,
  updateSettings,
} from '../../matching/service';
// Named for what it is: biome reads a `use…` call as a React hook.
import { useEmbedder as universalSentenceEncoder } from '../../matching/use-embedder';
import { findNeeds } from '../../needs-offers-search/service';
import type { Handler } from '../action';
import type { Session } from '../context';
import { fields, printJson } from '../format';
import { defined, parseId, parseInput } from '../input';
import { progressBar } from '../progress';

const STEP_WORDS = { embedding: 'reading new texts', scoring: 'scoring needs' } as const;

/**
 * Pending matching work first, said on stderr when there is any: after an import or `linchpin demo` it
 * takes a minute (every new text is embedded), which a silent terminal would pass off as a hang.
 */
async function catchUp(s: Session, accountId: string): Promise<void> {
  const { pending } = await matchingStatus(s.deps.db, accountId);
  if (pending > 0) {
    const changes = pending === 1 ? '1 change' : `${pending.toLocaleString('en')} changes`;
    s.io.stderr(
      `Matching ${changes} first (new texts are read by the language model: this can take a minute)…\n`,
    );
  }
  const bar = pending > 0 ? await progressBar(s, 'Matching: {step} [{bar}] {value}/{total}') : undefined;
  // Each pass (500 changes at most) embeds, then scores: a bar per step of each pass.
  let shown = { step: '', done: 0 };
  await refreshPending(
    { db: s.deps.db, clock: s.deps.clock, embedder: universalSentenceEncoder() },
    {
      onProgress: ({ step, done, total }) => {
        if (!bar) return;
        if (shown.step !== step || done <= shown.done) bar.start(total, done, { step: STEP_WORDS[step] });
        else bar.update(done);
        shown = { step, done };
      },
    },
  );
  bar?.stop();
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

/**
 * What to say while matching work is still waiting after catching up: a running server's background
 * refresh holds it (right after `linchpin demo` and `serve`, for a while), so an empty list means "not
 * yet", never "nothing to match".
 */
async function stillMatching(s: Session, accountId: string, shown: boolean): Promise<string> {
  const { pending } = await matchingStatus(s.deps.db, accountId);
  const waiting = pending === 1 ? '1 change is' : `${pending.toLocaleString('en')} changes are`;
  const then = shown ? 'so these may still change' : 'run this again in a moment';
  return `Linchpin is still matching: ${waiting} waiting, ${then}.\n`;
}

export const showSuggestions: Handler<{ need?: string; limit?: number | string; json?: boolean }> = async (
  s,
  { opts },
) => {
  const account = await s.account();
  await catchUp(s, account.id);
  const now = s.deps.clock.now();
  // An empty --need (a script's unset variable) is refused as not an id, not read as no --need at all.
  if (opts.need !== undefined) {
    const needId = parseId(
      opts.need,
      'need',
      'linchpin needs list --person ID, or the need ids linchpin suggest prints',
    );
    const { limit } = parseInput(NeedSuggestionsQuery, { limit: opts.limit }, { limit: '--limit' });
    const result = await suggestionsForNeed(s.deps.db, account.id, needId, now, limit);
    if (opts.json) return printJson(s.io, result);
    if (result.items.length === 0) {
      if (result.updating) return s.io.stdout(await stillMatching(s, account.id, false));
      return s.io.stdout('No one in your network answers this need yet.\n');
    }
    if (result.updating) s.io.stderr(await stillMatching(s, account.id, true));
    // Each with its reasons in full, as the list across needs shows them: in a table's clipped column every
    // row read the same, the need's own words ("Dana needs “A fractional CFO…"), and never why.
    for (const [n, i] of result.items.entries()) {
      const from = i.offerText ? `offers “${i.offerText}”` : 'from their profile';
      s.io.stdout(
        `${n + 1}. ${i.person.name} (${pct(i.score)}), ${from}${i.vouchUnmet ? ' [vouch criteria unmet]' : ''}\n` +
          i.reasons.map((r) => `   - ${r}\n`).join('') +
          `   provider ${i.personId}${i.offerId ? `, offer ${i.offerId}` : ''}\n`,
      );
    }
    return;
  }
  const query = parseInput(SuggestionsQuery, { limit: opts.limit }, { limit: '--limit' });
  const result = await suggestionsForAccount(s.deps.db, account.id, now, query);
  if (opts.json) return printJson(s.io, result);
  if (result.items.length === 0) {
    if (result.updating) return s.io.stdout(await stillMatching(s, account.id, false));
    // As the web page's empty state: with open needs, an empty list means every good match is made, under
    // way or dismissed, not that there is nothing to match.
    const open = await findNeeds(s.deps.db, account.id, { status: ['open'], limit: 1 });
    return s.io.stdout(
      open.items.length > 0
        ? 'All caught up: no introduction is worth suggesting right now. The good matches are made, under way or marked not a fit; new needs and offers bring new suggestions.\n'
        : 'No suggestions yet: add needs and offers to your people (or run linchpin demo).\n',
    );
  }
  if (result.updating) s.io.stderr(await stillMatching(s, account.id, true));
  for (const [n, i] of result.items.entries()) {
    s.io.stdout(
      `${n + 1}. ${i.seeker.name} → ${i.provider.name} (${pct(i.score)})${i.vouchUnmet ? ' [vouch criteria unmet]' : ''}\n` +
        i.reasons.map((r) => `   - ${r}\n`).join('') +
        `   need ${i.needId}, provider ${i.providerId}${i.offerId ? `, offer ${i.offerId}` : ''}\n`,
    );
  }
};

export const dismissSuggestion: Handler<{ offer?: string; json?: boolean }> = async (s, { opts, args }) => {
  const account = await s.account();
  const choice = parseInput(
    SuggestionChoice,
    { needId: args[0], providerId: args[1], offerId: opts.offer ?? null },
    { offerId: '--offer' },
  );
  const d = await dismiss(s.deps.db, account.id, choice, s.deps.clock.now());
  if (opts.json) return printJson(s.io, d);
  s.io.stdout(
    `Dismissed: not suggested again for this need (undo: DELETE /api/v1/suggestions/dismissals/${d.id})\n`,
  );
};

export const matchingSettings: Handler<{
  perWeek?: number | string;
  declineCooldown?: number | string;
  json?: boolean;
}> = async (s, { opts }) => {
  const account = await s.account();
  const patch = parseInput(
    MatchingSettingsPatch,
    defined({ suggestionsPerWeek: opts.perWeek, declineCooldownDays: opts.declineCooldown }),
    { suggestionsPerWeek: '--per-week', declineCooldownDays: '--decline-cooldown' },
  );
  const settings = Object.keys(patch).length
    ? await updateSettings(s.deps.db, account.id, patch, s.deps.clock.now())
    : await getSettings(s.deps.db, account.id);
  if (opts.json) return printJson(s.io, settings);
  const days = settings.declineCooldownDays;
  s.io.stdout(
    fields([
      ['Account', account.email],
      ['Suggestions', `${settings.suggestionsPerWeek} a week (how many linchpin suggest shows)`],
      [
        'After a no',
        days === 0
          ? 'the pair may be suggested again at once'
          : `the pair is not suggested again for ${days} days`,
      ],
    ]),
  );
};
