import { describe, expect, it, test } from 'vitest';
import { MergeInput } from '../../../src/duplicates/schema';
import { conflictingFields, distinguishingLabel, KEEP_FIELDS, keepBody } from './merge-fields';

const fields = (over: Partial<Record<string, string | number | null>> = {}) => ({
  name: 'Ada Lovelace',
  company: '',
  title: 'Mathematician',
  location: 'London',
  blurb: '',
  trust: null as number | null,
  ...over,
});

describe('merge fields', () => {
  it('covers every field the merge lets the connector choose', () => {
    const keepShape = MergeInput.shape.keep.unwrap().shape;
    expect(KEEP_FIELDS.map((f) => f.field).sort()).toEqual(Object.keys(keepShape).sort());
  });

  it('asks only where both have a value and the values differ', () => {
    const survivor = fields({ company: 'Analytical Engines', trust: 4 });
    const other = fields({
      name: 'Augusta Ada King',
      company: '',
      title: 'mathematician ',
      blurb: 'Wrote it',
      trust: 5,
    });
    expect(conflictingFields(survivor, other)).toEqual(['name', 'title', 'trust']);
    expect(conflictingFields(survivor, survivor)).toEqual([]);
    // Surrounding spaces do not make a difference.
    expect(conflictingFields(fields({ location: 'London ' }), fields())).toEqual([]);
  });

  it('sends only the fields where the other person’s value was chosen', () => {
    expect(keepBody({ name: 'other', title: 'survivor', trust: 'other' })).toEqual({
      name: 'other',
      trust: 'other',
    });
    expect(
      MergeInput.parse({
        otherId: '00000000-0000-4000-8000-000000000001',
        keep: keepBody({ blurb: 'other' }),
      }),
    ).toMatchObject({ keep: { blurb: 'other' } });
  });
});

describe('distinguishingLabel', () => {
  const base = {
    name: 'Amara Lee',
    company: '',
    title: '',
    location: '',
    emails: [] as string[],
    phones: [] as string[],
    createdAt: '2026-03-01T10:00:00.000Z',
  };
  test('two people with the same name are told apart by the first detail that differs', () => {
    const a = { ...base, emails: ['amara@acme.example'], company: 'Acme' };
    const b = { ...base, emails: ['amara.lee@mail.example'], company: 'Acme' };
    expect(distinguishingLabel(a, b)).toBe('Amara Lee (amara@acme.example)');
    expect(distinguishingLabel(b, a)).toBe('Amara Lee (amara.lee@mail.example)');
    const c = { ...base, company: 'Acme' };
    const d = { ...base, company: 'Globex', createdAt: '2026-04-02T10:00:00.000Z' };
    expect(distinguishingLabel(c, d)).toBe('Amara Lee (Acme)');
    expect(distinguishingLabel({ ...base }, { ...base, createdAt: '2026-04-02T10:00:00.000Z' })).toBe(
      'Amara Lee (added 2026-03-01)',
    );
  });

  test('different names need no detail beyond the company', () => {
    expect(distinguishingLabel({ ...base, company: 'Acme' }, { ...base, name: 'Amara Leigh' })).toBe(
      'Amara Lee (Acme)',
    );
  });
});
