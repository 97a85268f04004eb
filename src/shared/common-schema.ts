// Schemas shared by the server, the OpenAPI document and the web client. Only zod may be imported here.
import { z } from 'zod';

export const Id = z.uuid({ error: 'must be a UUID' });

/** Trimmed single-line text; empty after trimming is rejected. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => !/[\r\n]/.test(s), { error: 'must be a single line' });

/** Trimmed multi-line text that may be empty. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'tags must not be empty' })
  .max(60, { error: 'tags must be at most 60 characters' })
  .refine((s) => !/[\r\n,]/.test(s), { error: 'tags cannot contain commas or line breaks' });

/** Tags are stored lower-case and de-duplicated, in the order first given. */
export const Tags = z
  .array(Tag)
  .max(50, { error: 'at most 50 tags' })
  .transform((tags) => [...new Set(tags)]);

export const IsoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page; null on the last page'),
  });

export const PageQuery = z.object({
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(200, { error: 'must be at most 200' })
    .default(50)
    .optional(),
  cursor: z.string().max(500).optional(),
});

/** RFC 9457 problem details, with `errors` naming each offending field as a JSON pointer. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string(), field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
