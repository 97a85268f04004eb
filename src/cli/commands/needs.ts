// `linchpin needs add|list`: what a person is looking for.
import type { Command } from 'commander';
import { NeedInput } from '../../needs-offers/schema';
import { needs } from '../../needs-offers/service';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { printJson, table } from '../format';
import { parseInput } from '../input';
import { accountOption, collect, jsonOption } from '../options';
import { allPages, personOption } from './child-helpers';
import { loadPerson } from './people';

const flags = {
  text: '--text',
  tags: '--tag',
  urgency: '--urgency',
  neededBy: '--needed-by',
  status: '--status',
};

export function registerNeedCommands(program: Command, ctx: CliContext): void {
  const group = program.command('needs').description("Record and list people's needs");

  group
    .command('add')
    .description('Record what a person is looking for')
    .addOption(personOption())
    .option('--text <text>', 'what exactly they need')
    .option('--tag <tag>', 'a tag (repeat for several)', collect)
    .option('--urgency <level>', 'low, normal or high (default normal)')
    .option('--needed-by <date>', 'when they need it by (YYYY-MM-DD)')
    .option('--status <status>', 'open, met or dropped (default open)')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{
        person: string;
        text?: string;
        tag?: string[];
        urgency?: string;
        neededBy?: string;
        status?: string;
        json?: boolean;
      }>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const input = parseInput(
          NeedInput,
          {
            text: opts.text,
            tags: opts.tag,
            urgency: opts.urgency,
            neededBy: opts.neededBy,
            status: opts.status,
          },
          flags,
        );
        const need = await needs.create(s.deps.db, accountId, person.id, input, s.deps.clock.now());
        if (opts.json) return printJson(s.io, need);
        s.io.stdout(`Recorded a need of ${person.name}: ${need.id}\n`);
      }),
    );

  group
    .command('list')
    .description("List a person's needs, newest first")
    .addOption(personOption())
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{ person: string; json?: boolean }>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const items = await allPages((cursor) =>
          needs.list(s.deps.db, accountId, person.id, { limit: 200, cursor }),
        );
        if (opts.json) return printJson(s.io, { items });
        if (!items.length) return s.io.stdout(`${person.name} has no needs recorded.\n`);
        s.io.stdout(
          table(items, [
            { header: 'ID', value: (n) => n.id, max: 36 },
            { header: 'STATUS', value: (n) => n.status },
            { header: 'URGENCY', value: (n) => n.urgency },
            { header: 'BY', value: (n) => n.neededBy ?? '' },
            { header: 'NEED', value: (n) => n.text, max: 60 },
            { header: 'TAGS', value: (n) => n.tags.join(', ') },
          ]),
        );
      }),
    );
}
