// `linchpin offers add|list`: what a person can give.
import { type Command, Option } from 'commander';
import type { CliContext } from '../context';
import { collect } from '../options';
import { registerPersonChildCommands } from './person-child-commands';

export function registerOfferCommands(program: Command, ctx: CliContext): void {
  registerPersonChildCommands(program, ctx, {
    group: 'offers',
    description: "Record and list people's offers",
    add: {
      description: 'Record what a person can give',
      fields: {
        text: new Option('--text <text>', 'what they offer'),
        tags: new Option('--tag <tag>', 'a tag (repeat for several)').argParser(collect),
        idealCounterpart: new Option(
          '--for <counterpart>',
          'who they most want to help, e.g. "seed-stage B2B founders"',
        ),
        status: new Option('--status <status>', 'active, paused or withdrawn (default active)'),
      },
      added: (offer, name) => `Recorded an offer of ${name}: ${offer.id}`,
    },
    list: {
      description: "List a person's offers, newest first",
      empty: (name) => `${name} has no offers recorded.`,
      columns: [
        { header: 'ID', value: (o) => o.id, max: 36 },
        { header: 'STATUS', value: (o) => o.status },
        { header: 'OFFER', value: (o) => o.text, max: 50 },
        { header: 'FOR', value: (o) => o.idealCounterpart, max: 40 },
        { header: 'TAGS', value: (o) => o.tags.join(', ') },
      ],
    },
    load: async () => {
      const [{ OfferInput }, { createOffer, listOffers }] = await Promise.all([
        import('../../offers/schema'),
        import('../../offers/service'),
      ]);
      return { Input: OfferInput, create: createOffer, list: listOffers };
    },
  });
}
