// Possible duplicates and merging, shared with the web app.
import { z } from 'zod';
import { Conflict } from '../imports/schema';
import { Person } from '../people/schema';
import { Id } from '../shared/common-schema';

export const DuplicatePerson = z.object({
  id: Id,
  name: z.string(),
  company: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
});

export const DuplicatePair = z
  .object({
    people: z.tuple([DuplicatePerson, DuplicatePerson]),
    reasons: z.array(z.string()).describe('Why they look like one person, e.g. "same email"'),
    strength: z.enum(['strong', 'suggestion']).describe('strong: a shared email, phone or LinkedIn profile'),
  })
  .meta({ id: 'DuplicatePair' });
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export const DismissInput = z
  .strictObject({ personIds: z.tuple([Id, Id]).describe('The two people that are not the same person') })
  .meta({ id: 'DismissDuplicate' });

const Side = z.enum(['survivor', 'other']);
export const MergeInput = z
  .strictObject({
    otherId: Id.describe('The person merged into this one, then deleted'),
    keep: z
      .strictObject({
        name: Side,
        company: Side,
        title: Side,
        location: Side,
        blurb: Side,
        trust: Side,
      })
      .partial()
      .default({})
      .describe("Which value wins where both have one (default: the survivor's; the other's is reported)"),
  })
  .meta({ id: 'MergeInput' });
export type MergeInput = z.output<typeof MergeInput>;

export const MergeResult = z
  .object({
    person: Person,
    moved: z.record(z.string(), z.number().int()).describe('Rows moved to the survivor, per table'),
    conflicts: z.array(Conflict).describe('Values of the other person that were not kept'),
  })
  .meta({ id: 'MergeResult' });
export type MergeResult = z.infer<typeof MergeResult>;
