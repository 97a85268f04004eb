import { z } from 'zod';
import { IsoDateTime } from '../shared/common-schema';

export const CalendarFeedCreated = z
  .object({
    url: z
      .string()
      .describe(
        'The secret feed URL, shown once: subscribe to it in a calendar app. Anyone with it can read the feed',
      ),
  })
  .meta({ id: 'CalendarFeedCreated' });
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreated>;

export const CalendarFeedStatus = z
  .object({
    active: z.boolean().describe('Whether a feed URL works now (it is never shown again)'),
    createdAt: IsoDateTime.nullable().describe('When the current URL was made'),
  })
  .meta({ id: 'CalendarFeedStatus' });
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatus>;

/** "<secret>.ics": the secret is a token from `newToken` (base64url). */
export const FeedFileParam = z.object({
  file: z
    .string()
    .meta({ param: { name: 'file', in: 'path' }, example: 'lpcal_….ics' })
    .describe('The secret from the feed URL, followed by .ics'),
});
