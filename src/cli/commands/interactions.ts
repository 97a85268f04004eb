// `linchpin interactions add|list`: dated touchpoints.
import { type Command, Option } from 'commander';
import { INTERACTION_TYPES } from '../../domain/interaction/types';
import type { CliContext } from '../context';
import { registerPersonChildCommands } from './person-child-commands';

// The API spells types with underscores; on the command line dashes read better. Both are accepted.
const typeArg = (value: string) => value.trim().toLowerCase().replace(/-/g, '_');

export function registerInteractionCommands(program: Command, ctx: CliContext): void {
  registerPersonChildCommands(program, ctx, {
    group: 'interactions',
    description: 'Record and list interactions with people',
    add: {
      description: 'Record an interaction (a call, a meeting, becoming their client…)',
      fields: {
        type: new Option(
          '--type <type>',
          INTERACTION_TYPES.map((t) => t.replace(/_/g, '-')).join(', '),
        ).argParser(typeArg),
        direction: new Option(
          '--direction <direction>',
          'outbound (you reached out), inbound or mutual (default)',
        ),
        occurredAt: new Option('--date <date>', 'when (YYYY-MM-DD or ISO date-time; default now)'),
        note: new Option('--note <text>', 'what happened'),
      },
      added: (made, name) =>
        `Recorded an interaction (${made.type.replace(/_/g, ' ')}) with ${name}: ${made.id}`,
    },
    list: {
      description: "List a person's interactions, newest first",
      empty: (name) => `No interactions with ${name} recorded.`,
      columns: [
        { header: 'DATE', value: (i) => i.occurredAt.slice(0, 10) },
        { header: 'TYPE', value: (i) => i.type.replace(/_/g, '-') },
        { header: 'DIRECTION', value: (i) => i.direction },
        { header: 'NOTE', value: (i) => i.note, max: 70 },
      ],
    },
    load: async () => {
      const [{ InteractionInput }, { createInteraction, listInteractions }] = await Promise.all([
        import('../../interactions/schema'),
        import('../../interactions/service'),
      ]);
      return { Input: InteractionInput, create: createInteraction, list: listInteractions };
    },
  });
}
