// `linchpin <group> add|list` for the rows a person owns (needs, offers, interactions). The kinds differ
// in their options, what `add` says and what `list` shows; loading the person, validating through the
// API's schema, --json and paging are the same for all, so they live here and in person-child-actions.ts
// (as http/person-child-routes.ts declares the routes once for the HTTP side). The feature's schema and
// service are loaded when a command runs, so registering the commands loads neither.
import { type Command, Option } from 'commander';
import type { z } from 'zod';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import type { FlagNames } from '../input';
import { accountOption, jsonOption } from '../options';
import type { PersonChildCommandSpec } from './person-child-spec';

const actions = () => import('./person-child-actions');

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
    .action(dbAction(ctx, () => actions().then((m) => m.addChild(spec, fields, flags))));

  group
    .command('list')
    .description(spec.list.description)
    .addOption(personOption())
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.listChildren(spec))));
}
