// `linchpin needs add|list`: what a person is looking for.
import { type Command, Option } from 'commander';
import type { CliContext } from '../context';
import { collect } from '../options';
import { registerPersonChildCommands } from './person-child-commands';

export function registerNeedCommands(program: Command, ctx: CliContext): void {
  registerPersonChildCommands(program, ctx, {
    group: 'needs',
    description: "Record and list people's needs",
    add: {
      description: 'Record what a person is looking for',
      fields: {
        text: new Option('--text <text>', 'what exactly they need'),
        tags: new Option('--tag <tag>', 'a tag (repeat for several)').argParser(collect),
        urgency: new Option('--urgency <level>', 'low, normal or high (default normal)'),
        neededBy: new Option('--needed-by <date>', 'when they need it by (YYYY-MM-DD)'),
        status: new Option('--status <status>', 'open, met or dropped (default open)'),
      },
      added: (need, name) => `Recorded a need of ${name}: ${need.id}`,
    },
    list: {
      description: "List a person's needs, newest first",
      empty: (name) => `${name} has no needs recorded.`,
      columns: [
        { header: 'ID', value: (n) => n.id, max: 36 },
        { header: 'STATUS', value: (n) => n.status },
        { header: 'URGENCY', value: (n) => n.urgency },
        { header: 'BY', value: (n) => n.neededBy ?? '' },
        { header: 'NEED', value: (n) => n.text, max: 60 },
        { header: 'TAGS', value: (n) => n.tags.join(', ') },
      ],
    },
    load: async () => {
      const [{ NeedInput }, { createNeed, listNeeds }] = await Promise.all([
        import('../../needs/schema'),
        import('../../needs/service'),
      ]);
      return { Input: NeedInput, create: createNeed, list: listNeeds };
    },
  });
}
