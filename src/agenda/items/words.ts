// Small wording helpers the item builders share, so every summary reads the same way.
import type { Channel } from '../../domain/introduction/types';
import { daysBetweenDates, localDate } from '../../domain/time/zoned';

const CHANNEL_WORDS: Record<Channel, string> = {
  email_link: '',
  phone: ' (by phone)',
  in_person: ' (in person)',
  message: ' (by message)',
  other: '',
};

/** " (by phone)" for answers that did not come from the person's own click; nothing otherwise. */
export const byChannel = (channel: Channel | null | undefined): string =>
  channel ? CHANNEL_WORDS[channel] : '';

/** "today", "yesterday", "3 days ago", counted in the account's local days. */
export function daysAgo(then: Date, now: Date, timeZone: string): string {
  const n = daysBetweenDates(localDate(then, timeZone), localDate(now, timeZone));
  if (n <= 0) return 'today';
  return n === 1 ? 'yesterday' : `${n} days ago`;
}

/** The name a summary uses for someone whose name is unknown (a deleted person). */
export const nameOr = (name: string | undefined, fallback: string): string => name || fallback;
