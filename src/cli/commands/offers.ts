// `linchpin offers add|list`: what a person can give.
import type { Command } from 'commander';
import { OfferInput } from '../../needs-offers/schema';
import { offers } from '../../needs-offers/service';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { printJson, table } from '../format';
import { parseInput } from '../input';
import { accountOption, collect, jsonOption } from '../options';
import { allPages, personOption } from './child-helpers';
import { loadPerson } from './people';

const flags = { text: '--text', tags: '--tag', idealCounterpart: '--for', status: '--status' };

export function registerOfferCommands(program: Command, ctx: CliContext): void {
  const group = program.command('offers').description("Record and list people's offers");

  group
    .command('add')
    .description('Record what a person can give')
    .addOption(personOption())
    .option('--text <text>', 'what they offer')
    .option('--tag <tag>', 'a tag (repeat for several)', collect)
    .option('--for <counterpart>', 'who they most want to help, e.g. "seed-stage B2B founders"')
    .option('--status <status>', 'active, paused or withdrawn (default active)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{
        person: string;
        text?: string;
        tag?: string[];
        for?: string;
        status?: string;
        json?: boolean;
      }>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const input = parseInput(
          OfferInput,
          { text: opts.text, tags: opts.tag, idealCounterpart: opts.for, status: opts.status },
          flags,
        );
        const offer = await offers.create(s.deps.db, accountId, person.id, input, s.deps.clock.now());
        if (opts.json) return printJson(s.io, offer);
        s.io.stdout(`Recorded an offer of ${person.name}: ${offer.id}\n`);
      }),
    );

  group
    .command('list')
    .description("List a person's offers, newest first")
    .addOption(personOption())
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{ person: string; json?: boolean }>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const items = await allPages((cursor) =>
          offers.list(s.deps.db, accountId, person.id, { limit: 200, cursor }),
        );
        if (opts.json) return printJson(s.io, { items });
        if (!items.length) return s.io.stdout(`${person.name} has no offers recorded.\n`);
        s.io.stdout(
          table(items, [
            { header: 'ID', value: (o) => o.id, max: 36 },
            { header: 'STATUS', value: (o) => o.status },
            { header: 'OFFER', value: (o) => o.text, max: 50 },
            { header: 'FOR', value: (o) => o.idealCounterpart, max: 40 },
            { header: 'TAGS', value: (o) => o.tags.join(', ') },
          ]),
        );
      }),
    );
}
