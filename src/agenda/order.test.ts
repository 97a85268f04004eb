import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENDA_KINDS, AGENDA_URGENCIES } from './kinds';
import { sortAgenda } from './order';
import type { AgendaItemV2 } from './schema';

const item = (
  kind: AgendaItemV2['kind'],
  urgency: AgendaItemV2['urgency'],
  since: string,
  key: string = kind,
): AgendaItemV2 => ({
  kind,
  key,
  summary: '',
  since,
  urgency,
  people: [],
  action: { kind: 'acknowledge' as const, label: '' },
});

describe('sortAgenda', () => {
  it('by kind first (the order of AGENDA_KINDS), then overdue before due, then oldest first', () => {
    const sorted = sortAgenda([
      item('keep_in_touch', 'due', '2027-01-01T00:00:00.000Z', 'k1'),
      item('keep_in_touch', 'overdue', '2027-02-01T00:00:00.000Z', 'k2'),
      item('answer', 'due', '2027-03-02T00:00:00.000Z', 'a2'),
      item('answer', 'due', '2027-03-01T00:00:00.000Z', 'a1'),
      item('failed_mail', 'overdue', '2027-03-05T00:00:00.000Z', 'f'),
    ]);
    expect(sorted.map((i) => i.key)).toEqual(['f', 'a1', 'a2', 'k2', 'k1']);
  });

  it('is a total order: any shuffle of the same items sorts the same', () => {
    const arb = fc.array(
      fc.record({
        kind: fc.constantFrom(...AGENDA_KINDS),
        urgency: fc.constantFrom(...AGENDA_URGENCIES),
        day: fc.integer({ min: 1, max: 28 }),
        key: fc.string(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const items = rows.map((r, n) =>
          item(r.kind, r.urgency, `2027-03-${String(r.day).padStart(2, '0')}T00:00:00.000Z`, `${r.key}#${n}`),
        );
        const once = sortAgenda(items).map((i) => i.key);
        expect(sortAgenda([...items].reverse()).map((i) => i.key)).toEqual(once);
      }),
    );
  });
});
