// Needs: what a person is looking for.
import { z } from 'zod';
import { Id, InputDate, IsoDateTime, line, Tags } from '../shared/common-schema';

export const Urgency = z.enum(['low', 'normal', 'high']);
export const NeedStatus = z.enum(['open', 'met', 'dropped']);

const editable = {
  text: line(1000).describe('What exactly they are looking for'),
  tags: Tags,
  urgency: Urgency,
  neededBy: InputDate.nullable().describe('When they need it by, if there is a date'),
  status: NeedStatus,
};
export const NeedInput = z
  .strictObject({
    ...editable,
    tags: Tags.default([]),
    urgency: Urgency.default('normal'),
    neededBy: editable.neededBy.default(null),
    status: NeedStatus.default('open'),
  })
  .meta({ id: 'NeedInput' });
export type NeedInput = z.output<typeof NeedInput>;
export const NeedPatch = z.strictObject(editable).partial().meta({ id: 'NeedPatch' });
export type NeedPatch = z.output<typeof NeedPatch>;

export const Need = z
  .object({
    id: Id,
    personId: Id,
    text: z.string(),
    tags: z.array(z.string()),
    urgency: Urgency,
    neededBy: z.string().nullable(),
    status: NeedStatus,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Need' });
export type Need = z.infer<typeof Need>;
