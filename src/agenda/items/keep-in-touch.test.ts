import { describe, expect, it } from 'vitest';
import { keepInTouchItem } from './keep-in-touch';

const entry = {
  person: { id: 'p1', name: 'Carmen' },
  dueAt: new Date('2027-03-05T00:00:00Z'),
  overdueAt: new Date('2027-03-12T00:00:00Z'),
  lastContactAt: new Date('2027-02-03T18:00:00Z'),
  idealDays: 30,
  maxDays: 37,
  source: 'own' as const,
  tag: null,
  lapse: 0.85,
};

describe('keepInTouchItem', () => {
  it('due: yellow with the last contact in local days and "Log contact" as its action', () => {
    expect(keepInTouchItem({ ...entry, status: 'due' }, new Date('2027-03-06T09:00:00Z'), 'UTC')).toEqual({
      kind: 'keep_in_touch',
      key: 'keep_in_touch:p1:due:2027-03-05',
      summary: 'Get in touch with Carmen (last contact 31 days ago)',
      since: '2027-03-05T00:00:00.000Z',
      dueDate: '2027-03-05',
      urgency: 'due',
      people: [{ id: 'p1', name: 'Carmen' }],
      action: { kind: 'log_contact', label: 'Log contact', href: '/people/p1' },
    });
  });

  it('overdue: dated by when it went overdue; says when nothing was ever logged', () => {
    const i = keepInTouchItem(
      { ...entry, status: 'overdue', lastContactAt: null },
      new Date('2027-03-13T00:00:00Z'),
      'UTC',
    );
    expect(i).toMatchObject({ urgency: 'overdue', since: '2027-03-12T00:00:00.000Z', dueDate: '2027-03-12' });
    expect(i.summary).toBe('Overdue: get in touch with Carmen (no contact logged yet)');
  });
});
