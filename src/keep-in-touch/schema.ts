// Keep-in-touch API schemas: per-tag cadences and the losing-touch view.
import { z } from 'zod';
import { CADENCE_SOURCES, KEEP_IN_TOUCH_STATUSES } from '../domain/relationship/cadence';
import { Id, IsoDateTime, Page, PageQuery, Tag } from '../shared/common-schema';

const days = z.number().int().min(1).max(3650);

export const TagCadenceInput = z
  .strictObject({
    idealDays: days.describe('Be in touch ideally every this many days (due)'),
    maxDays: days.describe('At most this many days apart (overdue after)'),
  })
  .refine((c) => c.idealDays <= c.maxDays, {
    error: 'the ideal interval must not be longer than the maximum',
    path: ['maxDays'],
  })
  .meta({ id: 'TagCadenceInput' });
export type TagCadenceInput = z.output<typeof TagCadenceInput>;

export const TagCadence = z
  .object({
    tag: z.string(),
    idealDays: z.number().int(),
    maxDays: z.number().int(),
    people: z.number().int().describe('People with the tag'),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'TagCadence' });
export type TagCadence = z.infer<typeof TagCadence>;

export const TagParam = z.object({ tag: Tag.meta({ param: { name: 'tag', in: 'path' } }) });

export const LosingTouchQuery = PageQuery;

export const LosingTouchEntry = z
  .object({
    person: z.object({ id: Id, name: z.string(), company: z.string(), tags: z.array(z.string()) }),
    status: z.enum(KEEP_IN_TOUCH_STATUSES),
    idealDays: z.number().int(),
    maxDays: z.number().int(),
    source: z.enum(CADENCE_SOURCES),
    tag: z.string().nullable(),
    lastContactAt: IsoDateTime.nullable().describe('The last interaction; null when there has been none'),
    dueAt: IsoDateTime,
    overdueAt: IsoDateTime,
    daysSinceContact: z.number().int().describe('Days since the last interaction (or since added)'),
    lapse: z.number().describe('Days since contact ÷ the maximum interval: above 1 is past the cadence'),
    strength: z.number().int().min(0).max(100),
    strengthReasons: z.array(z.string()),
  })
  .meta({ id: 'LosingTouchEntry' });
export type LosingTouchEntry = z.infer<typeof LosingTouchEntry>;

export const LosingTouchPage = Page(LosingTouchEntry).meta({ id: 'LosingTouchPage' });
