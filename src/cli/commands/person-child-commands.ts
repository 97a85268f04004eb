// `linchpin <group> add|list` for the rows a person owns (needs, offers, interactions). The kinds differ
// in their options, what `add` says and what `list` shows; loading the person, validating through the
// API's schema, --json and paging are the same for all, so they live here (as http/person-child-routes.ts
// declares the routes once for the HTTP side).
import { type Command, Option } from 'commander';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { type Column, printJson, table } from '../format';
import { type FlagNames, parseInput } from '../input';
import { accountOption, jsonOption } from '../options';
import { allPages } from './all-pages';
import { loadPerson } from './people';

export interface PersonChildCommandSpec<S extends z.ZodType, Item> {
  /** The command group, e.g. "needs". */
  group: string;
  description: string;
  add: {
    description: string;
    /**
     * API field name → the option that sets it, in the order help lists them. Errors about a field name
     * its option, e.g. "idealCounterpart (--for)".
     */
    fields: Record<string, Option>;
    Input: S;
    /** The line printed after adding (without --json). */
    added(item: Item, personName: string): string;
  };
  list: {
    description: string;
    /** The line printed when the person has none. */
    empty(personName: string): string;
    columns: Column<Item>[];
  };
  /** The feature's own service functions. */
  service: {
    create(db: Db, accountId: string, personId: string, input: z.output<S>, now: Date): Promise<Item>;
    list(
      db: DbOrTx,
      accountId: string,
      personId: string,
      page: { limit?: number; cursor?: string },
    ): Promise<{ items: Item[]; nextCursor: string | null }>;
  };
}

const personOption = () =>
  new Option('--person <id>', 'the person’s id (from people list)').makeOptionMandatory();

export function registerPersonChildCommands<S extends z.ZodType, Item>(
  program: Command,
  ctx: CliContext,
  spec: PersonChildCommandSpec<S, Item>,
): void {
  const group = program.command(spec.group).description(spec.description);
  const fields = Object.entries(spec.add.fields);
  const flags: FlagNames = Object.fromEntries(fields.map(([field, option]) => [field, option.long ?? '']));

  const add = group.command('add').description(spec.add.description).addOption(personOption());
  for (const [, option] of fields) add.addOption(option);
  add
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{ person: string; json?: boolean } & Record<string, unknown>>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const values = Object.fromEntries(
          fields.map(([field, option]) => [field, opts[option.attributeName()]]),
        );
        const input = parseInput(spec.add.Input, values, flags);
        const item = await spec.service.create(s.deps.db, accountId, person.id, input, s.deps.clock.now());
        if (opts.json) return printJson(s.io, item);
        s.io.stdout(`${spec.add.added(item, person.name)}\n`);
      }),
    );

  group
    .command('list')
    .description(spec.list.description)
    .addOption(personOption())
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{ person: string; json?: boolean }>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const items = await allPages((cursor) =>
          spec.service.list(s.deps.db, accountId, person.id, { limit: 200, cursor }),
        );
        if (opts.json) return printJson(s.io, { items });
        if (!items.length) return s.io.stdout(`${spec.list.empty(person.name)}\n`);
        s.io.stdout(table(items, spec.list.columns));
      }),
    );
}
