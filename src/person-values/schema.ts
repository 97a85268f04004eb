// What a person valued: sentences with the counts behind them, and the figures per kind of help.
import { z } from 'zod';

const count = z.number().int();

export const KindValues = z.object({
  kind: z.string().describe('The kind of help: a need tag, a concept, or `peers` / `introductions`'),
  label: z.string(),
  asked: count.describe('Introductions of this kind they answered'),
  yes: count,
  no: count,
  later: count,
  helpful: count,
  notHelpful: count,
  businessDone: count,
  introduced: count,
  followedByContact: count,
});

export const PersonValues = z
  .object({
    personId: z.uuid(),
    sentences: z.array(
      z.object({
        text: z.string(),
        kinds: z.array(z.string()).describe('The kinds (of `kinds`) the sentence speaks of'),
        counts: z.record(z.string(), count).describe('The numbers the sentence states'),
      }),
    ),
    kinds: z.array(KindValues),
    judgements: z
      .array(
        z.object({ introductionId: z.uuid(), helpful: z.boolean(), at: z.iso.datetime({ offset: true }) }),
      )
      .describe('Every introduction judged helpful or not, oldest first'),
  })
  .meta({ id: 'PersonValues' });
export type PersonValues = z.infer<typeof PersonValues>;
