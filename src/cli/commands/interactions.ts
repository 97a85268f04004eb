// `linchpin interactions add|list`: dated touchpoints.
import type { Command } from 'commander';
import { InteractionInput, InteractionType } from '../../interactions/schema';
import { interactions } from '../../interactions/service';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { printJson, table } from '../format';
import { parseInput } from '../input';
import { accountOption, jsonOption } from '../options';
import { allPages, personOption } from './child-helpers';
import { loadPerson } from './people';

const flags = { type: '--type', direction: '--direction', occurredAt: '--date', note: '--note' };
// The API spells types with underscores; on the command line dashes read better. Both are accepted.
const typeArg = (value: string) => value.trim().toLowerCase().replace(/-/g, '_');

export function registerInteractionCommands(program: Command, ctx: CliContext): void {
  const group = program.command('interactions').description('Record and list interactions with people');

  group
    .command('add')
    .description('Record an interaction (a call, a meeting, becoming their client…)')
    .addOption(personOption())
    .option('--type <type>', InteractionType.options.map((t) => t.replace(/_/g, '-')).join(', '), typeArg)
    .option('--direction <direction>', 'outbound (you reached out), inbound or mutual (default)')
    .option('--date <date>', 'when (YYYY-MM-DD or ISO date-time; default now)')
    .option('--note <text>', 'what happened')
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{
        person: string;
        type?: string;
        direction?: string;
        date?: string;
        note?: string;
        json?: boolean;
      }>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const input = parseInput(
          InteractionInput,
          { type: opts.type, direction: opts.direction, occurredAt: opts.date, note: opts.note },
          flags,
        );
        const made = await interactions.create(s.deps.db, accountId, person.id, input, s.deps.clock.now());
        if (opts.json) return printJson(s.io, made);
        s.io.stdout(
          `Recorded an interaction (${made.type.replace(/_/g, ' ')}) with ${person.name}: ${made.id}\n`,
        );
      }),
    );

  group
    .command('list')
    .description("List a person's interactions, newest first")
    .addOption(personOption())
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(
      dbAction<{ person: string; json?: boolean }>(ctx, async (s, { opts }) => {
        const { person, accountId } = await loadPerson(s, opts.person, 'person');
        const items = await allPages((cursor) =>
          interactions.list(s.deps.db, accountId, person.id, { limit: 200, cursor }),
        );
        if (opts.json) return printJson(s.io, { items });
        if (!items.length) return s.io.stdout(`No interactions with ${person.name} recorded.\n`);
        s.io.stdout(
          table(items, [
            { header: 'DATE', value: (i) => i.occurredAt.slice(0, 10) },
            { header: 'TYPE', value: (i) => i.type.replace(/_/g, '-') },
            { header: 'DIRECTION', value: (i) => i.direction },
            { header: 'NOTE', value: (i) => i.note, max: 70 },
          ]),
        );
      }),
    );
}
