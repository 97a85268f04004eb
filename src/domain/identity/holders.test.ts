import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentityIndex, identifies } from './holders';
import { type ContactDetails, type IdentityKey, identityKeys } from './keys';
import { MAX_HOLDERS } from './limits';

const SWITCHBOARD = '+44 20 7946 0000';
const phoneKey = identityKeys({ emails: [], phones: [SWITCHBOARD], links: [] })[0]!;
const emailKey = (n: number): IdentityKey => ({ key: `email:p${n}@x.example`, reason: 'same email' });

/** An index of `n` people ("p0"…) who all hold the switchboard number, each with an email of their own. */
function crowd(n: number): IdentityIndex {
  const index = new IdentityIndex();
  for (let i = 0; i < n; i++) index.set(`p${i}`, [emailKey(i), phoneKey]);
  return index;
}

const contact = fc.record({
  emails: fc.subarray(['a@x.example', 'B@x.example', 'b@x.example', 'c@y.example']),
  phones: fc.subarray(['+44 20 7946 0000', '+442079460000', '+44 20 7946 0001', '123456']),
  links: fc.subarray([{ url: 'https://linkedin.com/in/a' }, { url: 'https://uk.linkedin.com/in/A/' }]),
});

/**
 * People drawn from a small pool of values, so that many share some, after a crowd (around MAX_HOLDERS
 * people) who share the switchboard number; ids "p0"….
 */
const population = fc
  .tuple(fc.integer({ min: MAX_HOLDERS - 3, max: MAX_HOLDERS + 3 }), fc.array(contact, { maxLength: 8 }))
  .map(([n, others]) => [
    ...Array.from({ length: n }, () => ({ emails: [], phones: [SWITCHBOARD], links: [] })),
    ...others,
  ]);

const build = (people: ContactDetails[]) => {
  const index = new IdentityIndex();
  people.forEach((p, i) => {
    index.set(`p${i}`, identityKeys(p));
  });
  return index;
};

describe('identifies', () => {
  it('holds for two to MAX_HOLDERS holders, and never for one or for more', () => {
    expect(identifies(1)).toBe(false);
    expect(identifies(2)).toBe(true);
    expect(identifies(MAX_HOLDERS)).toBe(true);
    expect(identifies(MAX_HOLDERS + 1)).toBe(false);
  });
});

describe('IdentityIndex', () => {
  it('never lets a value held by more than MAX_HOLDERS people identify anyone (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_HOLDERS, max: MAX_HOLDERS + 40 }), (n) => {
        const index = crowd(n);
        // A newcomer makes n + 1 holders: more than the limit.
        expect(index.firstHolders([phoneKey])).toEqual([]);
        expect(index.sharing([phoneKey])).toEqual([]);
        if (n > MAX_HOLDERS) {
          expect([...index.pairs()]).toEqual([]);
          expect(index.shared('p0', 'p1')).toEqual([]);
          expect(index.sharing([phoneKey], 'p0')).toEqual([]);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('lets a value held by up to MAX_HOLDERS people (the newcomer counted) identify them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_HOLDERS - 1 }), (n) => {
        const index = crowd(n);
        expect(index.firstHolders([phoneKey])).toEqual([{ personId: 'p0', reason: 'same phone number' }]);
        expect(index.sharing([phoneKey]).map((s) => s.personId)).toHaveLength(n);
        expect([...index.pairs()]).toHaveLength((n * (n - 1)) / 2);
      }),
      { numRuns: 20 },
    );
  });

  it('is symmetric: what a shares with b, b shares with a (property)', () => {
    fc.assert(
      fc.property(population, (people) => {
        const index = build(people);
        const ids = people.map((_, i) => `p${i}`);
        const sharingWith = ids.map(
          (id, i) => new Set(index.sharing(identityKeys(people[i]!), id).map((s) => s.personId)),
        );
        const broken: string[] = [];
        ids.forEach((a, i) => {
          ids.forEach((b, j) => {
            const ab = index.shared(a, b);
            const ba = index.shared(b, a);
            if (ab.length !== ba.length || ab.some((r) => !ba.includes(r))) broken.push(`shared ${a} ${b}`);
            if (sharingWith[i]!.has(b) !== sharingWith[j]!.has(a)) broken.push(`sharing ${a} ${b}`);
            if (sharingWith[i]!.has(b) !== ab.length > 0) broken.push(`sharing/shared ${a} ${b}`);
          });
        });
        expect(broken).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('matches a newcomer to exactly the people the duplicates view pairs him with once saved (property)', () => {
    fc.assert(
      fc.property(population, contact, (people, newcomer) => {
        const index = build(people);
        const keys = identityKeys(newcomer);
        const before = index.sharing(keys).map((s) => s.personId);
        const first = index.firstHolders(keys).map((m) => m.personId);
        index.set('new', keys);
        const paired = [...index.pairs()].flatMap((p) =>
          p.a === 'new' ? [p.b] : p.b === 'new' ? [p.a] : [],
        );
        expect(new Set(before)).toEqual(new Set(paired));
        expect(first.every((id) => before.includes(id))).toBe(true);
        expect(first.length > 0).toBe(before.length > 0);
      }),
    );
  });

  it('gives spellings of one email, phone or profile the same identity', () => {
    const index = new IdentityIndex();
    index.set('ada', identityKeys({ emails: ['ada@x.example'], phones: [], links: [] }));
    index.set('bob', identityKeys({ emails: [], phones: [SWITCHBOARD], links: [] }));
    index.set('cy', identityKeys({ emails: [], phones: [], links: [{ url: 'https://linkedin.com/in/cy' }] }));
    const visitor = identityKeys(
      {
        emails: [' MAILTO:Ada@X.example'],
        phones: ['020 7946 0000'],
        links: [{ url: 'https://uk.linkedin.com/in/CY/?trk=x' }],
      },
      'GB',
    );
    expect(index.sharing(visitor)).toEqual([
      { personId: 'ada', reasons: ['same email'] },
      { personId: 'bob', reasons: ['same phone number'] },
      { personId: 'cy', reasons: ['same LinkedIn profile'] },
    ]);
  });

  it('keeps pointing a value at whoever held it first when that person is recorded again', () => {
    const index = new IdentityIndex();
    index.set('first', [phoneKey]);
    index.set('second', [phoneKey]);
    index.set('first', [phoneKey, emailKey(1)]);
    expect(index.firstHolders([phoneKey])).toEqual([{ personId: 'first', reason: 'same phone number' }]);
    index.delete('first');
    expect(index.firstHolders([phoneKey])).toEqual([{ personId: 'second', reason: 'same phone number' }]);
    expect(index.firstHolders([emailKey(1)])).toEqual([]);
  });

  it('forgets a value a person no longer holds', () => {
    const index = new IdentityIndex();
    index.set('a', [phoneKey, emailKey(1)]);
    index.set('a', [emailKey(1)]);
    expect(index.firstHolders([phoneKey])).toEqual([]);
    expect(index.firstHolders([emailKey(1)])).toEqual([{ personId: 'a', reason: 'same email' }]);
  });
});
