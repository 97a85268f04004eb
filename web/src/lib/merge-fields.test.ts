import { describe, expect, it } from 'vitest';
import { MergeInput } from '../../../src/duplicates/schema';
import { conflictingFields, KEEP_FIELDS, keepBody } from './merge-fields';

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
