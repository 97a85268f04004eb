// The people list's query, its page (with a total), where people came from, and acting on many at once.
import { z } from 'zod';
import { Id, Tag } from '../shared/common-schema';
import { PEOPLE_SORTS, SORT_DIRECTIONS, SOURCE_KEY_PATTERN } from './list-options';
import { Person } from './schema';

const yesNo = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const SourceKey = z
  .string()
  .regex(SOURCE_KEY_PATTERN, { error: 'must be hand, demo, request, import or an import id' })
  .describe(
    'Where people came from: `hand`, `demo`, `request` (asked through your link), `import` (imported ' +
      'before imports were recorded on people) or an import id (`key` in GET /api/v1/people/sources)',
  );

/** The filters of the list, as a query and inside a bulk action's `filter`. */
export const PeopleFilterFields = {
  q: z.string().max(500).optional().describe('Free text: name, company, tags, email, blurb, needs, offers'),
  company: z.string().max(200).optional().describe('Company name contains this'),
  source: SourceKey.optional(),
  hasOpenNeed: yesNo.describe('Only people with (true) or without (false) an open need'),
  inOpenIntroduction: yesNo.describe('Only people in (true) or in no (false) open introduction'),
};

export const ListOrder = {
  sort: z
    .enum(PEOPLE_SORTS)
    .optional()
    .describe('name (default), last-contact, trust or added; ignored when searching (best match first)'),
  direction: z
    .enum(SORT_DIRECTIONS)
    .optional()
    .describe('asc or desc; default: names A–Z, latest contact, highest trust and newest first'),
};

export const PeoplePage = z
  .object({
    items: z.array(Person),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page; null on the last page'),
    total: z.number().int().describe('How many people match the query and filters, on every page'),
  })
  .meta({ id: 'PeoplePage' });

export const PeopleSource = z
  .object({
    key: z.string().describe('Pass as `source` to list these people'),
    kind: z.enum(['hand', 'import', 'demo', 'request']),
    importId: Id.nullable(),
    label: z.string().describe('e.g. "LinkedIn import (contacts.csv), 6 Dec 2026" or "Added by hand"'),
    count: z.number().int(),
  })
  .meta({ id: 'PeopleSource' });

export const BULK_MAX_IDS = 10_000;

export const BulkAction = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('tag'), tags: z.array(Tag).min(1).max(20) }),
    z.strictObject({ kind: z.literal('untag'), tags: z.array(Tag).min(1).max(20) }),
    z.strictObject({
      kind: z.literal('set-trust'),
      trust: z
        .number()
        .int()
        .min(1, { error: 'must be 1 to 5' })
        .max(5, { error: 'must be 1 to 5' })
        .nullable(),
    }),
    z.strictObject({
      kind: z.literal('delete'),
      confirmCount: z
        .number()
        .int()
        .min(0)
        .describe('How many people the user confirmed deleting; refused (409) unless it is how many match'),
      cancelIntroductions: z
        .boolean()
        .default(false)
        .describe('Delete people in introductions too, cancelling their open ones (as a single delete does)'),
    }),
  ])
  .meta({ id: 'BulkAction' });
export type BulkAction = z.output<typeof BulkAction>;

export const BulkFilter = z
  .strictObject({ ...PeopleFilterFields, tag: z.array(Tag).max(20).optional() })
  .meta({ id: 'BulkFilter' });
export type BulkFilter = z.output<typeof BulkFilter>;

export const BulkRequest = z
  .strictObject({
    ids: z.array(Id).min(1).max(BULK_MAX_IDS).optional().describe('These people'),
    filter: BulkFilter.optional().describe(
      'Everyone the list shows with these filters (select all matching)',
    ),
    action: BulkAction,
  })
  .refine((b) => (b.ids === undefined) !== (b.filter === undefined), {
    error: 'give either ids or filter',
    path: ['ids'],
  })
  .meta({ id: 'BulkRequest' });
export type BulkRequest = z.output<typeof BulkRequest>;

export const BulkResult = z
  .object({
    affected: z.number().int().describe('How many people the action changed'),
    matched: z.number().int().describe('How many people the ids or filter named'),
    undo: z
      .array(z.object({ ids: z.array(Id), action: BulkAction }))
      .describe(
        'Requests that put back what changed, in order (empty after a delete, which cannot be undone)',
      ),
  })
  .meta({ id: 'BulkResult' });
export type BulkResult = z.output<typeof BulkResult>;
