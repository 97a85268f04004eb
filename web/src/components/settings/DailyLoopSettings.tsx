// Settings for the daily loop: time zone and digest email, and the calendar feed.
import type { Account } from '../../api/types';
import { CalendarFeedCard } from './CalendarFeedCard';
import { RequestLinkCard } from './RequestLinkCard';
import { TimeAndDigestCard } from './TimeAndDigestCard';

export function DailyLoopSettings({ account }: { account: Account }) {
  return (
    <>
      <TimeAndDigestCard key={account.id} account={account} />
      <CalendarFeedCard />
      <RequestLinkCard />
    </>
  );
}
