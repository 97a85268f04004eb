import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeNotes, mergePerson, type PersonFields } from './merge';

function person(overrides: Partial<PersonFields> = {}): PersonFields {
  return {
    name: 'Grace Hopper',
    emails: ['grace@navy.example'],
    phones: ['+1 202 555 0101'],
    company: 'US Navy',
    title: '',
    location: '',
    links: [],
    blurb: '',
    tags: ['navy'],
    trust: null,
    vouchCriteria: [],
    privateNotes: '',
    caveats: [],
    introPreferences: { askFirst: false, maxRequestsPerMonth: null, doNotIntroduce: false, valuedHelp: [] },
    keepInTouchIdealDays: null,
    keepInTouchMaxDays: null,
    ...overrides,
  };
}

describe('mergePerson', () => {
  it('unions lists, fills empty fields and reports conflicting single values without applying them', () => {
    const r = mergePerson(
      person(),
      person({
        name: 'Grace B. Hopper',
        emails: ['GRACE@navy.example', 'grace@home.example'],
        phones: ['+12025550101', '+1 202 555 0199'],
        company: 'Remington Rand',
        title: 'Rear Admiral',
        tags: ['cobol', 'navy'],
      }),
    );
    expect(r.fields.name).toBe('Grace Hopper');
    expect(r.fields.company).toBe('US Navy');
    expect(r.fields.title).toBe('Rear Admiral');
    expect(r.fields.emails).toEqual(['grace@navy.example', 'grace@home.example']);
    expect(r.fields.phones).toEqual(['+1 202 555 0101', '+1 202 555 0199']);
    expect(r.fields.tags).toEqual(['navy', 'cobol']);
    expect(r.conflicts).toEqual([
      { field: 'name', existing: 'Grace Hopper', incoming: 'Grace B. Hopper' },
      { field: 'company', existing: 'US Navy', incoming: 'Remington Rand' },
    ]);
    expect(r.changed.sort()).toEqual(['emails', 'phones', 'tags', 'title']);
  });

  it('treats names that differ only in case, accents or emoji as the same', () => {
    expect(mergePerson(person({ name: 'Zoe Orsted' }), person({ name: 'Zoë Ørsted 🔸' })).conflicts).toEqual(
      [],
    );
  });

  it('keeps caution: ask-first and do-not-introduce survive a merge', () => {
    const other = person({
      introPreferences: {
        askFirst: true,
        maxRequestsPerMonth: 2,
        doNotIntroduce: true,
        valuedHelp: ['hiring'],
      },
    });
    const r = mergePerson(person(), other);
    expect(r.fields.introPreferences).toEqual({
      askFirst: true,
      maxRequestsPerMonth: 2,
      doNotIntroduce: true,
      valuedHelp: ['hiring'],
    });
  });

  it('adds nothing when merged twice (idempotent, property)', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const arb = fc.record({
      emails: fc.array(
        word.map((w) => `${w}@x.example`),
        { maxLength: 5 },
      ),
      tags: fc.array(word, { maxLength: 5 }),
      company: fc.oneof(fc.constant(''), word),
      privateNotes: fc.array(word, { maxLength: 4 }).map((ws) => ws.join('\n')),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const once = mergePerson(
          person({ ...a, emails: [...new Set(a.emails)], tags: [...new Set(a.tags)] }),
          person(b),
        );
        const twice = mergePerson(once.fields, person(b));
        expect(twice.changed).toEqual([]);
        expect(twice.fields).toEqual(once.fields);
      }),
    );
  });
});

describe('mergeNotes', () => {
  it('appends only the paragraphs and lines that are new', () => {
    const mine = 'Met at PyCon.\n\nBirthday: 1970-01-15';
    expect(mergeNotes(mine, 'Met at PyCon.')).toBe(mine);
    expect(mergeNotes(mine, 'Birthday: 1970-01-15\nAddress (home): 1 Main St')).toBe(
      `${mine}\n\nAddress (home): 1 Main St`,
    );
    expect(mergeNotes('', 'x')).toBe('x');
  });
});
