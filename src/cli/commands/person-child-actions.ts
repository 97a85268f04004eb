// What `linchpin <group> add|list` does for needs, offers and interactions (their options are declared in
// person-child-commands.ts).
import type { Option } from 'commander';
import type { z } from 'zod';
import type { Handler } from '../action';
import { printJson, table } from '../format';
import { type FlagNames, parseInput } from '../input';
import { allPages } from './all-pages';
import { loadPerson } from './people-actions';
import type { PersonChildCommandSpec } from './person-child-spec';

export function addChild<S extends z.ZodType, Item>(
  spec: PersonChildCommandSpec<S, Item>,
  fields: [string, Option][],
  flags: FlagNames,
): Handler<{ person: string; json?: boolean } & Record<string, unknown>> {
  return async (s, { opts }) => {
    const feature = await spec.load();
    const { person, accountId } = await loadPerson(s, opts.person, 'person');
    const values = Object.fromEntries(fields.map(([field, option]) => [field, opts[option.attributeName()]]));
    const input = parseInput(feature.Input, values, flags);
    const item = await feature.create(s.deps.db, accountId, person.id, input, s.deps.clock.now());
    if (opts.json) return printJson(s.io, item);
    s.io.stdout(`${spec.add.added(item, person.name)}\n`);
  };
}

export function listChildren<S extends z.ZodType, Item>(
  spec: PersonChildCommandSpec<S, Item>,
): Handler<{ person: string; json?: boolean }> {
  return async (s, { opts }) => {
    const feature = await spec.load();
    const { person, accountId } = await loadPerson(s, opts.person, 'person');
    const items = await allPages((cursor) =>
      feature.list(s.deps.db, accountId, person.id, { limit: 200, cursor }),
    );
    if (opts.json) return printJson(s.io, { items });
    if (!items.length) return s.io.stdout(`${spec.list.empty(person.name)}\n`);
    s.io.stdout(table(items, spec.list.columns));
  };
}
