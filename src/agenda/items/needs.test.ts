import { describe, expect, it } from 'vitest';
import { needDueItem } from './needs';

const need = (neededBy: string) => ({
  id: 'n1',
  text: 'a fractional CFO',
  neededBy,
  person: { id: 'p1', name: 'Dana' },
});

describe('needDueItem', () => {
  it('shows from the configured number of local days before the date, not earlier', () => {
    expect(needDueItem(need('2027-03-18'), '2027-03-10', 7, 'UTC')).toEqual([]);
    expect(needDueItem(need('2027-03-17'), '2027-03-10', 7, 'UTC')).toEqual([
      {
        kind: 'need_due',
        key: 'need_due:n1:2027-03-17',
        summary: "Dana's need “a fractional CFO” is needed by 17 Mar 2027 (in 7 days)",
        since: '2027-03-17T00:00:00.000Z',
        dueDate: '2027-03-17',
        urgency: 'due',
        people: [{ id: 'p1', name: 'Dana' }],
        needId: 'n1',
        action: { kind: 'mark_need_met', label: 'Mark met', href: '/people/p1' },
      },
    ]);
    expect(needDueItem(need('2027-03-12'), '2027-03-10', 1, 'UTC')).toEqual([]);
  });

  it('is due on the day and overdue after it; the day starts at local midnight', () => {
    expect(needDueItem(need('2027-03-10'), '2027-03-10', 7, 'UTC')[0]?.summary).toContain('is needed today');
    const [past] = needDueItem(need('2027-03-09'), '2027-03-10', 7, 'Asia/Tokyo');
    expect(past).toMatchObject({ urgency: 'overdue', since: '2027-03-08T15:00:00.000Z' });
    expect(past?.summary).toContain('was needed by 9 Mar 2027 (yesterday)');
  });
});
