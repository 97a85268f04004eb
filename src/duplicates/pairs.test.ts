import { describe, expect, it } from 'vitest';
import { findPairs, type PersonSummary } from './pairs';

let n = 0;
const p = (over: Partial<PersonSummary>): PersonSummary => ({
  id: `id-${String(++n).padStart(3, '0')}`,
  name: 'Someone',
  company: '',
  emails: [],
  phones: [],
  links: [],
  ...over,
});

describe('findPairs', () => {
  it('pairs people sharing an email, a phone (E.164) or a LinkedIn profile, with every reason', () => {
    const a = p({ name: 'Ada', emails: ['ada@x.example'], phones: ['+44 20 7946 0000'] });
    const b = p({ name: 'A. Lovelace', emails: ['ADA@x.example'], phones: ['020 7946 0000'] });
    const c = p({ name: 'Someone Else', links: [{ url: 'https://uk.linkedin.com/in/ada/' }] });
    const d = p({ name: 'Another', links: [{ url: 'https://www.linkedin.com/in/Ada' }] });
    const pairs = findPairs([a, b, c, d], { defaultRegion: 'GB' });
    expect(pairs).toEqual([
      { a: a.id, b: b.id, reasons: ['same email', 'same phone number'], strong: true },
      { a: c.id, b: d.id, reasons: ['same LinkedIn profile'], strong: true },
    ]);
  });

  it('does not pair people over a phone number that is not a real one', () => {
    const a = p({ name: 'John Doe', phones: ['123456'] });
    const b = p({ name: 'Jane Roe', phones: ['123456'] });
    expect(findPairs([a, b], {})).toEqual([]);
  });

  it('suggests similar names only at the same company, and identical names when one has no company', () => {
    const a = p({ name: 'Jonathan Smith', company: 'Acme Ltd' });
    const b = p({ name: 'J. Smith', company: 'ACME' });
    const c = p({ name: 'Jonathan Smith', company: 'Globex' });
    const d = p({ name: 'Grace Hopper', company: '' });
    const e = p({ name: 'grace hopper', company: 'Navy' });
    const pairs = findPairs([a, b, c, d, e]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        { a: a.id, b: b.id, reasons: ['same surname and initial at the same company'], strong: false },
        { a: d.id, b: e.id, reasons: ['same name'], strong: false },
      ]),
    );
    expect(pairs).toHaveLength(2);
  });

  it('ignores a number or address shared by a crowd (an office switchboard)', () => {
    const crowd = Array.from({ length: 60 }, (_, i) =>
      p({ name: `Person ${i}`, phones: ['+44 20 7946 0000'] }),
    );
    expect(findPairs(crowd)).toEqual([]);
  });
});
