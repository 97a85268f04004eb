// The words of strength's reasons: touches grouped by kind and month (clients by year), said plainly.
import type { InteractionTypeName } from '../interaction/types';
import { MONTH_NAMES } from '../time/names';
import { localDate } from '../time/zoned';
import type { StrengthTerm, Touch } from './touch';

/** Becoming a client is said by the year; everything else by the month. */
const BY_YEAR: ReadonlySet<InteractionTypeName> = new Set(['became_my_client', 'became_their_client']);

/** The local year and month of an instant (memoised: a page of people has hundreds of touches). */
function yearMonth(at: Date, timeZone: string): { year: number; month: number } {
  const day = localDate(at, timeZone);
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

export function groupKey(touch: Touch, timeZone: string): string {
  const p = yearMonth(touch.at, timeZone);
  return BY_YEAR.has(touch.type) ? `${touch.type}:${p.year}` : `${touch.type}:${p.year}-${p.month}`;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const count = (n: number, one: string, many: string) => (n === 1 ? `${one}` : `${n} ${many}`);

const PHRASES: Readonly<Record<InteractionTypeName, (n: number) => string>> = {
  met: (n) => `met ${times(n)}`,
  call: (n) => count(n, 'a call', 'calls'),
  email: (n) => count(n, 'an email', 'emails'),
  message: (n) => count(n, 'a message', 'messages'),
  event: (n) => count(n, 'an event together', 'events together'),
  became_my_client: () => 'became your client',
  became_their_client: () => 'you became their client',
  sent_useful_info: (n) => `useful information sent ${times(n)}`,
  followed_their_work: (n) => `followed their work ${times(n)}`,
  social: (n) => count(n, 'a social touch', 'social touches'),
  introduced: (n) => count(n, 'an introduction', 'introductions'),
};

/** "met twice in March", "became your client in 2025", "3 calls in May 2025 (both ways)". */
export function describeGroup(terms: readonly StrengthTerm[], now: Date, timeZone: string): string {
  const first = terms[0]!.touch;
  const at = yearMonth(first.at, timeZone);
  const thisYear = yearMonth(now, timeZone).year;
  const when = BY_YEAR.has(first.type)
    ? `in ${at.year}`
    : `in ${MONTH_NAMES[at.month - 1]}${at.year === thisYear ? '' : ` ${at.year}`}`;
  const text = `${PHRASES[first.type](terms.length)} ${when}`;
  // Said only where both ways is news: a mutual touch (a meeting) is two-way by its nature.
  const bothWays =
    !BY_YEAR.has(first.type) &&
    terms.every((t) => t.twoWay) &&
    terms.some((t) => t.touch.direction !== 'mutual');
  const sentence = bothWays ? `${text} (both ways)` : text;
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}

export function quietFor(days: number): string {
  return `No contact for ${days} days`;
}
