// `linchpin people add|list|show|edit|rm`. The handlers are in people-actions.ts.
import type { Command } from 'commander';
import { PEOPLE_SORTS } from '../../people/list-options';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, collect, intArg, jsonOption } from '../options';
import { addPersonFieldOptions } from './person-options';

const actions = () => import('./people-actions');

export function registerPeopleCommands(program: Command, ctx: CliContext): void {
  const group = program.command('people').description('Add, list, show, edit and remove people');

  addPersonFieldOptions(group.command('add').description('Add a person'))
    .option(
      '--allow-duplicate',
      'add even when an email, phone or LinkedIn profile already belongs to someone',
    )
    .addOption(accountOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      '\nExample:\n  linchpin people add --name "Grace Hopper" --email grace@example.com --company Navy --tag engineer --trust 5',
    )
    .action(dbAction(ctx, () => actions().then((m) => m.addPerson)));

  group
    .command('list')
    .description('List people, or search them (name, company, tags, blurb, needs, offers)')
    .option('-q, --search <text>', 'free-text search')
    .option('--tag <tag>', 'only people with this tag (repeat: all of them)', collect)
    .option('--company <text>', 'company name contains')
    .option(
      '--source <source>',
      'where they came from: an import id, hand, demo or request (see people sources)',
    )
    .option('--has-open-need', 'only people with an open need')
    .option('--in-open-introduction', 'only people in an open introduction')
    .option('--sort <order>', `order: ${PEOPLE_SORTS.join(', ')} (default name; ignored with --search)`)
    .option('--direction <dir>', 'asc or desc (default: names A–Z, latest, highest and newest first)')
    .option('--limit <n>', 'show at most this many', intArg)
    .addOption(accountOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      '\nExample:\n  linchpin people list --sort last-contact --source hand --has-open-need --json',
    )
    .action(dbAction(ctx, () => actions().then((m) => m.listPeople)));

  group
    .command('sources')
    .description('Where people came from (each import, by hand, demo, your link), with how many')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.listSources)));

  group
    .command('show')
    .description('Show a person with their needs, offers and recent interactions')
    .argument('<id>', 'the person’s id (from people list)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.showPerson)));

  addPersonFieldOptions(
    group.command('edit').description('Change some fields of a person (lists are replaced)'),
  )
    .argument('<id>', 'the person’s id')
    .option('--add-tag <tag>', 'add a tag, keeping the others (repeat)', collect)
    .option('--remove-tag <tag>', 'remove a tag (repeat)', collect)
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.editPerson)));

  group
    .command('rm')
    .alias('remove')
    .description('Delete a person with their needs, offers and interactions')
    .argument('<id>', 'the person’s id')
    .option('-y, --yes', 'do not ask for confirmation')
    .option(
      '--cancel-introductions',
      'if they are in introductions: cancel the open ones (whoever said yes gets a neutral note) and keep the closed ones with them shown as deleted',
    )
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.removePerson)));
}
