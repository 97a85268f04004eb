// What `linchpin keep-in-touch …` does (its options are in keep-in-touch.ts).
import { LosingTouchQuery, TagCadenceInput, TagParam } from '../../keep-in-touch/schema';
import { listTagCadences, losingTouch, removeTagCadence, setTagCadence } from '../../keep-in-touch/service';
import type { Handler } from '../action';
import { plural, printJson, table } from '../format';
import { parseInput } from '../input';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'never');

export const listTags: Handler<{ json?: boolean }> = async (s, { opts }) => {
  const account = await s.account();
  const result = await listTagCadences(s.deps.db, account.id);
  if (opts.json) return printJson(s.io, result);
  if (!result.items.length) {
    s.io.stdout(
      'No tag cadences yet. For example: linchpin keep-in-touch set-tag "inner circle" --ideal 14 --max 21\n',
    );
    return;
  }
  s.io.stdout(
    table(result.items, [
      { header: 'Tag', value: (c) => c.tag },
      { header: 'Ideal', value: (c) => `${c.idealDays} days` },
      { header: 'Max', value: (c) => `${c.maxDays} days` },
      { header: 'People', value: (c) => String(c.people) },
    ]),
  );
};

export const setTag: Handler<{ ideal?: number | string; max?: number | string; json?: boolean }> = async (
  s,
  { opts, args },
) => {
  const account = await s.account();
  const { tag } = parseInput(TagParam, { tag: args[0] }, { tag: 'TAG' });
  const input = parseInput(
    TagCadenceInput,
    { idealDays: opts.ideal, maxDays: opts.max },
    { idealDays: '--ideal', maxDays: '--max' },
  );
  const c = await setTagCadence(s.deps.db, account.id, tag, input, s.deps.clock.now());
  if (opts.json) return printJson(s.io, c);
  s.io.stdout(
    `“${c.tag}”: ideally every ${c.idealDays} days, at most ${c.maxDays} (${plural(c.people, 'person', 'people')} with the tag)\n`,
  );
};

export const removeTag: Handler<{ json?: boolean }> = async (s, { opts, args }) => {
  const account = await s.account();
  const { tag } = parseInput(TagParam, { tag: args[0] }, { tag: 'TAG' });
  await removeTagCadence(s.deps.db, account.id, tag);
  if (opts.json) return printJson(s.io, { tag, removed: true });
  s.io.stdout(`Removed the cadence of “${tag}”.\n`);
};

export const losing: Handler<{ limit?: number | string; json?: boolean }> = async (s, { opts }) => {
  const account = await s.account();
  const query = parseInput(LosingTouchQuery, { limit: opts.limit }, { limit: '--limit' });
  const page = await losingTouch(s.deps.db, account.id, query, s.deps.clock.now());
  if (opts.json) return printJson(s.io, page);
  if (!page.items.length) {
    s.io.stdout('Nobody is past their cadence. Set cadences on people or tags to be told who is.\n');
    return;
  }
  s.io.stdout(
    table(page.items, [
      { header: 'Person', value: (e) => e.person.name },
      { header: 'Status', value: (e) => e.status },
      { header: 'Last contact', value: (e) => day(e.lastContactAt) },
      { header: 'Days', value: (e) => `${e.daysSinceContact}/${e.maxDays}` },
      { header: 'Strength', value: (e) => String(e.strength) },
      { header: 'Cadence', value: (e) => (e.source === 'tag' ? `tag “${e.tag}”` : 'own') },
    ]),
  );
};
